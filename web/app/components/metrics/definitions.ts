/**
 * What each figure means, as the API computes it (api/src/modules/metrics/queries.ts); the README's
 * "Metrics" section says the same at more length.
 */
export const DEFINITIONS = {
  promiseKept:
    "Of the completed interviews that ended in the range and whose candidate feedback deadline has passed, the share whose feedback was released on or before that deadline. A passed deadline without a release counts as broken. Interviews whose deadline is still ahead are not counted yet, even if their feedback is already out. Each interview keeps the deadline promised when it was scheduled.",
  timeToFeedback:
    "The time from the end of an interview to the release of its candidate feedback, over completed interviews that ended in the range and have been released. The median is the middle time: half were released faster. The 90th percentile shows the slow tail a median hides: 9 in 10 were released at least this fast. Percentiles interpolate between the two nearest times (as PostgreSQL's percentile_cont does). Hours are elapsed time; business days are counted on local dates in the organisation's time zone, skipping weekends and its holidays (released the same day = 0).",
  scorecardOnTime:
    "For every interviewer assigned to a completed interview that ended in the range and whose scorecard deadline has passed, the share who submitted their scorecard on or before it. A passed deadline without a submitted scorecard counts as late.",
  ghosting:
    "Measured now, whatever the date range: of the applications active today, the share whose last candidate-facing contact (or, before any, the application itself) is older than the status-update cadence promised for their current stage — the job's own promise first, then the organisation's, 7 days when none is published. Job, stage and interviewer filters apply; there is no figure per period.",
  nps: "From ratings given in the range, counted only once the candidate's application has closed (so that an honest rating can never affect a decision): 100 × (promoters − detractors) ÷ responses, where promoters answered 9–10 and detractors 0–6 to how likely they are to recommend applying. From −100 to +100. Hidden when fewer than 5 ratings are behind it.",
  satisfaction:
    "The mean of each 1–5 answer over the same ratings as the NPS: overall experience, communication, timeliness, respect, clarity, and usefulness of the feedback. Hidden when fewer than 5 ratings are behind it.",
  responseRate:
    "Of the rating invitations sent in the range to candidates whose application has since closed (one per stage at its first feedback release, and one for the whole process when an application closes after an interview), the share that was answered. Hidden with the other rating figures when fewer than 5 ratings are behind them.",
} as const;

export type DefinitionKey = keyof typeof DEFINITIONS;
