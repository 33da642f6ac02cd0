import {
  ANONYMITY_THRESHOLD,
  type GroupResult,
  metricsRangeProblem,
  rate,
  STAGE_KINDS,
  suppressBreakdown,
} from "@candor/domain";
import { z } from "zod";
import type { SignedInContext } from "../../graphql/context.ts";
import { forbidden, parseInput, validationError } from "../../graphql/errors.ts";
import { ADMINS, MANAGERS, roleIn } from "../../graphql/guard.ts";
import {
  type GhostingAggregate,
  type Grouping,
  ghostingAggregates,
  type InterviewAggregate,
  type InvitationAggregate,
  interviewAggregates,
  invitationAggregates,
  type MetricsScope,
  PROCESS_KEY,
  periodStarts,
  type RatingAggregate,
  ratingAggregates,
  type ScorecardAggregate,
  scorecardAggregates,
  scorecardsPerInterviewer,
  sharedComments,
} from "./queries.ts";

export const metricsInput = z
  .object({
    organizationId: z.string().min(1),
    from: z.date({ error: "Give the start of the range." }),
    to: z.date({ error: "Give the end of the range." }),
    interval: z.enum(["WEEK", "MONTH"]).nullish(),
    jobId: z.string().trim().min(1).nullish(),
    stageKind: z.enum(STAGE_KINDS).nullish(),
    interviewerId: z.string().trim().min(1).nullish(),
  })
  .superRefine((input, issues) => {
    const problem = metricsRangeProblem(input.from, input.to);
    if (problem) issues.addIssue({ code: "custom", path: ["to"], message: problem });
  });

export type MetricsRequest = MetricsScope & { role: string };

/** Checks the caller's role and that every filter names something of this organisation. */
export async function metricsRequest(ctx: SignedInContext, rawInput: unknown): Promise<MetricsRequest> {
  const input = parseInput(metricsInput, rawInput);
  const role = await roleIn(ctx, input.organizationId, MANAGERS);
  if (input.interviewerId && role !== "ADMIN") {
    throw forbidden("Only admins can see figures per interviewer.");
  }
  const [organization, job, interviewer] = await Promise.all([
    ctx.prisma.organization.findUniqueOrThrow({ where: { id: input.organizationId }, select: { timeZone: true } }),
    input.jobId ? ctx.prisma.job.findFirst({ where: { id: input.jobId, organizationId: input.organizationId } }) : null,
    input.interviewerId
      ? ctx.prisma.membership.findFirst({
          where: { userId: input.interviewerId, organizationId: input.organizationId },
        })
      : null,
  ]);
  const fields: Record<string, string> = {};
  if (input.jobId && !job) fields.jobId = "That job is not one of this organisation's jobs.";
  if (input.interviewerId && !interviewer) fields.interviewerId = "That person is not a member of this organisation.";
  if (Object.keys(fields).length) throw validationError(fields);
  return {
    role,
    organizationId: input.organizationId,
    from: input.from,
    to: input.to,
    now: new Date(),
    interval: input.interval ?? "MONTH",
    timeZone: organization.timeZone,
    jobId: input.jobId,
    stageKind: input.stageKind,
    interviewerId: input.interviewerId,
  };
}

type Aggregates = {
  interviews?: InterviewAggregate | undefined;
  scorecards?: ScorecardAggregate | undefined;
  ratings?: RatingAggregate | undefined;
  invitations?: InvitationAggregate | undefined;
  ghosting?: GhostingAggregate | undefined;
};

const RATINGS_HIDDEN = `Fewer than ${ANONYMITY_THRESHOLD} ratings`;

/** The figures of one group; rating figures only when `ratings` is visible (anonymity already applied). */
function figures(rows: Aggregates, ratings: GroupResult<RatingAggregate | undefined>, withGhosting: boolean) {
  const i = rows.interviews;
  // Per assigned interviewer when grouped or filtered by interviewer; otherwise the interview scan's counts.
  const scorecards = rows.scorecards
    ? { due: rows.scorecards.due, onTime: rows.scorecards.on_time }
    : { due: i?.scorecards_due ?? 0, onTime: i?.scorecards_on_time ?? 0 };
  const visible = !ratings.suppressed ? ratings.value : undefined;
  const responses = ratings.suppressed ? null : (visible?.responses ?? 0);
  const satisfaction =
    visible && visible.responses > 0
      ? {
          overall: visible.overall,
          communication: visible.communication,
          timeliness: visible.timeliness,
          respect: visible.respect,
          clarity: visible.clarity,
          usefulness: visible.usefulness,
        }
      : null;
  return {
    interviews: i?.interviews ?? 0,
    interviewsDue: i?.due ?? 0,
    promisesKept: i?.kept ?? 0,
    promiseKeptRate: rate(i?.kept ?? 0, i?.due ?? 0),
    released: i?.released ?? 0,
    timeToFeedbackMedianHours: i?.ttf_hours?.[0] ?? null,
    timeToFeedbackP90Hours: i?.ttf_hours?.[1] ?? null,
    timeToFeedbackMedianBusinessDays: i?.ttf_business_days?.[0] ?? null,
    timeToFeedbackP90BusinessDays: i?.ttf_business_days?.[1] ?? null,
    scorecardsDue: scorecards.due,
    scorecardsOnTime: scorecards.onTime,
    scorecardOnTimeRate: rate(scorecards.onTime, scorecards.due),
    activeApplications: withGhosting ? (rows.ghosting?.active ?? 0) : null,
    ghostedApplications: withGhosting ? (rows.ghosting?.ghosted ?? 0) : null,
    ghostingRate: withGhosting ? rate(rows.ghosting?.ghosted ?? 0, rows.ghosting?.active ?? 0) : null,
    ratingsSuppressed: ratings.suppressed,
    ratingsSuppressedReason: ratings.suppressed ? ratings.reason : null,
    responses,
    nps: visible && visible.responses > 0 ? visible.nps : null,
    satisfaction,
    invitations: rows.invitations?.invitations ?? 0,
    responseRate: ratings.suppressed ? null : rate(rows.invitations?.answered ?? 0, rows.invitations?.invitations ?? 0),
  };
}
export type MetricFigures = ReturnType<typeof figures>;

/** Hides the rating figures of any group under the threshold, and of the whole below it. */
function ratingVisibility(keys: readonly string[], ratings: Map<string | null, RatingAggregate>) {
  const groups = keys.map((key) => ({ key, count: ratings.get(key)?.responses ?? 0, value: ratings.get(key) }));
  return new Map(suppressBreakdown(groups).map((group) => [group.key, group]));
}

function wholeVisibility(total: RatingAggregate | undefined): GroupResult<RatingAggregate | undefined> {
  const count = total?.responses ?? 0;
  return count < ANONYMITY_THRESHOLD
    ? { key: "all", suppressed: true, count: null, value: null, reason: RATINGS_HIDDEN }
    : { key: "all", suppressed: false, count, value: total };
}

/** Headline figures and the trend, from one grouped pass per family (GROUPING SETS gives the total). */
export async function headlineAndTrend(ctx: SignedInContext, scope: MetricsScope) {
  const [interviews, scorecards, ratings, invitations, ghosting] = await Promise.all([
    interviewAggregates(ctx.prisma, scope, "period", true),
    scorecardsPerInterviewer(scope, "period") ? scorecardAggregates(ctx.prisma, scope, "period", true) : null,
    ratingAggregates(ctx.prisma, scope, "period", true),
    invitationAggregates(ctx.prisma, scope, "period", true),
    ghostingAggregates(ctx.prisma, scope, "total"),
  ]);
  const whole = wholeVisibility(ratings.get(null));
  const headline = figures(
    {
      interviews: interviews.get(null),
      scorecards: scorecards?.get(null),
      ratings: ratings.get(null),
      invitations: invitations.get(null),
      ghosting: ghosting.get("all"),
    },
    whole,
    true,
  );
  const periods = periodStarts(scope).map((period) => period.periodStart);
  const visibility = ratingVisibility(periods, ratings);
  const trend = periods.map((periodStart) => ({
    periodStart,
    figures: figures(
      {
        interviews: interviews.get(periodStart),
        scorecards: scorecards?.get(periodStart),
        invitations: invitations.get(periodStart),
      },
      whole.suppressed ? whole : (visibility.get(periodStart) as GroupResult<RatingAggregate | undefined>),
      false,
    ),
  }));
  return { headline, trend };
}

export type BreakdownDimension = "JOB" | "STAGE" | "INTERVIEWER";

const GROUPING_OF: Record<BreakdownDimension, Grouping> = { JOB: "job", STAGE: "stage", INTERVIEWER: "interviewer" };

/** One row per job, stage kind (plus the whole process) or interviewer, with every figure. */
export async function breakdown(ctx: SignedInContext, request: MetricsRequest, by: BreakdownDimension) {
  if (by === "INTERVIEWER") await roleIn(ctx, request.organizationId, ADMINS);
  const grouping = GROUPING_OF[by];
  const [interviews, scorecards, ratings, invitations, ghosting] = await Promise.all([
    interviewAggregates(ctx.prisma, request, grouping),
    scorecardsPerInterviewer(request, grouping) ? scorecardAggregates(ctx.prisma, request, grouping) : null,
    ratingAggregates(ctx.prisma, request, grouping),
    invitationAggregates(ctx.prisma, request, grouping),
    ghostingAggregates(ctx.prisma, request, grouping),
  ]);
  const labels = await breakdownLabels(ctx, request.organizationId, by);
  const keys = [...labels.keys()].filter(
    (key) =>
      interviews.has(key) || scorecards?.has(key) || ratings.has(key) || invitations.has(key) || ghosting.has(key),
  );
  const visibility = ratingVisibility(keys, ratings);
  return keys.map((key) => ({
    key,
    label: labels.get(key) ?? key,
    figures: figures(
      {
        interviews: interviews.get(key),
        scorecards: scorecards?.get(key),
        invitations: invitations.get(key),
        ghosting: ghosting.get(key),
      },
      visibility.get(key) as GroupResult<RatingAggregate | undefined>,
      true,
    ),
  }));
}

const STAGE_LABELS: Record<string, string> = {
  SCREEN: "Screen",
  TECHNICAL: "Technical",
  ONSITE: "Onsite",
  FINAL: "Final",
  OTHER: "Other",
  [PROCESS_KEY]: "Whole process",
};

/** Row keys in display order with their labels. */
async function breakdownLabels(ctx: SignedInContext, organizationId: string, by: BreakdownDimension) {
  if (by === "STAGE") return new Map([...STAGE_KINDS, PROCESS_KEY].map((kind) => [kind, STAGE_LABELS[kind] ?? kind]));
  if (by === "JOB") {
    const jobs = await ctx.prisma.job.findMany({ where: { organizationId }, orderBy: { title: "asc" } });
    return new Map(jobs.map((job) => [job.id, job.title]));
  }
  const members = await ctx.prisma.user.findMany({
    where: { memberships: { some: { organizationId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return new Map(members.map((member) => [member.id, member.name]));
}

export const SHARED_COMMENTS_SHOWN = 50;

/**
 * Shared comments of the filtered ratings, only when those ratings are at least the threshold. When the
 * headline is computed in the same request, `ratingsHidden` is its answer, so the count is not asked again.
 */
export async function comments(ctx: SignedInContext, scope: MetricsScope, ratingsHidden?: Promise<boolean>) {
  const hidden = ratingsHidden
    ? await ratingsHidden
    : ((await ratingAggregates(ctx.prisma, scope, "total")).get("all")?.responses ?? 0) < ANONYMITY_THRESHOLD;
  if (hidden) return { suppressed: true, reason: RATINGS_HIDDEN, items: [] };
  return { suppressed: false, reason: null, items: await sharedComments(ctx.prisma, scope, SHARED_COMMENTS_SHOWN) };
}
