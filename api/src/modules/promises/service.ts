import type { FeedbackPromise, Prisma, StageKind } from "@candor/db";
import { describePromise, isTimeZone, organizationNameSchema, promiseTermsSchema, STAGE_KINDS } from "@candor/domain";
import { z } from "zod";
import type { SignedInContext } from "../../graphql/context.ts";
import { badRequest, conflict, notFound, parseInput } from "../../graphql/errors.ts";
import { ADMINS, organizationsWhere, roleIn } from "../../graphql/guard.ts";
import { audit } from "../audit.ts";

const promiseInclude = {
  job: { select: { title: true } },
  publishedBy: { select: { name: true } },
} as const;

type PromiseRow = FeedbackPromise & { job: { title: string } | null; publishedBy: { name: string } | null };

/** The GraphQL shape of a promise version. */
export function toPromiseView(row: PromiseRow) {
  return {
    ...row,
    jobTitle: row.job?.title ?? null,
    publishedByName: row.publishedBy?.name ?? null,
    description: describePromise(row),
  };
}

const draftInput = promiseTermsSchema.extend({
  organizationId: z.string().min(1),
  stageKind: z.enum(STAGE_KINDS, { error: "Choose a stage kind: screen, technical, onsite, final or other." }),
  jobId: z.string().min(1).nullish(),
});

export async function listPromises(ctx: SignedInContext, organizationId: string) {
  const rows = await ctx.prisma.feedbackPromise.findMany({
    where: { organizationId, status: { in: ["PUBLISHED", "DRAFT"] } },
    include: promiseInclude,
    orderBy: [{ jobId: { sort: "asc", nulls: "first" } }, { stageKind: "asc" }, { version: "desc" }],
  });
  return rows.map(toPromiseView);
}

export async function promiseHistory(
  ctx: SignedInContext,
  organizationId: string,
  stageKind: StageKind,
  jobId: string | null | undefined,
) {
  const rows = await ctx.prisma.feedbackPromise.findMany({
    where: { organizationId, stageKind, jobId: jobId ?? null },
    include: promiseInclude,
    orderBy: { version: "desc" },
  });
  return rows.map(toPromiseView);
}

export async function savePromiseDraft(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(draftInput, rawInput);
  await roleIn(ctx, input.organizationId, ADMINS);
  const jobId = input.jobId ?? null;
  if (jobId) {
    const job = await ctx.prisma.job.findFirst({ where: { id: jobId, organizationId: input.organizationId } });
    if (!job) throw notFound("Job");
  }
  const key = { organizationId: input.organizationId, stageKind: input.stageKind, jobId };
  const terms = {
    level: input.level,
    candidateDeadlineBusinessDays: input.candidateDeadlineBusinessDays,
    scorecardDeadlineHours: input.scorecardDeadlineHours,
    statusCadenceDays: input.statusCadenceDays,
  };
  const row = await ctx.prisma.$transaction(async (tx) => {
    const draft = await tx.feedbackPromise.findFirst({ where: { ...key, status: "DRAFT" } });
    if (draft) return tx.feedbackPromise.update({ where: { id: draft.id }, data: terms, include: promiseInclude });
    const latest = await tx.feedbackPromise.aggregate({ where: key, _max: { version: true } });
    return tx.feedbackPromise.create({
      data: { ...key, ...terms, version: (latest._max.version ?? 0) + 1, status: "DRAFT" },
      include: promiseInclude,
    });
  });
  return toPromiseView(row);
}

/** A draft in an organisation where the viewer is an admin. */
async function adminScopedDraft(ctx: SignedInContext, id: string) {
  const draft = await ctx.prisma.feedbackPromise.findFirst({
    where: { id, organizationId: { in: await organizationsWhere(ctx, ADMINS) } },
  });
  if (!draft) throw notFound("Promise");
  if (draft.status !== "DRAFT") throw badRequest("Only a draft can be published or discarded; this version is final.");
  return draft;
}

export async function publishPromise(ctx: SignedInContext, id: string) {
  const draft = await adminScopedDraft(ctx, id);
  const row = await ctx.prisma.$transaction(async (tx) => {
    await tx.feedbackPromise.updateMany({
      where: {
        organizationId: draft.organizationId,
        stageKind: draft.stageKind,
        jobId: draft.jobId,
        status: "PUBLISHED",
      },
      data: { status: "SUPERSEDED" },
    });
    // Claim the draft atomically: publishing twice at once publishes once.
    const claimed = await tx.feedbackPromise.updateMany({
      where: { id, status: "DRAFT" },
      data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: ctx.viewer.user.id },
    });
    if (claimed.count !== 1) throw badRequest("This draft was published or discarded meanwhile.");
    await audit(tx, {
      action: "promise.published",
      actorUserId: ctx.viewer.user.id,
      organizationId: draft.organizationId,
      targetType: "FeedbackPromise",
      targetId: id,
      data: { stageKind: draft.stageKind, jobId: draft.jobId, version: draft.version },
      ip: ctx.client.ip,
    });
    return tx.feedbackPromise.findUniqueOrThrow({ where: { id }, include: promiseInclude });
  });
  return toPromiseView(row);
}

export async function discardPromiseDraft(ctx: SignedInContext, id: string): Promise<boolean> {
  await adminScopedDraft(ctx, id);
  await ctx.prisma.feedbackPromise.deleteMany({ where: { id, status: "DRAFT" } });
  return true;
}

/** The promise in force for a stage of a job: the job's own override, else the organisation's. */
export async function promiseInForce(
  db: Pick<Prisma.TransactionClient, "feedbackPromise">,
  organizationId: string,
  jobId: string,
  stageKind: StageKind,
) {
  const candidates = await db.feedbackPromise.findMany({
    where: { organizationId, stageKind, status: "PUBLISHED", OR: [{ jobId }, { jobId: null }] },
  });
  return candidates.find((p) => p.jobId === jobId) ?? candidates.find((p) => p.jobId === null) ?? null;
}

const holidayInput = z.object({
  organizationId: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date as YYYY-MM-DD, e.g. 2026-12-25.")
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, "That date does not exist in the calendar."),
  name: z.string().trim().min(1, "Name the holiday, e.g. Christmas Day.").max(100, "Use at most 100 characters."),
});

export function listHolidays(ctx: SignedInContext, organizationId: string) {
  return ctx.prisma.holiday.findMany({ where: { organizationId }, orderBy: { date: "asc" } });
}

export async function addHoliday(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(holidayInput, rawInput);
  await roleIn(ctx, input.organizationId, ADMINS);
  const date = new Date(`${input.date}T00:00:00Z`);
  const existing = await ctx.prisma.holiday.findUnique({
    where: { organizationId_date: { organizationId: input.organizationId, date } },
  });
  if (existing)
    throw conflict(`${input.date} is already a holiday (${existing.name}).`, { date: "Already a holiday." });
  return ctx.prisma.holiday.create({ data: { organizationId: input.organizationId, date, name: input.name } });
}

export async function removeHoliday(ctx: SignedInContext, id: string): Promise<boolean> {
  const removed = await ctx.prisma.holiday.deleteMany({
    where: { id, organizationId: { in: await organizationsWhere(ctx, ADMINS) } },
  });
  if (removed.count !== 1) throw notFound("Holiday");
  return true;
}

const organizationInput = z
  .object({
    organizationId: z.string().min(1),
    name: organizationNameSchema.nullish(),
    timeZone: z
      .string()
      .trim()
      .refine(isTimeZone, "Choose a time zone from the list, such as Europe/Berlin or America/New_York.")
      .nullish(),
    publicTrackRecord: z.boolean().nullish(),
  })
  .refine((input) => Boolean(input.name || input.timeZone) || typeof input.publicTrackRecord === "boolean", {
    message: "Nothing to change: give a new name, a time zone or the track record setting.",
    path: ["organizationId"],
  });

export async function updateOrganization(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(organizationInput, rawInput);
  await roleIn(ctx, input.organizationId, ADMINS);
  return ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.organization.update({
      where: { id: input.organizationId },
      data: {
        ...(input.name ? { name: input.name } : {}),
        ...(input.timeZone ? { timeZone: input.timeZone } : {}),
        ...(typeof input.publicTrackRecord === "boolean" ? { publicTrackRecord: input.publicTrackRecord } : {}),
      },
    });
    await audit(tx, {
      action: "organization.updated",
      actorUserId: ctx.viewer.user.id,
      organizationId: input.organizationId,
      data: {
        name: input.name ?? null,
        timeZone: input.timeZone ?? null,
        publicTrackRecord: input.publicTrackRecord ?? null,
      },
      ip: ctx.client.ip,
    });
    return updated;
  });
}
