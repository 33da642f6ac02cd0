/**
 * The GraphQL documents of the hot paths: the same ones the portal sends (web/app/lib/operations.ts),
 * and the dashboard's. Adjust the dashboard here when its schema gains or renames fields.
 */
import {
  CandidateApplicationQuery,
  CandidateHomeQuery,
  InterviewerHomeQuery,
  PublicPromisePageQuery,
  SaveScorecardDraftMutation,
} from "../../web/app/lib/operations.ts";

export const CANDIDATE_HOME = CandidateHomeQuery.source;
export const CANDIDATE_APPLICATION = CandidateApplicationQuery.source;
export const INTERVIEWER_HOME = InterviewerHomeQuery.source;
export const SAVE_SCORECARD_DRAFT = SaveScorecardDraftMutation.source;
export const PUBLIC_PROMISE_PAGE = PublicPromisePageQuery.source;

/**
 * Issue 5's dashboard: every headline figure plus a 12-month trend (api/src/modules/metrics/schema.ts: a trend
 * point's figures are nested under `figures`). Allowed for ADMIN and RECRUITER.
 */
export const DASHBOARD = `query Dashboard($input: MetricsInput!) {
  organizationMetrics(input: $input) {
    headline {
      promiseKeptRate interviewsDue promisesKept timeToFeedbackMedianHours timeToFeedbackP90Hours
      scorecardOnTimeRate ghostingRate nps responses responseRate
    }
    trend { periodStart figures { promiseKeptRate timeToFeedbackMedianHours nps } }
  }
}`;

/** The dashboard's input: the last 12 months of one organisation, by month. */
export function dashboardVariables(organizationId: string, now: Date) {
  const from = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1));
  return { input: { organizationId, from: from.toISOString(), to: now.toISOString(), interval: "MONTH" } };
}
