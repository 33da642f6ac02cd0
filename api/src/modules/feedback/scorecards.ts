import type { Prisma, Recommendation } from "@candor/db";
import { type FeedbackDraft, lintFeedback } from "@candor/domain";
import { z } from "zod";
import type { SignedInContext } from "../../graphql/context.ts";
import { badRequest, conflict, notFound, parseInput, validationError } from "../../graphql/errors.ts";
import { currentTemplate, type ScalePoint, templateInclude } from "./templates.ts";

const TEXT_LIMIT = 5000;

const scorecardInclude = {
  interviewer: { select: { id: true, name: true, email: true } },
  template: { include: templateInclude },
  ratings: true,
} as const satisfies Prisma.ScorecardInclude;

export type ScorecardRow = Prisma.ScorecardGetPayload<{ include: typeof scorecardInclude }>;
type GrowthArea = { area: string; suggestion: string };

function growthAreasOf(row: { growthAreas: unknown }): GrowthArea[] {
  return Array.isArray(row.growthAreas) ? (row.growthAreas as GrowthArea[]) : [];
}

/** The lint draft of a stored scorecard: every competency of its form with what was written. */
export function draftOf(row: ScorecardRow): FeedbackDraft {
  return {
    competencies: row.template.competencies.map((competency) => {
      const rating = row.ratings.find((r) => r.competencyId === competency.id);
      return {
        id: competency.id,
        name: competency.name,
        rating: rating?.rating ?? null,
        scaleMax: (competency.scale as unknown as ScalePoint[]).length,
        evidence: rating?.evidence ?? "",
        evidenceRequired: competency.evidenceRequired,
      };
    }),
    strengths: row.strengths,
    growthAreas: growthAreasOf(row),
    privateNotes: row.privateNotes ?? "",
  };
}

export function toScorecardView(row: ScorecardRow) {
  return { ...row, growthAreas: growthAreasOf(row), lint: lintFeedback(draftOf(row)) };
}

/** An interview the viewer is assigned to, with what the form needs; NOT_FOUND otherwise. */
async function assignedInterview(ctx: SignedInContext, interviewId: string) {
  const interview = await ctx.prisma.interview.findFirst({
    where: { id: interviewId, assignments: { some: { interviewerId: ctx.viewer.user.id } } },
    include: {
      stage: true,
      application: { select: { candidate: { select: { name: true } }, job: { select: { title: true } } } },
    },
  });
  if (!interview) throw notFound("Interview");
  return interview;
}

export function toScorecardInterview(interview: Awaited<ReturnType<typeof assignedInterview>>) {
  return {
    id: interview.id,
    candidateName: interview.application.candidate.name,
    jobTitle: interview.application.job.title,
    stageName: interview.stage.name,
    stageKind: interview.stage.kind,
    status: interview.status,
    scheduledStart: interview.scheduledStart,
    endedAt: interview.endedAt,
    scorecardDueAt: interview.scorecardDueAt,
  };
}

export async function scorecardForm(ctx: SignedInContext, interviewId: string) {
  const interview = await assignedInterview(ctx, interviewId);
  const own = await ctx.prisma.scorecard.findUnique({
    where: { interviewId_interviewerId: { interviewId, interviewerId: ctx.viewer.user.id } },
    include: scorecardInclude,
  });
  const template = own?.template ?? (await currentTemplate(ctx.prisma, interview.organizationId, interview.stage.kind));
  // Independent judgements: others' scorecards stay hidden until the viewer has submitted theirs.
  const peers =
    own?.status === "SUBMITTED"
      ? await ctx.prisma.scorecard.findMany({
          where: { interviewId, status: "SUBMITTED", interviewerId: { not: ctx.viewer.user.id } },
          include: scorecardInclude,
        })
      : [];
  return {
    interview: toScorecardInterview(interview),
    template,
    scorecard: own ? toScorecardView(own) : null,
    peerScorecards: peers.map(toScorecardView),
  };
}

const scorecardInput = z.object({
  interviewId: z.string().min(1),
  baseRevision: z.number().int().nullish(),
  ratings: z
    .array(
      z.object({
        competencyId: z.string().min(1),
        rating: z.number().int().nullish(),
        evidence: z.string().max(TEXT_LIMIT, "Keep evidence under 5,000 characters.").nullish(),
      }),
    )
    .max(20)
    .nullish(),
  strengths: z.string().max(TEXT_LIMIT, "Keep strengths under 5,000 characters.").nullish(),
  growthAreas: z
    .array(
      z.object({
        area: z.string().trim().max(500, "Keep a growth area under 500 characters."),
        suggestion: z.string().trim().max(1000, "Keep a suggestion under 1,000 characters."),
      }),
    )
    .max(10, "Name at most 10 growth areas.")
    .nullish(),
  recommendation: z.enum(["STRONG_NO", "NO", "YES", "STRONG_YES"]).nullish(),
  privateNotes: z.string().max(TEXT_LIMIT, "Keep private notes under 5,000 characters.").nullish(),
});

type ScorecardInput = z.output<typeof scorecardInput>;

/** Writes the draft in its own transaction, so what was typed is kept even if submitting then fails. */
async function saveDraft(ctx: SignedInContext, input: ScorecardInput) {
  const interview = await assignedInterview(ctx, input.interviewId);
  if (interview.status === "CANCELLED") throw badRequest("This interview was cancelled; there is nothing to score.");
  const key = { interviewId_interviewerId: { interviewId: interview.id, interviewerId: ctx.viewer.user.id } };
  return ctx.prisma.$transaction(async (tx) => {
    const existing = await tx.scorecard.findUnique({ where: key, include: scorecardInclude });
    if (existing?.status === "SUBMITTED") return { row: existing, alreadySubmitted: true };
    if (existing && input.baseRevision != null && input.baseRevision !== existing.revision) {
      throw conflict(
        "This scorecard was saved from another tab or device meanwhile. Reload to continue from the latest.",
      );
    }
    const template = existing?.template ?? (await currentTemplate(tx, interview.organizationId, interview.stage.kind));
    const fields: Record<string, string> = {};
    for (const rating of input.ratings ?? []) {
      const competency = template.competencies.find((c) => c.id === rating.competencyId);
      if (!competency) {
        fields[`competencies.${rating.competencyId}.rating`] = "This competency is not on the form.";
        continue;
      }
      const values = (competency.scale as unknown as ScalePoint[]).map((point) => point.value);
      if (rating.rating != null && !values.includes(rating.rating)) {
        fields[`competencies.${competency.id}.rating`] =
          `Rate ${competency.name} from ${Math.min(...values)} to ${Math.max(...values)}.`;
      }
    }
    if (Object.keys(fields).length) throw validationError(fields);

    const data = {
      ...(input.strengths != null ? { strengths: input.strengths } : {}),
      ...(input.growthAreas != null
        ? { growthAreas: input.growthAreas.filter((g) => g.area || g.suggestion) as Prisma.InputJsonValue }
        : {}),
      ...(input.recommendation !== undefined ? { recommendation: input.recommendation as Recommendation | null } : {}),
      ...(input.privateNotes != null ? { privateNotes: input.privateNotes } : {}),
    };
    const scorecard = existing
      ? await tx.scorecard.update({ where: { id: existing.id }, data: { ...data, revision: { increment: 1 } } })
      : await tx.scorecard.create({
          data: {
            interviewId: interview.id,
            interviewerId: ctx.viewer.user.id,
            templateId: template.id,
            revision: 1,
            ...data,
          },
        });
    for (const rating of input.ratings ?? []) {
      const values = {
        rating: rating.rating ?? null,
        ...(rating.evidence != null ? { evidence: rating.evidence } : {}),
      };
      await tx.scorecardRating.upsert({
        where: { scorecardId_competencyId: { scorecardId: scorecard.id, competencyId: rating.competencyId } },
        create: { scorecardId: scorecard.id, competencyId: rating.competencyId, ...values },
        update: values,
      });
    }
    const row = await tx.scorecard.findUniqueOrThrow({ where: { id: scorecard.id }, include: scorecardInclude });
    return { row, alreadySubmitted: false };
  });
}

export async function saveScorecardDraft(ctx: SignedInContext, rawInput: unknown) {
  const { row, alreadySubmitted } = await saveDraft(ctx, parseInput(scorecardInput, rawInput));
  if (alreadySubmitted) throw badRequest("This scorecard is submitted; it can no longer be changed.");
  return toScorecardView(row);
}

/** What must be fixed before a scorecard can be submitted, by field; empty when it is complete. */
function submissionProblems(row: ScorecardRow): Record<string, string> {
  const draft = draftOf(row);
  const problems: Record<string, string> = {};
  for (const competency of draft.competencies) {
    if (competency.rating == null) problems[`competencies.${competency.id}.rating`] = `Rate ${competency.name}.`;
  }
  for (const finding of lintFeedback(draft).findings) {
    if (finding.severity === "BLOCKING") problems[finding.field] ??= finding.message;
  }
  return problems;
}

export async function submitScorecard(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(scorecardInput, rawInput);
  const interview = await assignedInterview(ctx, input.interviewId);
  if (interview.status !== "COMPLETED") {
    throw badRequest(
      interview.status === "CANCELLED"
        ? "This interview was cancelled; there is nothing to submit."
        : "This interview has not taken place yet. Submit the scorecard once it is completed.",
    );
  }
  const { row, alreadySubmitted } = await saveDraft(ctx, input);
  // Submitting twice is harmless: the first submission stands.
  if (alreadySubmitted) return toScorecardView(row);
  const problems = submissionProblems(row);
  if (Object.keys(problems).length) throw validationError(problems);
  const submittedAt = new Date();
  await ctx.prisma.scorecard.updateMany({
    where: { id: row.id, status: "DRAFT" },
    data: {
      status: "SUBMITTED",
      submittedAt,
      late: interview.scorecardDueAt ? submittedAt.getTime() > interview.scorecardDueAt.getTime() : false,
    },
  });
  return toScorecardView(
    await ctx.prisma.scorecard.findUniqueOrThrow({ where: { id: row.id }, include: scorecardInclude }),
  );
}

export { scorecardInclude };
