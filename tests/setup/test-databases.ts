import { prepareTestTemplates, testBackend } from "@candor/db/testing";

/** Vitest global setup: one migrated template per run; each test file copies it. */
export default async function setup() {
  const started = Date.now();
  const teardown = await prepareTestTemplates();
  console.info(`[test-databases] ${testBackend()} template ready in ${Date.now() - started} ms`);
  return teardown;
}
