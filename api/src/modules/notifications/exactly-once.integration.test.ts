import { createDatabase, type Database } from "@candor/db";
import { testBackend } from "@candor/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, inviteAndAccept, type TestApi } from "../../test/harness.ts";
import { createMailer } from "../mail/mailer.ts";
import { reminderHandlers, type TaskHandler } from "./reminders.ts";
import { companyWithStaff, completedInterview, HOUR } from "./testing.ts";
import { createReminderWorker, type ReminderWorker } from "./worker.ts";

/**
 * Two reminder workers on one database, as two API processes would run them. On PostgreSQL
 * (TEST_DB=postgres) the second worker has its own connection pool, so they really race for rows;
 * on PGlite (one connection) they interleave on the same one.
 */

let api: TestApi;
let secondDb: Database | null = null;
const warnings: unknown[] = [];
const log = { warn: (obj: object) => warnings.push(obj), error: (obj: object) => warnings.push(obj) };

async function secondConnection(): Promise<Database> {
  if (testBackend() !== "postgres") return api.db;
  const [{ name }] = await api.prisma.$queryRaw<[{ name: string }]>`SELECT current_database() AS name`;
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  secondDb = await createDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  return secondDb;
}

function workerOn(db: Database, handlers?: Record<string, TaskHandler>): ReminderWorker {
  const mailer = createMailer({
    prisma: db.prisma,
    from: "Candor <no-reply@candor.test>",
    log: { ...log, info: () => {} },
  });
  return createReminderWorker({
    prisma: db.prisma,
    notify: { mailer, config: api.config },
    dispatch: { mailer, publish: null, log },
    handlers,
    log,
  });
}

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await secondDb?.close();
  await api.close();
});

describe("reminders run exactly once", () => {
  it("two workers on one database send every due reminder once: no duplicate, no miss", async () => {
    const { admin, interviewer, recruiter } = await companyWithStaff(api, "Two Workers Co");
    const second = await inviteSecondInterviewer(admin);
    const interviews = [];
    for (let i = 0; i < 8; i++) {
      interviews.push(await completedInterview(api, admin, [interviewer.userId, second], { candidateAccount: false }));
    }
    const tasks = await api.prisma.scheduledTask.findMany({ where: { status: "PENDING" } });
    // Per interview: 2 interviewers × (reminder + overdue), deadline warning, holding update, broken deadline.
    expect(tasks).toHaveLength(8 * 7);

    const workers = [workerOn(api.db), workerOn(await secondConnection())];
    const later = new Date(Math.max(...interviews.map((i) => i.candidateFeedbackDueAt.getTime())) + HOUR);
    const [a, b] = await Promise.all(workers.map((worker) => worker.runDueTasks(later)));
    expect((a?.done ?? 0) + (b?.done ?? 0)).toBe(tasks.length);
    expect((a?.failed ?? 0) + (b?.failed ?? 0)).toBe(0);
    if (testBackend() === "postgres") {
      // Both really took part: the rows were shared out, not run twice.
      expect(a?.done).toBeGreaterThan(0);
      expect(b?.done).toBeGreaterThan(0);
    }

    const after = await api.prisma.scheduledTask.findMany({ where: { id: { in: tasks.map((t) => t.id) } } });
    expect(after.filter((t) => t.status !== "DONE")).toEqual([]);
    expect(after.every((t) => t.attempts === 1)).toBe(true);

    // Every scorecard reminder and escalation reached its interviewer once, every deadline alert the recruiter once.
    for (const userId of [interviewer.userId, second]) {
      const kinds = await api.prisma.notification.groupBy({ by: ["kind"], where: { userId }, _count: { _all: true } });
      expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count._all]))).toEqual({
        scorecard_due: 8,
        scorecard_overdue: 8,
      });
    }
    const alerts = await api.prisma.notification.groupBy({
      by: ["kind"],
      where: { userId: recruiter.userId },
      _count: { _all: true },
    });
    expect(Object.fromEntries(alerts.map((k) => [k.kind, k._count._all]))).toEqual({
      feedback_due: 8,
      feedback_overdue: 8,
    });
    // Holding updates went to candidates without accounts: one status update and one email each.
    expect(await api.prisma.statusUpdate.count({ where: { kind: "HOLDING" } })).toBe(8);
    expect(await api.prisma.emailMessage.count({ where: { kind: "status_update" } })).toBe(8);
    expect(
      await api.prisma.emailMessage.count({ where: { kind: { in: ["scorecard_due", "scorecard_overdue"] } } }),
    ).toBe(32);

    // Running again finds nothing left to do.
    const again = await Promise.all(workers.map((worker) => worker.runDueTasks(later)));
    expect(again.map((r) => r.done)).toEqual([0, 0]);
  });

  it("a crash mid-task leaves nothing behind, and the task is sent once on the next run", async () => {
    const { admin, interviewer } = await companyWithStaff(api, "Crash Co");
    const interview = await completedInterview(api, admin, [interviewer.userId], { candidateAccount: false });
    const reminder = await api.prisma.scheduledTask.findUniqueOrThrow({
      where: { dedupeKey: `scorecard-reminder:${interview.interviewId}:${interviewer.userId}` },
    });
    let crashes = 0;
    const crashing = workerOn(api.db, {
      ...reminderHandlers,
      "scorecard-reminder": async (tx, task, deps, now) => {
        await reminderHandlers["scorecard-reminder"](tx, task, deps, now);
        crashes++;
        throw new Error("process died after writing the notification, before marking the task done");
      },
    });
    const due = new Date(reminder.dueAt.getTime() + 1000);
    const first = await crashing.runDueTasks(due);
    expect(first).toEqual({ done: 0, failed: 1 });
    expect(crashes).toBe(1);
    expect(await api.prisma.notification.count({ where: { userId: interviewer.userId } })).toBe(0);
    expect(
      await api.prisma.emailMessage.count({ where: { toAddress: interviewer.email, kind: "scorecard_due" } }),
    ).toBe(0);
    const failed = await api.prisma.scheduledTask.findUniqueOrThrow({ where: { id: reminder.id } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(failed.lastError).toMatch(/process died/);
    expect(failed.dueAt.getTime()).toBeGreaterThan(due.getTime());

    const healthy = workerOn(api.db);
    await healthy.runDueTasks(new Date(failed.dueAt.getTime() + 1000));
    await healthy.runDueTasks(new Date(failed.dueAt.getTime() + 2000));
    expect(await api.prisma.notification.count({ where: { userId: interviewer.userId, kind: "scorecard_due" } })).toBe(
      1,
    );
    expect(
      await api.prisma.emailMessage.count({ where: { toAddress: interviewer.email, kind: "scorecard_due" } }),
    ).toBe(1);
    expect(await api.prisma.scheduledTask.findUniqueOrThrow({ where: { id: reminder.id } })).toMatchObject({
      status: "DONE",
      attempts: 2,
    });
  });
});

async function inviteSecondInterviewer(admin: { token: string; organizationId: string }): Promise<string> {
  return (await inviteAndAccept(api, admin, "INTERVIEWER")).userId;
}
