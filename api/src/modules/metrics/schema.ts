export const metricsSchema = /* GraphQL */ `
  enum TrendInterval {
    WEEK
    MONTH
  }

  enum MetricsBreakdown {
    JOB
    STAGE
    "Admins only."
    INTERVIEWER
  }

  enum MetricsTable {
    HEADLINE
    TREND
    JOB
    STAGE
    "Admins only."
    INTERVIEWER
  }

  input MetricsInput {
    organizationId: ID!
    "Start of the range (inclusive)."
    from: DateTime!
    "End of the range (exclusive); at most 5 years after the start."
    to: DateTime!
    "Trend periods in the organisation's time zone; MONTH when omitted."
    interval: TrendInterval
    jobId: ID
    stageKind: StageKind
    "Admins only."
    interviewerId: ID
  }

  "Mean satisfaction per dimension, 1-5."
  type Satisfaction {
    overall: Float
    communication: Float
    timeliness: Float
    respect: Float
    clarity: Float
    usefulness: Float
  }

  """
  Candidate-experience figures of one group (the whole range, a period, a job, a stage or an interviewer).
  Interview figures count completed interviews that ended in the range; ratings count once the candidate's
  application has closed, and every rating figure is null when fewer than 5 ratings are behind it.
  """
  type MetricFigures {
    interviews: Int!
    "Interviews whose candidate feedback deadline has passed."
    interviewsDue: Int!
    "Of those, released on or before the deadline."
    promisesKept: Int!
    "promisesKept / interviewsDue; null when nothing is due yet."
    promiseKeptRate: Float
    released: Int!
    timeToFeedbackMedianHours: Float
    timeToFeedbackP90Hours: Float
    timeToFeedbackMedianBusinessDays: Float
    timeToFeedbackP90BusinessDays: Float
    "Assigned interviewers' scorecards whose deadline has passed."
    scorecardsDue: Int!
    scorecardsOnTime: Int!
    scorecardOnTimeRate: Float
    "Active applications now (null on trend points: ghosting is measured now, not per period)."
    activeApplications: Int
    "Active applications with no candidate-facing contact within their promised cadence."
    ghostedApplications: Int
    ghostingRate: Float
    "True when fewer than 5 ratings are behind the rating figures (or hiding them keeps a smaller group hidden)."
    ratingsSuppressed: Boolean!
    ratingsSuppressedReason: String
    responses: Int
    "Candidate NPS, -100 to 100."
    nps: Float
    satisfaction: Satisfaction
    "Rating invitations sent in the range to candidates whose application has closed."
    invitations: Int!
    responseRate: Float
  }

  type MetricsTrendPoint {
    "First local day of the week (Monday) or month, YYYY-MM-DD."
    periodStart: String!
    figures: MetricFigures!
  }

  type MetricsBreakdownRow {
    key: ID!
    label: String!
    figures: MetricFigures!
  }

  "A comment a candidate chose to share, without anything that identifies them."
  type SharedRatingComment {
    comment: String!
    "YYYY-MM"
    month: String!
  }

  type SharedRatingComments {
    suppressed: Boolean!
    reason: String
    items: [SharedRatingComment!]!
  }

  type OrganizationMetrics {
    from: DateTime!
    to: DateTime!
    interval: TrendInterval!
    timeZone: String!
    headline: MetricFigures!
    trend: [MetricsTrendPoint!]!
    breakdown(by: MetricsBreakdown!): [MetricsBreakdownRow!]!
    comments: SharedRatingComments!
  }

  extend type Query {
    "Admins and recruiters: the organisation's candidate-experience metrics."
    organizationMetrics(input: MetricsInput!): OrganizationMetrics!
    "The same figures as CSV, one table at a time. Exports are audited."
    organizationMetricsCsv(input: MetricsInput!, table: MetricsTable!): String!
  }
`;
