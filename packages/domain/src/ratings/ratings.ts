import { z } from "zod";

/** What every invitation to rate tells the candidate (DESIGN: "Experience rating"). */
export const RATING_PROMISE =
  "Your rating is shown to the company only in aggregate, with at least four other candidates' ratings, and counts only once your application has closed, so rating honestly can never affect a decision.";

/** A candidate may change a rating for this long after first submitting it. */
export const RATING_EDIT_WINDOW_DAYS = 7;
const MS_PER_DAY = 86_400_000;

/** The scope of a rating of the whole process (a stage rating's scope is the stage id). */
export const PROCESS_SCOPE = "process";

/** Application statuses after which a rating counts in the company's figures (DESIGN: "Experience rating"). */
export const CLOSED_APPLICATION_STATUSES = ["HIRED", "REJECTED", "WITHDRAWN"] as const;

const score = (min: number, max: number, what: string) =>
  z
    .number({ error: `Rate ${what} from ${min} to ${max}.` })
    .int(`Rate ${what} with a whole number from ${min} to ${max}.`)
    .min(min, `Rate ${what} from ${min} to ${max}.`)
    .max(max, `Rate ${what} from ${min} to ${max}.`);

export const RATING_DIMENSION_LABELS = {
  overall: "Overall experience",
  communication: "Communication",
  timeliness: "Timeliness",
  respect: "Respect",
  clarity: "Clarity of the process",
  usefulness: "Usefulness of feedback",
} as const;

export const RATING_COMMENT_MAX = 2000;

/** The scores and comment a candidate gives; the same rules for a new rating and an edit. */
/** The numeric scores of a rating (its comment and sharing choice aside). */
export const RATING_SCORE_FIELDS = [
  "overall",
  "recommend",
  "communication",
  "timeliness",
  "respect",
  "clarity",
  "usefulness",
] as const;
export type RatingScoreField = (typeof RATING_SCORE_FIELDS)[number];

export const ratingScoresSchema = z.object({
  overall: score(1, 5, "your overall experience"),
  recommend: score(0, 10, "how likely you are to recommend applying"),
  communication: score(1, 5, "communication"),
  timeliness: score(1, 5, "timeliness"),
  respect: score(1, 5, "respect"),
  clarity: score(1, 5, "clarity"),
  usefulness: score(1, 5, "the usefulness of the feedback"),
  comment: z
    .string()
    .trim()
    .max(RATING_COMMENT_MAX, `Keep the comment under ${RATING_COMMENT_MAX} characters.`)
    .nullish()
    .transform((value) => value || null),
  shareComment: z.boolean().default(false),
});
export type RatingScores = z.output<typeof ratingScoresSchema>;

/** The last instant a rating first submitted at `createdAt` can be changed. */
export function ratingEditableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + RATING_EDIT_WINDOW_DAYS * MS_PER_DAY);
}

export function ratingEditable(createdAt: Date, now: Date): boolean {
  return now.getTime() <= ratingEditableUntil(createdAt).getTime();
}

export interface RatableApplication {
  status: string;
  closedAt: Date | null;
  interviews: ReadonlyArray<{
    stageId: string;
    status: string;
    /** When feedback on this interview was released, if it was. */
    releasedAt: Date | null;
  }>;
}

export interface RatingInvitation {
  /** The stage id, or {@link PROCESS_SCOPE}. */
  scope: string;
  stageId: string | null;
  invitedAt: Date;
}

/**
 * What a candidate is invited to rate: each stage once feedback on one of its interviews was released
 * (invited at the first release), and the whole process once the application has closed after at least one
 * interview took place (every interviewed candidate, hired or not).
 */
export function ratingInvitations(application: RatableApplication): RatingInvitation[] {
  const firstReleaseByStage = new Map<string, Date>();
  for (const interview of application.interviews) {
    if (!interview.releasedAt) continue;
    const seen = firstReleaseByStage.get(interview.stageId);
    if (!seen || interview.releasedAt < seen) firstReleaseByStage.set(interview.stageId, interview.releasedAt);
  }
  const invitations: RatingInvitation[] = [...firstReleaseByStage].map(([stageId, invitedAt]) => ({
    scope: stageId,
    stageId,
    invitedAt,
  }));
  const interviewed = application.interviews.some((i) => i.status === "COMPLETED");
  const closed = (CLOSED_APPLICATION_STATUSES as readonly string[]).includes(application.status);
  if (closed && interviewed && application.closedAt) {
    invitations.push({ scope: PROCESS_SCOPE, stageId: null, invitedAt: application.closedAt });
  }
  return invitations.sort((a, b) => a.invitedAt.getTime() - b.invitedAt.getTime());
}

/** How many of an application's invitations are not answered yet (the scopes rated are answered). */
export function openRatingInvitations(application: RatableApplication, ratedScopes: Iterable<string>): number {
  const rated = new Set(ratedScopes);
  return ratingInvitations(application).filter((invitation) => !rated.has(invitation.scope)).length;
}
