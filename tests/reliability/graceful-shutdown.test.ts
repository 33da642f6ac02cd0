/**
 * SIGTERM: the API stops accepting connections at once, finishes the requests already in flight,
 * then exits 0 within its grace delay. The slow request is real: the test holds a lock in
 * PostgreSQL that the request must wait for, and lets go only after the signal was sent.
 */
import type { Database } from "@candor/db";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { operations, PASSWORD, uniqueEmail } from "../../api/src/test/harness.ts";
import { type PrivatePostgres, startMigratedPostgres } from "./support/private-postgres.ts";
import { type ApiProcess, startApi } from "./support/processes.ts";

const GRACE_DELAY_MS = 10_000;

let cluster: PrivatePostgres;
let db: Database;
let api: ApiProcess;

beforeAll(async () => {
  ({ cluster, db } = await startMigratedPostgres());
  api = await startApi({ DATABASE_URL: cluster.url });
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await db?.close();
  cluster?.remove();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  for (const deadline = Date.now() + timeoutMs; !(await condition()); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(25);
  }
}

it("finishes in-flight requests, refuses new connections and exits 0 on SIGTERM", async () => {
  const signUp = await api.gql(operations.SIGN_UP, {
    input: { name: "Ada Admin", email: uniqueEmail("admin"), password: PASSWORD, organizationName: "Slow Co" },
  });
  const slug = signUp.data?.signUp.viewer.memberships[0].organization.slug as string;
  expect(slug).toBeTruthy();

  const locker = new pg.Client({ connectionString: cluster.url });
  await locker.connect();
  try {
    await locker.query(`begin; lock table "Organization" in access exclusive mode`);
    const started = Date.now();
    const inFlight = api.gql(`query($slug: String!) { publicPromisePage(slug: $slug) { organizationName } }`, { slug });
    await waitUntil(async () => {
      const { rows } = await locker.query(
        `select count(*)::int as waiting from pg_stat_activity where wait_event_type = 'Lock'`,
      );
      return rows[0].waiting > 0;
    }, "the request waits for the lock");

    api.child.kill("SIGTERM");
    await waitUntil(
      () =>
        fetch(`${api.url}/healthz`).then(
          () => false,
          (error: Error & { cause?: { code?: string } }) => error.cause?.code === "ECONNREFUSED",
        ),
      "the API refuses new connections",
    );
    expect(api.child.exitCode, "the API waits for the request in flight").toBeNull();

    await locker.query("commit");
    const answered = await inFlight;
    expect(answered).toMatchObject({ status: 200, data: { publicPromisePage: { organizationName: "Slow Co" } } });
    expect(answered.errors).toBeUndefined();
    expect(await api.exited, `exit code; the API wrote:\n${api.output()}`).toBe(0);
    expect(Date.now() - started).toBeLessThan(GRACE_DELAY_MS);
  } finally {
    await locker.end();
  }
});
