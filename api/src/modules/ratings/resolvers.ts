import { openRatingInvitations, type RatableApplication } from "@candor/domain";
import { allowSignedIn } from "../../graphql/guard.ts";
import { invitationsWithRatings, type Ratable, rateExperience, updateExperienceRating } from "./service.ts";

export const ratingsResolvers = {
  Mutation: {
    rateExperience: allowSignedIn((args: { input: unknown }, ctx) => rateExperience(ctx, args.input)),
    updateExperienceRating: allowSignedIn((args: { input: unknown }, ctx) => updateExperienceRating(ctx, args.input)),
  },
  // Both parents come from owner-scoped queries (candidateApplication, candidateHome) that read what these need.
  CandidateApplicationDetail: {
    ratingInvitations: (parent: { ratable: Ratable }) => invitationsWithRatings(parent.ratable),
  },
  CandidateApplication: {
    openRatingInvitations: (parent: { ratable: RatableApplication; ratedScopes: string[] }) =>
      openRatingInvitations(parent.ratable, parent.ratedScopes),
  },
};
