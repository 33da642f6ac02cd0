/**
 * Two API processes on one PostgreSQL database and one Redis, as two replicas behind a load
 * balancer would run: a session made on one works on the other, and neither the sign-in limit
 * (kept in PostgreSQL) nor the per-IP request limit (kept in Redis) can be doubled by alternating.
 */
import type { Database } from "@candor/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../api/src/modules/auth/rate-limit.ts";
import { operations, PASSWORD, uniqueEmail } from "../../api/src/test/harness.ts";
import { type PrivateRedis, startPrivateRedis } from "../../api/src/test/private-redis.ts";
import { type PrivatePostgres, startMigratedPostgres } from "./support/private-postgres.ts";
import { type ApiProcess, postGraphQL, startApi } from "./support/processes.ts";

const REQUESTS_PER_MINUTE = 40;

let cluster: PrivatePostgres;
let db: Database;
let redis: PrivateRedis;
let first: ApiProcess;
let second: ApiProcess;

beforeAll(async () => {
  ({ cluster, db } = await startMigratedPostgres());
  redis = await startPrivateRedis();
  const env = { DATABASE_URL: cluster.url, REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: String(REQUESTS_PER_MINUTE) };
  [first, second] = await Promise.all([startApi(env), startApi(env)]);
}, 120_000);

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await db?.close();
  await redis?.stop();
  cluster?.remove();
});

let clients = 0;
/** A distinct client address per test (the API believes X-Forwarded-For from loopback, as behind the portal). */
function client() {
  const ip = `203.0.113.${++clients}`;
  return (api: ApiProcess, query: string, variables: Record<string, unknown> = {}, token?: string) =>
    postGraphQL(api.url, query, variables, token, { "x-forwarded-for": ip });
}

const VIEWER = `{ viewer { user { email } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

describe("two API processes", () => {
  it("share sessions: signed up on one, recognised and signed out on the other", async () => {
    const send = client();
    const email = uniqueEmail("admin");
    const signUp = await send(first, operations.SIGN_UP, {
      input: { name: "Ada Admin", email, password: PASSWORD, organizationName: "Replica Co" },
    });
    const token = signUp.data?.signUp.token as string;
    expect(token).toBeTruthy();
    expect((await send(second, VIEWER, {}, token)).data?.viewer.user.email).toBe(email);

    const signedIn = await send(second, SIGN_IN, { input: { email, password: PASSWORD } });
    const secondToken = signedIn.data?.signIn.token as string;
    expect((await send(first, VIEWER, {}, secondToken)).data?.viewer.user.email).toBe(email);
    expect((await send(first, `mutation { signOut }`, {}, secondToken)).errors).toBeUndefined();
    expect((await send(second, VIEWER, {}, secondToken)).data?.viewer).toBeNull();
  });

  it("share the sign-in limit: failures on both count towards one account's budget", async () => {
    const send = client();
    const email = uniqueEmail("admin");
    await send(first, operations.SIGN_UP, {
      input: { name: "Ada Admin", email, password: PASSWORD, organizationName: "Limit Co" },
    });
    for (let attempt = 0; attempt < LIMITS.signIn.perAccount; attempt++) {
      const api = attempt % 2 === 0 ? first : second;
      const wrong = await send(api, SIGN_IN, { input: { email, password: "not the right password" } });
      expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    for (const api of [first, second]) {
      const limited = await send(api, SIGN_IN, { input: { email, password: PASSWORD } });
      expect(limited.errors?.[0]).toMatchObject({
        extensions: { code: "RATE_LIMITED" },
        message: expect.stringMatching(/Too many attempts/),
      });
    }
  });

  it("share the per-IP request limit through Redis: alternating between them gains nothing", async () => {
    const send = client();
    const statuses: number[] = [];
    for (let request = 0; request < REQUESTS_PER_MINUTE + 2; request++) {
      statuses.push((await send(request % 2 === 0 ? first : second, `{ ping }`)).status);
    }
    // Each process alone saw only half of the requests: it refuses because the count is shared.
    expect(statuses.slice(0, REQUESTS_PER_MINUTE)).toEqual(Array(REQUESTS_PER_MINUTE).fill(200));
    expect(statuses.slice(REQUESTS_PER_MINUTE)).toEqual([429, 429]);
    // Another client's budget is its own.
    expect((await client()(second, `{ ping }`)).status).toBe(200);
  });
});
