import type { StageKind } from "@candor/db";
import {
  ADMINS,
  ALL_STAFF,
  allowRoles,
  allowSignedIn,
  byInputOrganization,
  byOrganization,
} from "../../graphql/guard.ts";
import * as release from "./release.ts";
import * as scorecards from "./scorecards.ts";
import * as templates from "./templates.ts";

export const feedbackResolvers = {
  Query: {
    scorecardForm: allowSignedIn((args: { interviewId: string }, ctx) =>
      scorecards.scorecardForm(ctx, args.interviewId),
    ),
    interviewReview: allowSignedIn((args: { interviewId: string }, ctx) =>
      release.interviewReview(ctx, args.interviewId),
    ),
    formTemplates: allowRoles(ALL_STAFF, byOrganization, (args, ctx) =>
      templates.listTemplates(ctx, args.organizationId),
    ),
    lintFeedbackText: allowRoles(ALL_STAFF, byOrganization, (args: { organizationId: string; input: unknown }) =>
      release.lintDraftText(args.input),
    ),
  },
  Mutation: {
    saveScorecardDraft: allowSignedIn((args: { input: unknown }, ctx) =>
      scorecards.saveScorecardDraft(ctx, args.input),
    ),
    submitScorecard: allowSignedIn((args: { input: unknown }, ctx) => scorecards.submitScorecard(ctx, args.input)),
    saveFormTemplate: allowRoles(
      ADMINS,
      byInputOrganization,
      (args: { input: { organizationId: string; stageKind: StageKind } }, ctx) =>
        templates.saveTemplate(ctx, args.input),
    ),
    releaseFeedback: allowSignedIn((args: { input: unknown }, ctx) => release.releaseFeedback(ctx, args.input)),
    markFeedbackRead: allowSignedIn((args: { interviewId: string }, ctx) =>
      release.markFeedbackRead(ctx, args.interviewId),
    ),
  },
};
