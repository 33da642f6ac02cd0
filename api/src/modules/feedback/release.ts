import type { FeedbackLevel, Outcome, Prisma } from "@candor/db";
import { businessDaysBetween, lintFeedback, lintText, scoreFindings } from "@candor/domain";
import { z } from "zod";
import type { SignedInContext } from "../../graphql/context.ts";
import { badRequest, conflict, notFound, parseInput, validationError } from "../../graphql/errors.ts";
import { MANAGERS, organizationsWhere } from "../../graphql/guard.ts";
import { audit } from "../audit.ts";
import { afterCommit, notifyFeedbackReleased } from "../notifications/events.ts";
import { organizationCalendar } from "../pipeline/calendar.ts";
import { recordCandidateEvent } from "../pipeline/timeline.ts";
import { type ScorecardRow, scorecardInclude, toScorecardInterview, toScorecardView } from "./scorecards.ts";
import type { ScalePoint } from "./templates.ts";

type Detail = { competency: string; comment: string };

const releaseInclude = { releasedBy: { select: { name: true } } } as const;

const detailsOf = (row: { details: unknown }): Detail[] =>
  Array.isArray(row.details) ? (row.details as Detail[]) : [];

export function toReleaseView(row: Prisma.FeedbackReleaseGetPayload<{ include: typeof releaseInclude }>) {
  return { ...row, details: detailsOf(row), releasedByName: row.releasedBy?.name ?? null };
}

async function managedCompletedInterview(ctx: SignedInContext, interviewId: string) {
  const interview = await ctx.prisma.interview.findFirst({
    where: { id: interviewId, organizationId: { in: await organizationsWhere(ctx, MANAGERS) } },
    include: {
      stage: true,
      promise: true,
      release: { include: releaseInclude },
      assignments: { include: { interviewer: { select: { id: true, name: true, email: true } } } },
      scorecards: { where: { status: "SUBMITTED" }, include: scorecardInclude },
      application: {
        select: {
          id: true,
          candidate: { select: { name: true, email: true } },
          job: { select: { title: true } },
          organization: { select: { name: true } },
        },
      },
    },
  });
  if (!interview) throw notFound("Interview");
  return interview;
}

/** Candidate-facing text compiled from the submitted scorecards' candidate-facing sections only. */
function suggestedSummary(scorecards: ScorecardRow[]): string {
  const strengths = scorecards.map((s) => s.strengths.trim()).filter(Boolean);
  const growth = scorecards.flatMap((s) =>
    (Array.isArray(s.growthAreas) ? (s.growthAreas as Array<{ area: string; suggestion: string }>) : []).map(
      (g) => `${g.area.trim()}: ${g.suggestion.trim()}`,
    ),
  );
  const parts = [];
  if (strengths.length) parts.push(`What went well:\n${strengths.map((s) => `- ${s}`).join("\n")}`);
  if (growth.length) parts.push(`Where to grow:\n${growth.map((g) => `- ${g}`).join("\n")}`);
  return parts.join("\n\n");
}

/** One comment per competency: the written anchor of the interviewers' average rating. */
function suggestedDetails(scorecards: ScorecardRow[]): Detail[] {
  const template = scorecards[0]?.template;
  if (!template) return [];
  return template.competencies.map((competency) => {
    const ratings = scorecards
      .map((s) => s.ratings.find((r) => r.competencyId === competency.id)?.rating)
      .filter((r): r is number => typeof r === "number");
    const scale = competency.scale as unknown as ScalePoint[];
    const average = ratings.length ? Math.round(ratings.reduce((a, b) => a + b, 0) / ratings.length) : null;
    const point = scale.find((p) => p.value === average);
    return { competency: competency.name, comment: point ? `${point.label}: ${point.anchor}` : "" };
  });
}

export async function interviewReview(ctx: SignedInContext, interviewId: string) {
  const interview = await managedCompletedInterview(ctx, interviewId);
  return {
    interview: toScorecardInterview(interview),
    candidateFeedbackDueAt: interview.candidateFeedbackDueAt,
    level: interview.promise?.level ?? null,
    assignedInterviewers: interview.assignments.map((a) => a.interviewer),
    scorecards: interview.scorecards.map(toScorecardView),
    suggestedSummary: suggestedSummary(interview.scorecards),
    suggestedDetails: suggestedDetails(interview.scorecards),
    release: interview.release ? toReleaseView(interview.release) : null,
  };
}

const releaseInput = z.object({
  interviewId: z.string().min(1),
  outcome: z.enum(["ADVANCING", "NOT_ADVANCING", "OFFER"]),
  summary: z.string().trim().max(10_000, "Keep the summary under 10,000 characters.").nullish(),
  details: z
    .array(
      z.object({
        competency: z.string().trim().min(1).max(100),
        comment: z.string().trim().max(2000, "Keep each comment under 2,000 characters."),
      }),
    )
    .max(20)
    .nullish(),
});

/** What a release contains is decided by the promised level: outcome only, a summary, or per competency. */
function contentFor(level: FeedbackLevel, input: z.output<typeof releaseInput>) {
  const fields: Record<string, string> = {};
  const summary = level === "OUTCOME" ? null : input.summary || null;
  const details = level === "DETAILED" ? (input.details ?? []).filter((d) => d.comment) : [];
  if (level !== "OUTCOME" && !summary) fields.summary = "Write a summary for the candidate: the promise includes one.";
  if (level === "DETAILED" && details.length === 0) {
    fields.details = "Write feedback on each competency: the promise is detailed feedback.";
  }
  const texts = [
    ...(summary ? [{ field: "summary", text: summary }] : []),
    ...details.map((d) => ({ field: `details.${d.competency}`, text: d.comment })),
  ];
  for (const { field, text } of texts) {
    for (const finding of lintText(text, field)) {
      if (finding.severity === "BLOCKING" || finding.kind === "BIAS") fields[field] ??= finding.message;
    }
  }
  if (Object.keys(fields).length) throw validationError(fields);
  return { summary, details };
}

export async function releaseFeedback(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(releaseInput, rawInput);
  const interview = await managedCompletedInterview(ctx, input.interviewId);
  if (interview.status !== "COMPLETED") throw badRequest("Feedback is released for interviews that have taken place.");
  if (interview.release) {
    throw conflict(
      `Feedback for this interview was already released on ${interview.release.releasedAt.toISOString()}.`,
    );
  }
  if (interview.scorecards.length === 0) {
    throw badRequest("No scorecard has been submitted for this interview yet; release feedback once one is in.");
  }
  const level = interview.promise?.level ?? "SUMMARY";
  const content = contentFor(level, input);
  const releasedAt = new Date();
  const dueAt = interview.candidateFeedbackDueAt;
  const calendar = await organizationCalendar(ctx.prisma, interview.organizationId);
  const endedAt = interview.endedAt ?? interview.scheduledEnd;
  const { release, delivery } = await ctx.prisma
    .$transaction(async (tx) => {
      const release = await tx.feedbackRelease.create({
        data: {
          interviewId: interview.id,
          applicationId: interview.application.id,
          releasedById: ctx.viewer.user.id,
          level,
          outcome: input.outcome as Outcome,
          summary: content.summary,
          details: content.details,
          dueAt,
          releasedAt,
          keptPromise: dueAt ? releasedAt.getTime() <= dueAt.getTime() : true,
          businessDaysToFeedback: businessDaysBetween(endedAt, releasedAt, calendar),
        },
        include: releaseInclude,
      });
      await recordCandidateEvent(tx, interview.application.id, "feedback.released", {
        interviewId: interview.id,
        releaseId: release.id,
        stageName: interview.stage.name,
        level,
        outcome: input.outcome,
      });
      const delivery = await notifyFeedbackReleased(tx, ctx, {
        applicationId: interview.application.id,
        interviewId: interview.id,
        stageName: interview.stage.name,
      });
      await audit(tx, {
        action: "feedback.released",
        actorUserId: ctx.viewer.user.id,
        organizationId: interview.organizationId,
        targetType: "FeedbackRelease",
        targetId: release.id,
        data: { interviewId: interview.id, keptPromise: release.keptPromise },
        ip: ctx.client.ip,
      });
      return { release, delivery };
    })
    .catch((error: unknown) => {
      // Two releases at once: the unique interview id lets one through.
      if ((error as { code?: string }).code === "P2002")
        throw conflict("Feedback for this interview was just released.");
      throw error;
    });
  await afterCommit(ctx, delivery);
  return toReleaseView(release);
}

/** Records when the candidate first opened released feedback; only the candidate it was released to. */
export async function markFeedbackRead(ctx: SignedInContext, interviewId: string) {
  const where = { interviewId, application: { candidate: { userId: ctx.viewer.user.id } } };
  const release = await ctx.prisma.feedbackRelease.findFirst({ where });
  if (!release) throw notFound("Feedback");
  if (!release.readAt) {
    await ctx.prisma.feedbackRelease.updateMany({
      where: { id: release.id, readAt: null },
      data: { readAt: new Date() },
    });
  }
  return toCandidateFeedback(await ctx.prisma.feedbackRelease.findUniqueOrThrow({ where: { id: release.id } }));
}

/** The candidate-facing projection of a release: no author, no internal data. */
export function toCandidateFeedback(row: {
  id: string;
  level: FeedbackLevel;
  outcome: Outcome;
  summary: string | null;
  details: unknown;
  releasedAt: Date;
  readAt: Date | null;
  keptPromise: boolean;
}) {
  return {
    id: row.id,
    level: row.level,
    outcome: row.outcome,
    summary: row.summary,
    details: detailsOf(row),
    releasedAt: row.releasedAt,
    readAt: row.readAt,
    keptPromise: row.keptPromise,
  };
}

const lintInput = z.object({
  strengths: z.string().max(10_000).nullish(),
  growthAreas: z
    .array(z.object({ area: z.string().max(500), suggestion: z.string().max(1000) }))
    .max(10)
    .nullish(),
  privateNotes: z.string().max(10_000).nullish(),
  summary: z.string().max(10_000).nullish(),
});

/** Live hints for text being typed: the scorecard's candidate-facing sections and a release summary. */
export function lintDraftText(rawInput: unknown) {
  const input = parseInput(lintInput, rawInput);
  const scorecardText = input.strengths != null || input.growthAreas != null || input.privateNotes != null;
  const findings = [
    ...(scorecardText
      ? lintFeedback({
          competencies: [],
          strengths: input.strengths ?? "",
          growthAreas: (input.growthAreas ?? []).filter((g) => g.area || g.suggestion),
          privateNotes: input.privateNotes ?? "",
        }).findings
      : []),
    ...(input.summary ? lintText(input.summary, "summary") : []),
  ];
  return { findings, blocking: findings.some((f) => f.severity === "BLOCKING"), score: scoreFindings(findings) };
}
