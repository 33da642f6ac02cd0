import type { ApplicationStatus, FeedbackPromise, JobStatus, Prisma, PrismaClient } from "@candor/db";
import {
  type BusinessCalendar,
  candidateFeedbackDeadline,
  emailSchema,
  STAGE_KINDS,
  scorecardDeadline,
} from "@candor/domain";
import { z } from "zod";
import type { SignedInContext } from "../../graphql/context.ts";
import { badRequest, conflict, notFound, parseInput, validationError } from "../../graphql/errors.ts";
import { MANAGERS, organizationsWhere, roleIn } from "../../graphql/guard.ts";
import { audit } from "../audit.ts";
import { afterCommit, notifyInterviewChange, notifyStatusUpdate } from "../notifications/events.ts";
import { scheduleInterviewReminders } from "../notifications/reminders.ts";
import { createInvitation } from "../organizations/service.ts";
import { promiseInForce } from "../promises/service.ts";
import { inviteToRateProcess } from "../ratings/invitations.ts";
import { organizationCalendar } from "./calendar.ts";
import { recordCandidateEvent } from "./timeline.ts";

const DAY_MS = 86_400_000;
/** Cadence used when no promise is published for a stage: a week without news is already long. */
export const DEFAULT_CADENCE_DAYS = 7;
const MAX_INTERVIEW_HOURS = 12;
const CLOSED: readonly ApplicationStatus[] = ["HIRED", "REJECTED", "WITHDRAWN"];

// ───────────── reads ─────────────

const applicationInclude = {
  candidate: { select: { id: true, name: true, email: true, userId: true } },
  job: { include: { stages: { orderBy: { position: "asc" } } } },
  currentStage: true,
} as const satisfies Prisma.ApplicationInclude;

type ApplicationRow = Prisma.ApplicationGetPayload<{ include: typeof applicationInclude }>;

/** Cadence (days) for each job and stage kind, from the promises in force in an organisation. */
export async function cadenceLookup(db: PrismaClient, organizationId: string) {
  const published = await db.feedbackPromise.findMany({
    where: { organizationId, status: "PUBLISHED" },
    select: { jobId: true, stageKind: true, statusCadenceDays: true },
  });
  return (jobId: string, stageKind: string | undefined): number => {
    if (!stageKind) return DEFAULT_CADENCE_DAYS;
    const own = published.find((p) => p.jobId === jobId && p.stageKind === stageKind);
    const fallback = published.find((p) => p.jobId === null && p.stageKind === stageKind);
    return (own ?? fallback)?.statusCadenceDays ?? DEFAULT_CADENCE_DAYS;
  };
}

function toApplicationView(row: ApplicationRow, cadenceDays: number, now: Date) {
  const open = !CLOSED.includes(row.status);
  const lastContact = row.lastCandidateContactAt ?? row.appliedAt;
  const contactDueAt = open ? new Date(lastContact.getTime() + cadenceDays * DAY_MS) : null;
  return {
    ...row,
    candidate: { ...row.candidate, hasAccount: row.candidate.userId !== null },
    contactDueAt,
    goingCold: row.status === "ACTIVE" && contactDueAt !== null && contactDueAt.getTime() < now.getTime(),
  };
}

async function applicationViews(ctx: SignedInContext, organizationId: string, rows: ApplicationRow[]) {
  const cadence = await cadenceLookup(ctx.prisma, organizationId);
  const now = new Date();
  return rows.map((row) => toApplicationView(row, cadence(row.jobId, row.currentStage?.kind), now));
}

/** An application in an organisation where the viewer manages hiring: the scope of every pipeline write. */
async function managedApplication(ctx: SignedInContext, applicationId: string) {
  const row = await ctx.prisma.application.findFirst({
    where: { id: applicationId, organizationId: { in: await organizationsWhere(ctx, MANAGERS) } },
    include: applicationInclude,
  });
  if (!row) throw notFound("Application");
  return row;
}

export async function getApplication(ctx: SignedInContext, applicationId: string) {
  const row = await managedApplication(ctx, applicationId);
  const [view] = await applicationViews(ctx, row.organizationId, [row]);
  return view;
}

export function listJobs(ctx: SignedInContext, organizationId: string) {
  return ctx.prisma.job.findMany({
    where: { organizationId },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    include: { stages: { orderBy: { position: "asc" } } },
  });
}

export async function activeApplicationCounts(prisma: PrismaClient, jobIds: readonly string[]) {
  const groups = await prisma.application.groupBy({
    by: ["jobId"],
    where: { jobId: { in: [...jobIds] }, status: "ACTIVE" },
    _count: { _all: true },
  });
  return jobIds.map((id) => groups.find((g) => g.jobId === id)?._count._all ?? 0);
}

async function managedJob(ctx: SignedInContext, jobId: string) {
  const job = await ctx.prisma.job.findFirst({
    where: { id: jobId, organizationId: { in: await organizationsWhere(ctx, MANAGERS) } },
    include: { stages: { orderBy: { position: "asc" } } },
  });
  if (!job) throw notFound("Job");
  return job;
}

export async function pipeline(ctx: SignedInContext, jobId: string) {
  const job = await managedJob(ctx, jobId);
  const rows = await ctx.prisma.application.findMany({
    where: { jobId },
    include: applicationInclude,
    orderBy: { appliedAt: "asc" },
    take: 1000,
  });
  const views = await applicationViews(ctx, job.organizationId, rows);
  const open = views.filter((a) => a.status === "ACTIVE" || a.status === "OFFERED");
  return {
    job,
    columns: job.stages.map((stage) => ({ stage, applications: open.filter((a) => a.currentStageId === stage.id) })),
    closed: views.filter((a) => CLOSED.includes(a.status)),
  };
}

export async function goingCold(ctx: SignedInContext, organizationId: string) {
  const now = new Date();
  // Cheap bound in SQL (no cadence is shorter than one day), exact cadence per application below.
  const rows = await ctx.prisma.application.findMany({
    where: {
      organizationId,
      status: "ACTIVE",
      OR: [
        { lastCandidateContactAt: { lt: new Date(now.getTime() - DAY_MS) } },
        { lastCandidateContactAt: null, appliedAt: { lt: new Date(now.getTime() - DAY_MS) } },
      ],
    },
    include: applicationInclude,
    take: 2000,
  });
  const views = await applicationViews(ctx, organizationId, rows);
  return views
    .filter((a) => a.goingCold)
    .sort((a, b) => (a.contactDueAt?.getTime() ?? 0) - (b.contactDueAt?.getTime() ?? 0));
}

export function listInterviewers(ctx: SignedInContext, organizationId: string) {
  return ctx.prisma.user.findMany({
    where: { memberships: { some: { organizationId } } },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}

export function listStatusTemplates(ctx: SignedInContext, organizationId: string) {
  return ctx.prisma.statusUpdateTemplate.findMany({ where: { organizationId }, orderBy: { name: "asc" } });
}

// ───────────── jobs ─────────────

const createJobInput = z.object({
  organizationId: z.string().min(1),
  title: z
    .string()
    .trim()
    .min(2, "Give the job a title (at least 2 characters).")
    .max(120, "Use at most 120 characters."),
  department: z.string().trim().max(80, "Use at most 80 characters.").nullish(),
  location: z.string().trim().max(80, "Use at most 80 characters.").nullish(),
  stages: z
    .array(
      z.object({
        name: z.string().trim().min(1, "Name every stage.").max(80, "Use at most 80 characters for a stage name."),
        kind: z.enum(STAGE_KINDS),
      }),
    )
    .min(1, "Add at least one stage.")
    .max(10, "Use at most 10 stages."),
});

export async function createJob(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(createJobInput, rawInput);
  await roleIn(ctx, input.organizationId, MANAGERS);
  return ctx.prisma.job.create({
    data: {
      organizationId: input.organizationId,
      title: input.title,
      department: input.department || null,
      location: input.location || null,
      stages: { create: input.stages.map((stage, index) => ({ ...stage, position: index + 1 })) },
    },
    include: { stages: { orderBy: { position: "asc" } } },
  });
}

export async function setJobStatus(ctx: SignedInContext, jobId: string, status: JobStatus) {
  const job = await managedJob(ctx, jobId);
  return ctx.prisma.job.update({
    where: { id: job.id },
    data: { status },
    include: { stages: { orderBy: { position: "asc" } } },
  });
}

// ───────────── candidates and applications ─────────────

const addCandidateInput = z.object({
  jobId: z.string().min(1),
  name: z.string().trim().min(1, "Enter the candidate's name.").max(100, "Use at most 100 characters for a name."),
  email: emailSchema,
});

export async function addCandidate(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(addCandidateInput, rawInput);
  const job = await managedJob(ctx, input.jobId);
  if (job.status !== "OPEN") throw badRequest("This job is not open; reopen it before adding candidates.");
  const firstStage = job.stages[0];
  if (!firstStage) throw badRequest("This job has no stages.");
  const { applicationId, emailId } = await ctx.prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.upsert({
      where: { organizationId_email: { organizationId: job.organizationId, email: input.email } },
      create: { organizationId: job.organizationId, email: input.email, name: input.name },
      update: {},
    });
    const existing = await tx.application.findUnique({
      where: { candidateId_jobId: { candidateId: candidate.id, jobId: job.id } },
    });
    if (existing) {
      throw conflict(`${input.email} already has an application for ${job.title}.`, { email: "Already applied." });
    }
    const application = await tx.application.create({
      data: {
        organizationId: job.organizationId,
        candidateId: candidate.id,
        jobId: job.id,
        currentStageId: firstStage.id,
      },
    });
    await recordCandidateEvent(tx, application.id, "application.created", {
      jobTitle: job.title,
      stageName: firstStage.name,
    });
    const invited = candidate.userId
      ? null
      : await createInvitation(tx, ctx, {
          organizationId: job.organizationId,
          email: candidate.email,
          role: "CANDIDATE",
          candidateId: candidate.id,
        });
    return { applicationId: application.id, emailId: invited?.emailId ?? null };
  });
  if (emailId) ctx.mailer.deliverSoon([emailId]);
  return getApplication(ctx, applicationId);
}

const MOVES = {
  ADVANCE: { from: ["ACTIVE"], to: "ACTIVE", event: "application.advanced" },
  OFFER: { from: ["ACTIVE"], to: "OFFERED", event: "application.offered" },
  HIRE: { from: ["ACTIVE", "OFFERED"], to: "HIRED", event: "application.hired" },
  REJECT: { from: ["ACTIVE", "OFFERED"], to: "REJECTED", event: "application.rejected" },
  WITHDRAW: { from: ["ACTIVE", "OFFERED"], to: "WITHDRAWN", event: "application.withdrawn" },
} as const satisfies Record<string, { from: readonly ApplicationStatus[]; to: ApplicationStatus; event: string }>;

export type ApplicationMove = keyof typeof MOVES;

export async function moveApplication(ctx: SignedInContext, applicationId: string, move: ApplicationMove) {
  const application = await managedApplication(ctx, applicationId);
  const rule = MOVES[move];
  if (!(rule.from as readonly ApplicationStatus[]).includes(application.status)) {
    throw badRequest(
      CLOSED.includes(application.status)
        ? `This application is closed (${application.status.toLowerCase()}); it cannot move any more.`
        : `An application that is ${application.status.toLowerCase()} cannot be moved that way.`,
    );
  }
  const stages = application.job.stages;
  const nextStage =
    move === "ADVANCE" ? stages.find((s) => s.position > (application.currentStage?.position ?? 0)) : undefined;
  if (move === "ADVANCE" && !nextStage) {
    throw badRequest("This is the job's last stage: make an offer or reject instead.");
  }
  const closing = CLOSED.includes(rule.to);
  const delivery = await ctx.prisma.$transaction(async (tx) => {
    // Guard against a concurrent move: only the status read above may change.
    const updated = await tx.application.updateMany({
      where: { id: applicationId, status: application.status },
      data: {
        status: rule.to,
        ...(nextStage ? { currentStageId: nextStage.id } : {}),
        ...(closing ? { closedAt: new Date() } : {}),
      },
    });
    if (updated.count !== 1) throw conflict("This application changed meanwhile; reload and try again.");
    if (closing) {
      await tx.interview.updateMany({ where: { applicationId, status: "SCHEDULED" }, data: { status: "CANCELLED" } });
    }
    await recordCandidateEvent(tx, applicationId, rule.event, {
      from: application.status,
      to: rule.to,
      ...(nextStage ? { stageName: nextStage.name } : {}),
    });
    await audit(tx, {
      action: "application.moved",
      actorUserId: ctx.viewer.user.id,
      organizationId: application.organizationId,
      targetType: "Application",
      targetId: applicationId,
      data: { move, from: application.status, to: rule.to },
      ip: ctx.client.ip,
    });
    return closing ? inviteToRateProcess(tx, ctx, applicationId) : null;
  });
  if (delivery) await afterCommit(ctx, delivery);
  return getApplication(ctx, applicationId);
}

// ───────────── interviews ─────────────

const interviewInclude = {
  stage: true,
  release: { select: { releasedAt: true } },
  assignments: { include: { interviewer: { select: { id: true, name: true, email: true } } } },
  promise: { include: { job: { select: { title: true } }, publishedBy: { select: { name: true } } } },
} as const satisfies Prisma.InterviewInclude;

export type InterviewRow = Prisma.InterviewGetPayload<{ include: typeof interviewInclude }>;

export function toInterviewView(row: InterviewRow) {
  return {
    ...row,
    interviewers: row.assignments.map((a) => a.interviewer),
    feedbackReleasedAt: row.release?.releasedAt ?? null,
  };
}

export async function interviewsOf(prisma: PrismaClient, applicationIds: readonly string[]) {
  const rows = await prisma.interview.findMany({
    where: { applicationId: { in: [...applicationIds] } },
    include: interviewInclude,
    orderBy: { scheduledStart: "asc" },
  });
  return applicationIds.map((id) => rows.filter((row) => row.applicationId === id).map(toInterviewView));
}

export async function statusUpdatesOf(prisma: PrismaClient, applicationIds: readonly string[]) {
  const rows = await prisma.statusUpdate.findMany({
    where: { applicationId: { in: [...applicationIds] } },
    include: { author: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return applicationIds.map((id) =>
    rows.filter((row) => row.applicationId === id).map((row) => ({ ...row, authorName: row.author?.name ?? null })),
  );
}

/** Deadlines of an interview ending at `endAt` under a promise; none when no promise was in force. */
export function deadlinesFor(endAt: Date, promise: FeedbackPromise | null, calendar: BusinessCalendar) {
  if (!promise) return { scorecardDueAt: null, candidateFeedbackDueAt: null };
  return {
    scorecardDueAt: scorecardDeadline(endAt, promise.scorecardDeadlineHours),
    candidateFeedbackDueAt: candidateFeedbackDeadline(endAt, promise.candidateDeadlineBusinessDays, calendar),
  };
}

/** A start this recent still counts as "now": a form filled in slowly is not refused. */
const START_GRACE_MS = 5 * 60_000;

/** When an interview is planned: not in the past, ending after it starts, at most a working day long. */
const plannedTimes = z.object({ startsAt: z.date(), endsAt: z.date() }).superRefine((t, issue) => {
  if (t.startsAt.getTime() < Date.now() - START_GRACE_MS) {
    issue.addIssue({ code: "custom", path: ["startsAt"], message: "Choose a start time that is not in the past." });
  }
  const length = t.endsAt.getTime() - t.startsAt.getTime();
  if (length <= 0) {
    issue.addIssue({ code: "custom", path: ["endsAt"], message: "The interview must end after it starts." });
  } else if (length > MAX_INTERVIEW_HOURS * 3_600_000) {
    issue.addIssue({
      code: "custom",
      path: ["endsAt"],
      message: `An interview lasts at most ${MAX_INTERVIEW_HOURS} hours.`,
    });
  }
});

const scheduleInput = plannedTimes.safeExtend({
  applicationId: z.string().min(1),
  stageId: z.string().min(1).nullish(),
  interviewerIds: z
    .array(z.string().min(1))
    .min(1, "Assign at least one interviewer.")
    .max(10, "Assign at most 10 interviewers."),
});

export async function scheduleInterview(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(scheduleInput, rawInput);
  const application = await managedApplication(ctx, input.applicationId);
  if (application.status !== "ACTIVE") {
    throw badRequest(
      `Interviews are scheduled for active applications; this one is ${application.status.toLowerCase()}.`,
    );
  }
  const stage = input.stageId
    ? application.job.stages.find((s) => s.id === input.stageId)
    : (application.currentStage ?? undefined);
  if (!stage) throw validationError({ stageId: "Choose one of this job's stages." });
  const interviewerIds = [...new Set(input.interviewerIds)];
  const members = await ctx.prisma.membership.count({
    where: { organizationId: application.organizationId, userId: { in: interviewerIds } },
  });
  if (members !== interviewerIds.length) {
    throw validationError({ interviewerIds: "Every interviewer must be a member of this organisation." });
  }
  const { id, delivery } = await ctx.prisma.$transaction(async (tx) => {
    const promise = await promiseInForce(tx, application.organizationId, application.jobId, stage.kind);
    const calendar = await organizationCalendar(tx, application.organizationId);
    const interview = await tx.interview.create({
      data: {
        organizationId: application.organizationId,
        applicationId: application.id,
        stageId: stage.id,
        promiseId: promise?.id ?? null,
        scheduledStart: input.startsAt,
        scheduledEnd: input.endsAt,
        // Expected deadlines from the planned end; completing the interview sets the real ones.
        ...deadlinesFor(input.endsAt, promise, calendar),
        assignments: { create: interviewerIds.map((interviewerId) => ({ interviewerId })) },
      },
    });
    await recordCandidateEvent(tx, application.id, "interview.scheduled", {
      interviewId: interview.id,
      stageName: stage.name,
      scheduledStart: input.startsAt.toISOString(),
      scheduledEnd: input.endsAt.toISOString(),
    });
    const delivery = await notifyInterviewChange(tx, ctx, {
      applicationId: application.id,
      stageName: stage.name,
      change: "scheduled",
      startsAt: input.startsAt,
    });
    return { id: interview.id, delivery };
  });
  await afterCommit(ctx, delivery);
  return loadInterview(ctx.prisma, id);
}

async function loadInterview(prisma: PrismaClient, id: string) {
  return toInterviewView(await prisma.interview.findUniqueOrThrow({ where: { id }, include: interviewInclude }));
}

async function managedInterview(ctx: SignedInContext, interviewId: string) {
  const interview = await ctx.prisma.interview.findFirst({
    where: { id: interviewId, organizationId: { in: await organizationsWhere(ctx, MANAGERS) } },
    include: { stage: true, promise: true, application: { select: { status: true } } },
  });
  if (!interview) throw notFound("Interview");
  return interview;
}

function assertScheduled(status: string, action: string): void {
  if (status !== "SCHEDULED") {
    throw badRequest(`Only a scheduled interview can be ${action}; this one is ${status.toLowerCase()}.`);
  }
}

const rescheduleInput = plannedTimes.safeExtend({ interviewId: z.string().min(1) });

export async function rescheduleInterview(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(rescheduleInput, rawInput);
  const interview = await managedInterview(ctx, input.interviewId);
  assertScheduled(interview.status, "moved");
  const delivery = await ctx.prisma.$transaction(async (tx) => {
    const calendar = await organizationCalendar(tx, interview.organizationId);
    const moved = await tx.interview.updateMany({
      where: { id: interview.id, status: "SCHEDULED" },
      data: {
        scheduledStart: input.startsAt,
        scheduledEnd: input.endsAt,
        rescheduleCount: { increment: 1 },
        ...deadlinesFor(input.endsAt, interview.promise, calendar),
      },
    });
    if (moved.count !== 1) throw conflict("This interview changed meanwhile; reload and try again.");
    await recordCandidateEvent(tx, interview.applicationId, "interview.rescheduled", {
      interviewId: interview.id,
      stageName: interview.stage.name,
      previousStart: interview.scheduledStart.toISOString(),
      scheduledStart: input.startsAt.toISOString(),
    });
    return notifyInterviewChange(tx, ctx, {
      applicationId: interview.applicationId,
      stageName: interview.stage.name,
      change: "moved",
      startsAt: input.startsAt,
    });
  });
  await afterCommit(ctx, delivery);
  return loadInterview(ctx.prisma, interview.id);
}

export async function cancelInterview(ctx: SignedInContext, interviewId: string) {
  const interview = await managedInterview(ctx, interviewId);
  assertScheduled(interview.status, "cancelled");
  const delivery = await ctx.prisma.$transaction(async (tx) => {
    const cancelled = await tx.interview.updateMany({
      where: { id: interview.id, status: "SCHEDULED" },
      data: { status: "CANCELLED", scorecardDueAt: null, candidateFeedbackDueAt: null },
    });
    if (cancelled.count !== 1) throw conflict("This interview changed meanwhile; reload and try again.");
    await recordCandidateEvent(tx, interview.applicationId, "interview.cancelled", {
      interviewId: interview.id,
      stageName: interview.stage.name,
    });
    return notifyInterviewChange(tx, ctx, {
      applicationId: interview.applicationId,
      stageName: interview.stage.name,
      change: "cancelled",
      startsAt: interview.scheduledStart,
    });
  });
  await afterCommit(ctx, delivery);
  return loadInterview(ctx.prisma, interview.id);
}

const completeInput = z.object({ interviewId: z.string().min(1), endedAt: z.date().nullish() });
const CLOCK_SKEW_MS = 60_000;

export async function completeInterview(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(completeInput, rawInput);
  const interview = await managedInterview(ctx, input.interviewId);
  assertScheduled(interview.status, "completed");
  const now = Date.now();
  if (interview.scheduledStart.getTime() > now) {
    throw badRequest("This interview has not started yet; it can be completed once it has taken place.");
  }
  const endedAt = input.endedAt ?? new Date(now);
  if (endedAt.getTime() > now + CLOCK_SKEW_MS)
    throw validationError({ endedAt: "The end time cannot be in the future." });
  if (endedAt.getTime() <= interview.scheduledStart.getTime()) {
    throw validationError({ endedAt: "The interview must end after it started." });
  }
  await ctx.prisma.$transaction(async (tx) => {
    const calendar = await organizationCalendar(tx, interview.organizationId);
    const deadlines = deadlinesFor(endedAt, interview.promise, calendar);
    const completed = await tx.interview.updateMany({
      where: { id: interview.id, status: "SCHEDULED" },
      data: { status: "COMPLETED", endedAt, ...deadlines },
    });
    if (completed.count !== 1) throw conflict("This interview changed meanwhile; reload and try again.");
    await recordCandidateEvent(tx, interview.applicationId, "interview.completed", {
      interviewId: interview.id,
      stageName: interview.stage.name,
      feedbackLevel: interview.promise?.level ?? null,
      feedbackDueAt: deadlines.candidateFeedbackDueAt?.toISOString() ?? null,
    });
    const assignments = await tx.interviewAssignment.findMany({
      where: { interviewId: interview.id },
      select: { interviewerId: true },
    });
    await scheduleInterviewReminders(
      tx,
      { id: interview.id, endedAt, ...deadlines, interviewerIds: assignments.map((a) => a.interviewerId) },
      calendar,
    );
  });
  return loadInterview(ctx.prisma, interview.id);
}

// ───────────── keeping candidates warm ─────────────

const statusUpdateInput = z.object({
  applicationId: z.string().min(1),
  body: z.string().trim().max(2000, "Keep an update under 2,000 characters.").nullish(),
  templateId: z.string().min(1).nullish(),
});

export async function postStatusUpdate(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(statusUpdateInput, rawInput);
  const application = await managedApplication(ctx, input.applicationId);
  if (CLOSED.includes(application.status)) {
    throw badRequest("This application is closed; status updates are for candidates still in the process.");
  }
  let body = input.body ?? "";
  let kind: "MANUAL" | "TEMPLATE" = "MANUAL";
  if (!body && input.templateId) {
    const template = await ctx.prisma.statusUpdateTemplate.findFirst({
      where: { id: input.templateId, organizationId: application.organizationId },
    });
    if (!template) throw validationError({ templateId: "Choose one of your organisation's templates." });
    body = template.body;
    kind = "TEMPLATE";
  }
  if (!body) throw validationError({ body: "Write the update, or choose a template." });
  const update = await ctx.prisma.$transaction(async (tx) => {
    const created = await tx.statusUpdate.create({
      data: { applicationId: application.id, authorId: ctx.viewer.user.id, kind, body },
      include: { author: { select: { name: true } } },
    });
    await recordCandidateEvent(tx, application.id, "status.updated", { statusUpdateId: created.id, kind, body });
    const delivery = await notifyStatusUpdate(tx, ctx, { applicationId: application.id, body });
    return { created, delivery };
  });
  await afterCommit(ctx, update.delivery);
  return { ...update.created, authorName: update.created.author?.name ?? null };
}
