/**
 * Vitest global setup for browser tests: starts the real API (embedded PGlite in a temporary
 * directory, seeded with the demo data) and the built portal on free ports, then stops them.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../../api/src/test/ports.ts";

const root = path.resolve(import.meta.dirname, "../..");

async function waitFor(url: string, child: ChildProcess, name: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} was not ready at ${url} after ${timeoutMs / 1000} s`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(path.join(root, "web/build/server/index.js"))) {
    throw new Error("The portal is not built: run `pnpm build` before the browser tests.");
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "candor-e2e-"));
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${webPort}`;
  const env = {
    ...process.env,
    DATABASE_URL: "",
    SMTP_URL: "",
    DATA_DIR: dataDir,
    API_PORT: String(apiPort),
    PORT: String(webPort),
    PORTAL_URL: baseUrl,
    API_URL: `http://127.0.0.1:${apiPort}/graphql`,
    NODE_ENV: "development",
    LOG_LEVEL: "warn",
    // Reminders fall due while a browser test watches: look for them every second.
    REMINDER_INTERVAL_MS: "1000",
  };
  const tsx = path.join(root, "node_modules/.bin/tsx");
  const seeded = spawnSync(tsx, ["packages/db/src/cli.ts", "seed"], { cwd: root, env, encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stdout}\n${seeded.stderr}`);

  const api = spawn(tsx, ["api/src/server.ts"], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
  const web = spawn("node", ["web/server.mjs"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(`http://127.0.0.1:${apiPort}/readyz`, api, "API");
  await waitFor(`${baseUrl}/signin`, web, "Portal");
  project.provide("baseUrl", baseUrl);
  project.provide("apiUrl", env.API_URL);

  return async () => {
    for (const child of [web, api]) child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The API's GraphQL endpoint, for setting up data a test does not drive through the portal. */
    apiUrl: string;
  }
}
