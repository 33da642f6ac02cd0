import type { Prisma, PrismaClient } from "@candor/db";
import { type BusinessCalendar, goingColdAt, interviewReminders, type ReminderKind } from "@candor/domain";
import { organizationCalendar } from "../pipeline/calendar.ts";
import { recordCandidateEvent } from "../pipeline/timeline.ts";
import { notifyStatusUpdate } from "./events.ts";
import { formatDate, formatDateTime } from "./format.ts";
import { type Delivery, emptyDelivery, mergeDeliveries, type NotifyDeps, notify, recruitersOf } from "./service.ts";

/**
 * Reminders and escalations are ScheduledTask rows, written in the transaction that makes them due
 * (completing an interview) or found by the going-cold sweep. When one comes due the worker runs its
 * handler, which re-checks whether there is still something to say (a submitted scorecard, a release)
 * and writes the notifications in the worker's transaction.
 */

type Tx = Prisma.TransactionClient;

export type TaskKind = ReminderKind | "application-going-cold";

export interface ClaimedTask {
  id: string;
  kind: string;
  dedupeKey: string;
  payload: unknown;
  attempts: number;
}

export interface TaskOutcome {
  delivery: Delivery;
  /** What happened, kept on the task: whom it told, or why it had nothing left to say. */
  result: string;
}

export type TaskHandler = (tx: Tx, task: ClaimedTask, deps: NotifyDeps, now: Date) => Promise<TaskOutcome>;

const skipped = (why: string): TaskOutcome => ({ delivery: emptyDelivery(), result: `skipped: ${why}` });

function told(deliveries: Delivery[], whom: string): TaskOutcome {
  const delivery = mergeDeliveries(deliveries);
  return {
    delivery,
    result: `notified ${whom} (${delivery.notifications.length} in-app, ${delivery.emailIds.length} email)`,
  };
}

// ───────────── scheduling ─────────────

/** Schedules the reminders an interview's completion makes due; called in the completing transaction. */
export async function scheduleInterviewReminders(
  tx: Tx,
  interview: {
    id: string;
    endedAt: Date;
    scorecardDueAt: Date | null;
    candidateFeedbackDueAt: Date | null;
    interviewerIds: readonly string[];
  },
  calendar: BusinessCalendar,
): Promise<number> {
  const reminders = interviewReminders({ ...interview, interviewId: interview.id }, calendar);
  const { count } = await tx.scheduledTask.createMany({
    data: reminders.map((r) => ({
      kind: r.kind,
      dedupeKey: r.dedupeKey,
      dueAt: r.dueAt,
      payload: taskPayload(interview.id, r),
    })),
    skipDuplicates: true,
  });
  return count;
}

/**
 * Finds active applications whose last candidate-facing contact is older than their cadence and
 * schedules one nudge per silence (keyed by the last contact time, so each silence is nudged once,
 * however many processes sweep). Returns how many new nudges it scheduled.
 */
export async function sweepGoingCold(
  prisma: PrismaClient,
  now: Date,
  cadenceOf: (organizationId: string) => Promise<(jobId: string, stageKind: string | undefined) => number>,
): Promise<number> {
  const candidates = await prisma.application.findMany({
    where: {
      status: "ACTIVE",
      // No cadence is shorter than a day: a cheap bound before the exact check.
      OR: [
        { lastCandidateContactAt: { lt: new Date(now.getTime() - 86_400_000) } },
        { lastCandidateContactAt: null, appliedAt: { lt: new Date(now.getTime() - 86_400_000) } },
      ],
    },
    select: {
      id: true,
      organizationId: true,
      jobId: true,
      appliedAt: true,
      lastCandidateContactAt: true,
      currentStage: { select: { kind: true } },
    },
    orderBy: { lastCandidateContactAt: "asc" },
    take: 2000,
  });
  const lookups = new Map<string, Awaited<ReturnType<typeof cadenceOf>>>();
  const due = [];
  for (const application of candidates) {
    let cadence = lookups.get(application.organizationId);
    if (!cadence) {
      cadence = await cadenceOf(application.organizationId);
      lookups.set(application.organizationId, cadence);
    }
    const lastContact = application.lastCandidateContactAt ?? application.appliedAt;
    const coldAt = goingColdAt(lastContact, cadence(application.jobId, application.currentStage?.kind));
    if (coldAt.getTime() > now.getTime()) continue;
    due.push({
      kind: "application-going-cold",
      dedupeKey: `application-going-cold:${application.id}:${lastContact.getTime()}`,
      dueAt: coldAt,
      payload: { applicationId: application.id, lastContactAt: lastContact.toISOString() },
    });
  }
  if (due.length === 0) return 0;
  const { count } = await prisma.scheduledTask.createMany({ data: due, skipDuplicates: true });
  return count;
}

/**
 * Schedules the still-future reminders of completed interviews that have none (interviews completed
 * before reminders existed, or imported data). Idempotent: existing tasks keep their dedupe keys, and
 * reminders whose time has passed are not sent late.
 */
export async function scheduleMissingInterviewReminders(prisma: PrismaClient, now: Date): Promise<number> {
  const interviews = await prisma.interview.findMany({
    where: { status: "COMPLETED", endedAt: { not: null }, candidateFeedbackDueAt: { gt: now } },
    select: {
      id: true,
      organizationId: true,
      endedAt: true,
      scorecardDueAt: true,
      candidateFeedbackDueAt: true,
      assignments: { select: { interviewerId: true } },
    },
    orderBy: { candidateFeedbackDueAt: "asc" },
    take: 1000,
  });
  const calendars = new Map<string, BusinessCalendar>();
  const due = [];
  for (const interview of interviews) {
    let calendar = calendars.get(interview.organizationId);
    if (!calendar) {
      calendar = await organizationCalendar(prisma, interview.organizationId);
      calendars.set(interview.organizationId, calendar);
    }
    const reminders = interviewReminders(
      {
        interviewId: interview.id,
        endedAt: interview.endedAt as Date,
        scorecardDueAt: interview.scorecardDueAt,
        candidateFeedbackDueAt: interview.candidateFeedbackDueAt,
        interviewerIds: interview.assignments.map((a) => a.interviewerId),
      },
      calendar,
    );
    for (const r of reminders) {
      if (r.dueAt.getTime() <= now.getTime()) continue;
      due.push({ kind: r.kind, dedupeKey: r.dedupeKey, dueAt: r.dueAt, payload: taskPayload(interview.id, r) });
    }
  }
  if (due.length === 0) return 0;
  const { count } = await prisma.scheduledTask.createMany({ data: due, skipDuplicates: true });
  return count;
}

function taskPayload(interviewId: string, reminder: { interviewerId?: string }) {
  return { interviewId, ...(reminder.interviewerId ? { interviewerId: reminder.interviewerId } : {}) };
}

// ───────────── handlers ─────────────

function payloadOf(task: ClaimedTask): Record<string, string> {
  return typeof task.payload === "object" && task.payload !== null ? (task.payload as Record<string, string>) : {};
}

async function interviewFor(tx: Tx, task: ClaimedTask) {
  const { interviewId } = payloadOf(task);
  if (!interviewId) return null;
  return tx.interview.findUnique({
    where: { id: interviewId },
    include: {
      stage: { select: { name: true } },
      organization: { select: { name: true, timeZone: true } },
      release: { select: { id: true } },
      application: {
        select: { id: true, status: true, candidate: { select: { name: true } }, job: { select: { title: true } } },
      },
    },
  });
}

type InterviewForTask = NonNullable<Awaited<ReturnType<typeof interviewFor>>>;

const describe = (i: InterviewForTask) =>
  `${i.application.candidate.name}'s ${i.stage.name.toLowerCase()} (${i.application.job.title})`;

async function scorecardHandler(tx: Tx, task: ClaimedTask, deps: NotifyDeps, overdue: boolean): Promise<TaskOutcome> {
  const interview = await interviewFor(tx, task);
  const { interviewerId } = payloadOf(task);
  if (interview?.status !== "COMPLETED" || !interview.scorecardDueAt) {
    return skipped("interview is not completed");
  }
  if (!interviewerId) return skipped("no interviewer named");
  const assignment = await tx.interviewAssignment.findFirst({
    where: {
      interviewId: interview.id,
      interviewerId,
      interviewer: { memberships: { some: { organizationId: interview.organizationId } } },
    },
    select: { interviewer: { select: { id: true, email: true, name: true } } },
  });
  if (!assignment) return skipped("interviewer is no longer assigned or no longer a member");
  const submitted = await tx.scorecard.count({
    where: { interviewId: interview.id, interviewerId, status: "SUBMITTED" },
  });
  if (submitted) return skipped("scorecard already submitted");
  const due = formatDateTime(interview.scorecardDueAt, interview.organization.timeZone);
  const { interviewer } = assignment;
  const delivery = await notify(tx, deps, {
    kind: overdue ? "scorecard_overdue" : "scorecard_due",
    recipient: { userId: interviewer.id, email: interviewer.email, name: interviewer.name },
    organizationId: interview.organizationId,
    title: overdue
      ? `Scorecard overdue: ${interview.application.candidate.name}`
      : `Scorecard due soon: ${interview.application.candidate.name}`,
    body: overdue
      ? `Your scorecard for ${describe(interview)} was due ${due}. The candidate is waiting on it for their feedback: please submit it now.`
      : `Your scorecard for ${describe(interview)} is due ${due}.`,
    link: `/org/${interview.organizationId}/interviews/${interview.id}/scorecard`,
    actionLabel: "Open the scorecard",
    taskId: task.id,
  });
  return told([delivery], "the interviewer");
}

async function notifyRecruiters(
  tx: Tx,
  task: ClaimedTask,
  deps: NotifyDeps,
  interview: InterviewForTask,
  text: { kind: "feedback_due" | "feedback_overdue"; title: string; body: string },
): Promise<TaskOutcome> {
  const recruiters = await recruitersOf(tx, interview.organizationId);
  const deliveries = [];
  for (const recipient of recruiters) {
    deliveries.push(
      await notify(tx, deps, {
        ...text,
        recipient,
        organizationId: interview.organizationId,
        link: `/org/${interview.organizationId}/interviews/${interview.id}/review`,
        actionLabel: "Review and release feedback",
        taskId: task.id,
      }),
    );
  }
  return told(deliveries, `${recruiters.length} recruiter(s)`);
}

async function unreleasedInterview(tx: Tx, task: ClaimedTask) {
  const interview = await interviewFor(tx, task);
  if (interview?.status !== "COMPLETED" || !interview.candidateFeedbackDueAt) return null;
  if (interview.release) return "released" as const;
  return interview;
}

const feedbackApproaching: TaskHandler = async (tx, task, deps) => {
  const interview = await unreleasedInterview(tx, task);
  if (interview === null) return skipped("interview is not completed");
  if (interview === "released") return skipped("feedback already released");
  const due = formatDateTime(interview.candidateFeedbackDueAt as Date, interview.organization.timeZone);
  return notifyRecruiters(tx, task, deps, interview, {
    kind: "feedback_due",
    title: `Feedback due in one business day: ${interview.application.candidate.name}`,
    body: `Feedback on ${describe(interview)} is promised by ${due} and nothing has been released yet.`,
  });
};

const feedbackBroken: TaskHandler = async (tx, task, deps) => {
  const interview = await unreleasedInterview(tx, task);
  if (interview === null) return skipped("interview is not completed");
  if (interview === "released") return skipped("feedback already released");
  const due = formatDateTime(interview.candidateFeedbackDueAt as Date, interview.organization.timeZone);
  return notifyRecruiters(tx, task, deps, interview, {
    kind: "feedback_overdue",
    title: `Feedback promise broken: ${interview.application.candidate.name}`,
    body: `Feedback on ${describe(interview)} was promised by ${due} and has not been released. Release it as soon as you can.`,
  });
};

/** "No decision yet; you will hear by <date>", unless a recruiter has released or written since the interview. */
const holdingUpdate: TaskHandler = async (tx, task, deps) => {
  const interview = await unreleasedInterview(tx, task);
  if (interview === null) return skipped("interview is not completed");
  if (interview === "released") return skipped("feedback already released");
  if (interview.application.status !== "ACTIVE") return skipped("application is no longer active");
  const since = interview.endedAt ?? interview.scheduledEnd;
  const written = await tx.statusUpdate.count({
    where: { applicationId: interview.application.id, createdAt: { gt: since }, kind: { not: "HOLDING" } },
  });
  if (written) return skipped("a recruiter has written to the candidate since the interview");
  const by = formatDate(interview.candidateFeedbackDueAt as Date, interview.organization.timeZone);
  const body = `No decision yet on your ${interview.stage.name.toLowerCase()}. You will hear from ${interview.organization.name} by ${by}.`;
  const update = await tx.statusUpdate.create({
    data: { applicationId: interview.application.id, kind: "HOLDING", body },
  });
  await recordCandidateEvent(tx, interview.application.id, "status.updated", {
    statusUpdateId: update.id,
    kind: "HOLDING",
    body,
  });
  const delivery = await notifyStatusUpdate(tx, deps, { applicationId: interview.application.id, body, holding: true });
  await tx.notification.updateMany({
    where: { id: { in: delivery.notifications.map((n) => n.id) } },
    data: { taskId: task.id },
  });
  return told([delivery], "the candidate (holding update)");
};

const goingCold: TaskHandler = async (tx, task, deps) => {
  const { applicationId, lastContactAt } = payloadOf(task);
  const application = applicationId
    ? await tx.application.findUnique({
        where: { id: applicationId },
        select: {
          id: true,
          status: true,
          organizationId: true,
          appliedAt: true,
          lastCandidateContactAt: true,
          candidate: { select: { name: true } },
          job: { select: { title: true } },
          organization: { select: { timeZone: true } },
        },
      })
    : null;
  if (application?.status !== "ACTIVE") return skipped("application is no longer active");
  const lastContact = application.lastCandidateContactAt ?? application.appliedAt;
  if (lastContact.toISOString() !== lastContactAt) return skipped("the candidate has been contacted since");
  const recruiters = await recruitersOf(tx, application.organizationId);
  const deliveries = [];
  for (const recipient of recruiters) {
    deliveries.push(
      await notify(tx, deps, {
        kind: "application_cold",
        recipient,
        organizationId: application.organizationId,
        title: `Going cold: ${application.candidate.name}`,
        body: `${application.candidate.name} (${application.job.title}) has heard nothing since ${formatDate(lastContact, application.organization.timeZone)}. Post a status update to keep them informed.`,
        link: `/org/${application.organizationId}/applications/${application.id}`,
        actionLabel: "Open the application",
        taskId: task.id,
      }),
    );
  }
  return told(deliveries, `${recruiters.length} recruiter(s)`);
};

export const reminderHandlers: Record<TaskKind, TaskHandler> = {
  "scorecard-reminder": (tx, task, deps) => scorecardHandler(tx, task, deps, false),
  "scorecard-overdue": (tx, task, deps) => scorecardHandler(tx, task, deps, true),
  "feedback-deadline-approaching": feedbackApproaching,
  "feedback-holding-update": holdingUpdate,
  "feedback-deadline-broken": feedbackBroken,
  "application-going-cold": goingCold,
};
