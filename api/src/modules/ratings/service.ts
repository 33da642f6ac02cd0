import type { ApplicationStatus, InterviewStatus, PrismaClient } from "@candor/db";
import {
  PROCESS_SCOPE,
  RATING_EDIT_WINDOW_DAYS,
  type RatingInvitation,
  type RatingScores,
  ratingEditable,
  ratingEditableUntil,
  ratingInvitations,
  ratingScoresSchema,
} from "@candor/domain";
import { z } from "zod";
import type { SignedInContext } from "../../graphql/context.ts";
import { badRequest, conflict, notFound, parseInput } from "../../graphql/errors.ts";

type Db = Pick<PrismaClient, "application">;
const DAY_MS = 86_400_000;

const ratableSelect = {
  id: true,
  organizationId: true,
  candidateId: true,
  status: true,
  closedAt: true,
  interviews: {
    select: {
      stageId: true,
      status: true,
      stage: { select: { name: true } },
      release: { select: { releasedAt: true } },
    },
  },
  ratings: true,
} as const;

/** A rating as its author sees it. */
export type MyRatingSource = RatingScores & { id: string; scope: string; createdAt: Date; updatedAt: Date };

/** What an application's rating invitations are worked out from. */
export interface Ratable {
  status: ApplicationStatus;
  closedAt: Date | null;
  interviews: Array<{
    stageId: string;
    status: InterviewStatus;
    stage: { name: string };
    release: { releasedAt: Date } | null;
  }>;
  ratings: MyRatingSource[];
}

function loadRatable(db: Db, where: { id: string; candidate: { userId: string } }) {
  return db.application.findMany({ where, select: ratableSelect });
}

export function toMyRating(row: MyRatingSource, stageName: string | null, now = new Date()) {
  return {
    ...row,
    stageName,
    editableUntil: ratingEditableUntil(row.createdAt),
    editable: ratingEditable(row.createdAt, now),
  };
}

function stageNames(row: Ratable) {
  return new Map(row.interviews.map((interview) => [interview.stageId, interview.stage.name]));
}

function invitationsOf(row: Ratable): RatingInvitation[] {
  return ratingInvitations({
    status: row.status,
    closedAt: row.closedAt,
    interviews: row.interviews.map((i) => ({
      stageId: i.stageId,
      status: i.status,
      releasedAt: i.release?.releasedAt ?? null,
    })),
  });
}

/** An application's invitations, each with the rating given, if any. */
export function invitationsWithRatings(row: Ratable) {
  const names = stageNames(row);
  return invitationsOf(row).map((invitation) => {
    const rating = row.ratings.find((r) => r.scope === invitation.scope);
    const stageName = invitation.stageId ? (names.get(invitation.stageId) ?? null) : null;
    return { ...invitation, stageName, rating: rating ? toMyRating(rating, stageName) : null };
  });
}

const rateInput = ratingScoresSchema.extend({
  applicationId: z.string().trim().min(1, "Choose the application to rate."),
  scope: z.string().trim().min(1, "Choose what to rate: a stage or the whole process."),
});

/** A candidate rates one scope of their own application; a second rating of the same scope is refused. */
export async function rateExperience(ctx: SignedInContext, rawInput: unknown) {
  const { applicationId, scope, ...scores } = parseInput(rateInput, rawInput);
  const [row] = await loadRatable(ctx.prisma, { id: applicationId, candidate: { userId: ctx.viewer.user.id } });
  if (!row) throw notFound("Application");
  const invitation = invitationsOf(row).find((i) => i.scope === scope);
  if (!invitation) {
    throw badRequest(
      scope === PROCESS_SCOPE
        ? "You can rate the whole process once your application has closed after an interview."
        : "You can rate a stage once feedback on it has been released to you.",
    );
  }
  const existing = row.ratings.find((r) => r.scope === scope);
  if (existing) throw alreadyRated(existing.createdAt);
  const created = await ctx.prisma.experienceRating
    .create({
      data: {
        ...scores,
        organizationId: row.organizationId,
        candidateId: row.candidateId,
        applicationId,
        scope,
        stageId: invitation.stageId,
      },
    })
    .catch((error: unknown) => {
      // Two submissions at once: the unique (application, scope) lets exactly one through.
      if ((error as { code?: string }).code === "P2002") throw alreadyRated(new Date());
      throw error;
    });
  return toMyRating(created, invitation.stageId ? (stageNames(row).get(invitation.stageId) ?? null) : null);
}

function alreadyRated(createdAt: Date) {
  return conflict(
    `You have already rated this. You can change your rating until ${ratingEditableUntil(createdAt).toUTCString()}.`,
  );
}

const updateInput = ratingScoresSchema.extend({ id: z.string().trim().min(1) });

/** Changes the viewer's own rating within its edit window; the window is checked in the UPDATE itself. */
export async function updateExperienceRating(ctx: SignedInContext, rawInput: unknown) {
  const { id, ...scores } = parseInput(updateInput, rawInput);
  const now = new Date();
  const rating = await ctx.prisma.experienceRating.findFirst({
    where: { id, candidate: { userId: ctx.viewer.user.id } },
    include: { stage: { select: { name: true } } },
  });
  if (!rating) throw notFound("Rating");
  const until = ratingEditableUntil(rating.createdAt);
  const updated = await ctx.prisma.experienceRating.updateMany({
    where: { id, createdAt: { gte: new Date(now.getTime() - RATING_EDIT_WINDOW_DAYS * DAY_MS) } },
    data: scores,
  });
  if (updated.count !== 1) {
    throw conflict(`Ratings can be changed for 7 days; this one could be changed until ${until.toUTCString()}.`);
  }
  const row = await ctx.prisma.experienceRating.findUniqueOrThrow({ where: { id } });
  return toMyRating(row, rating.stage?.name ?? null, now);
}
