import { type PrismaClient, utc } from "@candor/db";
import { cadenceLookup } from "../pipeline/service.ts";
import {
  type ClaimedTask,
  reminderHandlers,
  scheduleMissingInterviewReminders,
  sweepGoingCold,
  type TaskHandler,
} from "./reminders.ts";
import { type Delivery, type DispatchDeps, dispatch, type NotifyDeps } from "./service.ts";

/**
 * Runs due reminders exactly once however many API processes run it. Each task is claimed with
 * `FOR UPDATE SKIP LOCKED` in its own transaction; the handler's notifications and emails are written
 * and the task marked done in that same transaction. A process that dies mid-task leaves nothing
 * behind and the row unlocked, so another process runs it; one that finished cannot run it again.
 * Emails then go out through the outbox, whose delivery is claimed the same way.
 */

const MAX_ATTEMPTS = 5;
const GOING_COLD_SWEEP_MS = 5 * 60_000;

export interface WorkerOptions {
  prisma: PrismaClient;
  notify: NotifyDeps;
  dispatch: Omit<DispatchDeps, "prisma">;
  handlers?: Record<string, TaskHandler>;
  log: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
}

export interface RunSummary {
  done: number;
  failed: number;
}

export function createReminderWorker(options: WorkerOptions) {
  const { prisma, log } = options;
  const handlers: Record<string, TaskHandler | undefined> = options.handlers ?? reminderHandlers;
  const dispatchDeps: DispatchDeps = { prisma, ...options.dispatch };
  let lastSweep = 0;
  let running: Promise<RunSummary> | null = null;
  let timer: NodeJS.Timeout | null = null;

  /** Claims and runs one due task; null when none is left for this process. */
  async function runOne(
    now: Date,
    claimed: { id?: string },
  ): Promise<{ task: ClaimedTask; delivery: Delivery } | null> {
    return prisma.$transaction(
      async (tx) => {
        const [task] = await tx.$queryRaw<ClaimedTask[]>`
          SELECT id, kind, "dedupeKey", payload, attempts FROM "ScheduledTask"
          WHERE status = 'PENDING' AND "dueAt" <= ${utc(now)}
          ORDER BY "dueAt", id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`;
        if (!task) return null;
        claimed.id = task.id;
        const handler = handlers[task.kind];
        const outcome = handler
          ? await handler(tx, task, options.notify, now)
          : { delivery: { notifications: [], emailIds: [] }, result: `skipped: no handler for ${task.kind}` };
        await tx.scheduledTask.update({
          where: { id: task.id },
          data: { status: "DONE", completedAt: new Date(), attempts: { increment: 1 }, result: outcome.result },
        });
        return { task, delivery: outcome.delivery };
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
  }

  /** A task whose handler failed goes back to the queue with a backoff, and gives up after a few tries. */
  async function recordFailure(taskId: string, error: unknown, now: Date): Promise<void> {
    const task = await prisma.scheduledTask.findUnique({ where: { id: taskId }, select: { attempts: true } });
    if (!task) return;
    const attempts = task.attempts + 1;
    await prisma.scheduledTask.updateMany({
      where: { id: taskId, status: "PENDING" },
      data: {
        attempts,
        status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
        dueAt: new Date(now.getTime() + 60_000 * 2 ** attempts),
        lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
      },
    });
  }

  /** Runs every task due at `now` (at most `limit`); the server calls it on a timer, tests directly. */
  async function runDueTasks(now: Date = new Date(), limit = 200): Promise<RunSummary> {
    const summary: RunSummary = { done: 0, failed: 0 };
    while (summary.done + summary.failed < limit) {
      const claimed: { id?: string } = {};
      let ran: Awaited<ReturnType<typeof runOne>>;
      try {
        ran = await runOne(now, claimed);
      } catch (error) {
        // Nothing the handler wrote survived the rollback; the task goes back with a backoff.
        if (!claimed.id) throw error;
        log.warn({ err: error, taskId: claimed.id }, "reminder task failed; will retry");
        await recordFailure(claimed.id, error, now);
        summary.failed++;
        continue;
      }
      if (!ran) break;
      summary.done++;
      await dispatch(dispatchDeps, ran.delivery);
    }
    return summary;
  }

  /**
   * Schedules nudges for applications gone cold, and the future reminders of completed interviews that
   * have none (any process may sweep; dedupe keys keep one of each). Returns how many it scheduled.
   */
  async function sweep(now: Date = new Date()): Promise<number> {
    const cold = await sweepGoingCold(prisma, now, (organizationId) => cadenceLookup(prisma, organizationId));
    return cold + (await scheduleMissingInterviewReminders(prisma, now));
  }

  async function tick(): Promise<RunSummary> {
    const now = new Date();
    if (now.getTime() - lastSweep >= GOING_COLD_SWEEP_MS) {
      lastSweep = now.getTime();
      await sweep(now);
    }
    return runDueTasks(now);
  }

  /** One tick at a time in this process; overlapping timer ticks wait for the running one. */
  function tickOnce(): Promise<RunSummary> {
    running ??= tick().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    runDueTasks,
    sweep,
    start(intervalMs: number) {
      timer = setInterval(
        () => void tickOnce().catch((err) => log.warn({ err }, "reminder worker failed")),
        intervalMs,
      );
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
  };
}

export type ReminderWorker = ReturnType<typeof createReminderWorker>;
