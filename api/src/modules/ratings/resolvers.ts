import type { Context, SignedInContext } from "../../graphql/context.ts";
import { allowSignedIn } from "../../graphql/guard.ts";
import { openInvitationCounts, rateExperience, ratingInvitationsOf, updateExperienceRating } from "./service.ts";

type Query<T> = { obj: T; params: unknown };

export const ratingsResolvers = {
  Mutation: {
    rateExperience: allowSignedIn((args: { input: unknown }, ctx) => rateExperience(ctx, args.input)),
    updateExperienceRating: allowSignedIn((args: { input: unknown }, ctx) => updateExperienceRating(ctx, args.input)),
  },
  CandidateApplicationDetail: {
    // The parent comes from the owner-scoped candidateApplication query; the lookup is owner-scoped again.
    ratingInvitations: (parent: { id: string }, _args: unknown, ctx: SignedInContext) =>
      ratingInvitationsOf(ctx, parent.id),
  },
};

export const ratingsLoaders = {
  CandidateApplication: {
    openRatingInvitations: (queries: Query<{ id: string }>[], ctx: Context) =>
      openInvitationCounts(
        ctx.prisma,
        queries.map((q) => q.obj.id),
      ),
  },
};
