/**
 * PostgreSQL restarts in the middle of a load run. While it is down every request fails within a
 * few seconds with a clear "try again" answer; the API recovers by itself once it is back; and every
 * scorecard and release that clients submitted (retrying as a person would) exists exactly once.
 */
import type { Database } from "@candor/db";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type PrivatePostgres, startMigratedPostgres } from "./support/private-postgres.ts";
import { type ApiProcess, type GraphQLResponse, startApi } from "./support/processes.ts";
import {
  completedInterviews,
  RELEASE_FEEDBACK,
  releaseInput,
  type Scenario,
  SUBMIT_SCORECARD,
  scorecardInput,
} from "./support/scenario.ts";

const INTERVIEWS = 24;
const LANES = 4;
const OUTAGE_MS = 2_000;
const FAIL_FAST_MS = 5_000;

let cluster: PrivatePostgres;
let db: Database;
let api: ApiProcess;
let scenario: Scenario;

beforeAll(async () => {
  ({ cluster, db } = await startMigratedPostgres());
  api = await startApi({ DATABASE_URL: cluster.url, RATE_LIMIT_PER_MINUTE: "100000" });
  scenario = await completedInterviews(api, db.prisma, INTERVIEWS);
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await db?.close();
  cluster?.remove();
});

interface Attempt {
  operation: string;
  ms: number;
  status: number;
  code: string | undefined;
  message: string | undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("fails fast while PostgreSQL restarts, recovers by itself, and loses or duplicates nothing", async () => {
  const attempts: Attempt[] = [];
  let finished = 0;

  /** Sends until it succeeds, as a person pressing "try again" would; refuses anything but an outage. */
  async function submitUntilDone(
    operation: string,
    send: () => Promise<GraphQLResponse>,
    doneAlready: (result: GraphQLResponse) => boolean,
  ) {
    let failedBefore = false;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
      const started = performance.now();
      const result = await send();
      const error = result.errors?.[0];
      attempts.push({
        operation,
        ms: performance.now() - started,
        status: result.status,
        code: error?.extensions?.code,
        message: error?.message,
      });
      if (!error) return;
      // The first attempt may have committed just before the connection dropped.
      if (failedBefore && doneAlready(result)) return;
      if (error.extensions?.code !== "UNAVAILABLE") throw new Error(`${operation}: ${JSON.stringify(result)}`);
      failedBefore = true;
      await sleep(200);
    }
    throw new Error(`${operation} did not succeed within 60 s of retries`);
  }

  async function work(interviewId: string) {
    await submitUntilDone(
      `submitScorecard ${interviewId}`,
      () =>
        api.gql(
          SUBMIT_SCORECARD,
          { input: scorecardInput(interviewId, scenario.competencyIds) },
          scenario.interviewerToken,
        ),
      () => false,
    );
    await submitUntilDone(
      `releaseFeedback ${interviewId}`,
      () => api.gql(RELEASE_FEEDBACK, { input: releaseInput(interviewId) }, scenario.adminToken),
      (result) => result.errors?.[0]?.extensions?.code === "CONFLICT",
    );
    finished++;
  }

  const queue = [...scenario.interviewIds];
  const lanes = Array.from({ length: LANES }, async () => {
    for (let id = queue.shift(); id; id = queue.shift()) await work(id);
  });

  const restart = (async () => {
    while (finished < INTERVIEWS / 4) await sleep(10);
    await cluster.stop();
    const down = Date.now();
    await sleep(OUTAGE_MS);
    await cluster.start();
    return Date.now() - down;
  })();

  await Promise.all(lanes);
  const outageMs = await restart;

  const failures = attempts.filter((attempt) => attempt.code);
  const slowest = Math.max(...failures.map((attempt) => attempt.ms));
  console.info(
    `[postgres-restart] ${attempts.length} requests, outage ${outageMs} ms, ${failures.length} failed during it ` +
      `(slowest failure ${Math.round(slowest)} ms, slowest request ${Math.round(Math.max(...attempts.map((a) => a.ms)))} ms)`,
  );
  expect(failures.length, "requests must have hit the outage").toBeGreaterThan(0);
  for (const failure of failures) {
    expect(failure).toMatchObject({ status: 503, code: "UNAVAILABLE", message: expect.stringMatching(/try again/i) });
  }
  expect(slowest).toBeLessThan(FAIL_FAST_MS);
  expect(api.child.exitCode, "the API kept running through the outage").toBeNull();

  const interviewId = { in: scenario.interviewIds };
  const scorecards = await db.prisma.scorecard.findMany({
    where: { interviewId },
    select: { interviewId: true, status: true },
  });
  expect(scorecards).toHaveLength(INTERVIEWS);
  expect(new Set(scorecards.map((s) => s.interviewId)).size).toBe(INTERVIEWS);
  expect(scorecards.every((s) => s.status === "SUBMITTED")).toBe(true);
  const releases = await db.prisma.feedbackRelease.findMany({
    where: { interviewId },
    select: { applicationId: true },
  });
  expect(releases).toHaveLength(INTERVIEWS);
  const releasedEvents = await db.prisma.timelineEvent.count({
    where: { kind: "feedback.released", applicationId: { in: releases.map((r) => r.applicationId) } },
  });
  expect(releasedEvents).toBe(INTERVIEWS);
});
