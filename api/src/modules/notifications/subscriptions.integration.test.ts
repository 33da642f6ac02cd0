import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { type Client, createClient } from "graphql-ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { buildApp } from "../../app.ts";
import { createTestApi, type TestApi } from "../../test/harness.ts";
import { type PrivateRedis, redisForTests } from "../../test/private-redis.ts";
import { companyWithStaff, completedInterview, postStatusUpdate } from "./testing.ts";

/** Live notifications over WebSocket (graphql-transport-ws), against a listening API. */

const SUBSCRIPTION = `subscription { notificationAdded { unreadCount notification { kind title link } } }`;

interface Received {
  events: Array<{ unreadCount: number; notification: { kind: string; title: string; link: string } }>;
  errors: unknown[];
  client: Client;
}

const clients: Client[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.dispose();
});

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  return `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
}

/** Subscribes as the person with `token`; resolves once the server has acknowledged the subscription. */
async function subscribe(url: string, token: string | null): Promise<Received> {
  let acknowledged: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    acknowledged = resolve;
  });
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: { connected: () => setTimeout(acknowledged, 100) },
  });
  clients.push(client);
  const received: Received = { events: [], errors: [], client };
  client.subscribe(
    { query: SUBSCRIPTION },
    {
      next: (value) => {
        received.events.push((value.data as { notificationAdded: Received["events"][number] }).notificationAdded);
      },
      error: (error) => {
        received.errors.push(error);
        acknowledged();
      },
      complete: () => {},
    },
  );
  await ready;
  return received;
}

async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("notificationAdded in one API process", () => {
  let api: TestApi;
  let url: string;
  beforeAll(async () => {
    api = await createTestApi();
    url = await listen(api.app);
  });
  afterAll(() => api.close());

  it("pushes a new notification and the unread count to its person only", async () => {
    const { admin, recruiter, interviewer } = await companyWithStaff(api, "Live Co");
    const interview = await completedInterview(api, admin, [interviewer.userId]);
    if (!interview.candidate) throw new Error("setup");
    const candidate = await subscribe(url, interview.candidate.token);
    const bystander = await subscribe(url, recruiter.token);
    const unreadBefore = await api.prisma.notification.count({
      where: { userId: interview.candidate.userId, readAt: null },
    });

    await postStatusUpdate(api, interview.applicationId, recruiter.token, "The team meets on Thursday.");
    await eventually(() => candidate.events.length === 1);
    expect(candidate.events[0]).toEqual({
      unreadCount: unreadBefore + 1,
      notification: {
        kind: "status_update",
        title: "News about your application at Live Co",
        link: `/candidate/applications/${interview.applicationId}`,
      },
    });
    expect(candidate.errors).toEqual([]);
    expect(bystander.events).toEqual([]);
  });

  it("pushes reminders written by the worker", async () => {
    const { admin, interviewer } = await companyWithStaff(api, "Live Reminder Co");
    const interview = await completedInterview(api, admin, [interviewer.userId]);
    const live = await subscribe(url, interviewer.token);
    await api.app.reminders.runDueTasks(new Date(interview.scorecardDueAt.getTime() - 3_600_000));
    await eventually(() => live.events.some((e) => e.notification.kind === "scorecard_due"));
  });

  it("refuses a subscription without a valid session", async () => {
    const anonymous = await subscribe(url, null);
    await eventually(() => anonymous.errors.length > 0);
    expect(JSON.stringify(anonymous.errors)).toMatch(/Sign in to continue/);
    const forged = await subscribe(url, "not-a-real-token");
    await eventually(() => forged.errors.length > 0);
    expect(JSON.stringify(forged.errors)).toMatch(/UNAUTHENTICATED/);
  });
});

describe("notificationAdded across API processes", () => {
  const apps: FastifyInstance[] = [];
  let api: TestApi;
  let redis: PrivateRedis;
  beforeAll(async () => {
    redis = await redisForTests();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await api?.close();
    await redis?.stop();
  });

  /** A second API process on the same database, with its own emitter. */
  async function secondProcess(redisUrl: string | null): Promise<FastifyInstance> {
    const config = { ...api.config, REDIS_URL: redisUrl ?? undefined };
    const app = await buildApp({ config, db: api.db, migrate: false, logger: false });
    apps.push(app);
    return app;
  }

  it("delivers an event published by one process to a subscriber connected to another, through Redis", async () => {
    api = await createTestApi({ REDIS_URL: redis.url });
    const { admin, recruiter, interviewer } = await companyWithStaff(api, "Fan-out Co");
    const interview = await completedInterview(api, admin, [interviewer.userId]);
    if (!interview.candidate) throw new Error("setup");

    const withRedis = await secondProcess(redis.url);
    const withoutRedis = await secondProcess(null);
    const viaRedis = await subscribe(await listen(withRedis), interview.candidate.token);
    const inMemoryOnly = await subscribe(await listen(withoutRedis), interview.candidate.token);

    // Published by the first process (the one handling the recruiter's request).
    await postStatusUpdate(api, interview.applicationId, recruiter.token, "Published on process one.");
    await eventually(() => viaRedis.events.length === 1);
    expect(viaRedis.events[0]?.notification.title).toBe("News about your application at Fan-out Co");
    // A process without Redis never hears of it: the event really travelled through Redis.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(inMemoryOnly.events).toEqual([]);
  });
});
