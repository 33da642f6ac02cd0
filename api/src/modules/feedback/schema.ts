export const feedbackSchema = /* GraphQL */ `
  "One point of a rating scale with its written anchor."
  type RatingAnchor {
    value: Int!
    label: String!
    anchor: String!
  }

  type FormCompetency {
    id: ID!
    name: String!
    description: String!
    position: Int!
    evidenceRequired: Boolean!
    scale: [RatingAnchor!]!
  }

  "A scorecard form for one stage kind; editing creates a new version, old scorecards keep theirs."
  type FormTemplate {
    id: ID!
    stageKind: StageKind!
    version: Int!
    name: String!
    isCurrent: Boolean!
    competencies: [FormCompetency!]!
  }

  enum Recommendation {
    STRONG_NO
    NO
    YES
    STRONG_YES
  }

  enum ScorecardStatus {
    DRAFT
    SUBMITTED
  }

  enum Outcome {
    ADVANCING
    NOT_ADVANCING
    OFFER
  }

  type CompetencyRating {
    competencyId: ID!
    rating: Int
    evidence: String!
  }

  type GrowthArea {
    area: String!
    suggestion: String!
  }

  enum LintKind {
    VAGUE
    PERSONALITY
    MISSING_EVIDENCE
    NO_SUGGESTION
    CONTRADICTION
    BIAS
    TOO_SHORT
  }

  enum LintSeverity {
    BLOCKING
    WARNING
    INFO
  }

  type LintFinding {
    kind: LintKind!
    severity: LintSeverity!
    message: String!
    "Where: strengths, growthAreas.N.area, growthAreas.N.suggestion, competencies.<id>.evidence, privateNotes, summary, details.<competencyId>."
    field: String!
    start: Int!
    end: Int!
    excerpt: String!
  }

  type LintResult {
    "0 to 100; 100 means nothing to improve."
    score: Int!
    "True when a finding must be fixed before submitting or releasing."
    blocking: Boolean!
    findings: [LintFinding!]!
  }

  "An interviewer's scorecard. Internal: staff only, never part of a candidate-facing type."
  type Scorecard {
    id: ID!
    interviewId: ID!
    interviewer: Interviewer!
    status: ScorecardStatus!
    template: FormTemplate!
    ratings: [CompetencyRating!]!
    strengths: String!
    growthAreas: [GrowthArea!]!
    recommendation: Recommendation
    privateNotes: String
    "Increases with every save; send it back as baseRevision to detect edits from another tab."
    revision: Int!
    submittedAt: DateTime
    late: Boolean!
    updatedAt: DateTime!
    lint: LintResult!
  }

  type ScorecardInterview {
    id: ID!
    candidateName: String!
    jobTitle: String!
    stageName: String!
    stageKind: StageKind!
    status: InterviewStatus!
    scheduledStart: DateTime!
    endedAt: DateTime
    scorecardDueAt: DateTime
  }

  "Everything an assigned interviewer needs to write feedback on one interview."
  type ScorecardForm {
    interview: ScorecardInterview!
    template: FormTemplate!
    "The viewer's own scorecard; null until first saved."
    scorecard: Scorecard
    "Other interviewers' submitted scorecards: empty until the viewer has submitted their own."
    peerScorecards: [Scorecard!]!
  }

  "Candidate-facing feedback as released (staff view)."
  type FeedbackRelease {
    id: ID!
    interviewId: ID!
    level: FeedbackLevel!
    outcome: Outcome!
    summary: String
    details: [CompetencyFeedback!]!
    releasedAt: DateTime!
    dueAt: DateTime
    keptPromise: Boolean!
    readAt: DateTime
    releasedByName: String
  }

  type CompetencyFeedback {
    competency: String!
    comment: String!
  }

  "A recruiter's view of one interview's feedback: the scorecards, a prefilled release, the promise."
  type InterviewReview {
    interview: ScorecardInterview!
    candidateFeedbackDueAt: DateTime
    level: FeedbackLevel
    assignedInterviewers: [Interviewer!]!
    scorecards: [Scorecard!]!
    "Candidate-facing text compiled from the submitted scorecards' strengths and growth areas."
    suggestedSummary: String!
    suggestedDetails: [CompetencyFeedback!]!
    release: FeedbackRelease
  }

  input CompetencyRatingInput {
    competencyId: ID!
    rating: Int
    evidence: String
  }

  input GrowthAreaInput {
    area: String!
    suggestion: String!
  }

  input ScorecardInput {
    interviewId: ID!
    "The revision this edit started from; a mismatch means another tab saved meanwhile (CONFLICT)."
    baseRevision: Int
    ratings: [CompetencyRatingInput!]
    strengths: String
    growthAreas: [GrowthAreaInput!]
    recommendation: Recommendation
    privateNotes: String
  }

  input CompetencyFeedbackInput {
    competency: String!
    comment: String!
  }

  input ReleaseFeedbackInput {
    interviewId: ID!
    outcome: Outcome!
    "Required for SUMMARY and DETAILED promises; ignored for OUTCOME."
    summary: String
    "Required for DETAILED promises: one comment per competency."
    details: [CompetencyFeedbackInput!]
  }

  input RatingAnchorInput {
    value: Int!
    label: String!
    anchor: String!
  }

  input FormCompetencyInput {
    name: String!
    description: String!
    evidenceRequired: Boolean!
    "2 to 7 points, values 1..n in order, each with a written anchor."
    scale: [RatingAnchorInput!]!
  }

  input SaveFormTemplateInput {
    organizationId: ID!
    stageKind: StageKind!
    name: String!
    "1 to 10 competencies, in order."
    competencies: [FormCompetencyInput!]!
  }

  input LintDraftInput {
    strengths: String
    growthAreas: [GrowthAreaInput!]
    privateNotes: String
    summary: String
  }

  extend type Query {
    "The viewer's form for an interview they are assigned to."
    scorecardForm(interviewId: ID!): ScorecardForm!
    "Scorecards and release of one interview. Admins and recruiters."
    interviewReview(interviewId: ID!): InterviewReview!
    "Current form templates of an organisation. Any staff member."
    formTemplates(organizationId: ID!): [FormTemplate!]!
    "Lints candidate-facing text as it is typed (no data stored). Signed-in staff."
    lintFeedbackText(organizationId: ID!, input: LintDraftInput!): LintResult!
  }

  extend type Mutation {
    "Saves the viewer's draft (creating it on first save). Nothing typed is lost: call it as they write."
    saveScorecardDraft(input: ScorecardInput!): Scorecard!
    "Saves and submits. Idempotent: submitting an already submitted scorecard returns it unchanged."
    submitScorecard(input: ScorecardInput!): Scorecard!
    "Publishes a new version of a stage kind's form. Admins only."
    saveFormTemplate(input: SaveFormTemplateInput!): FormTemplate!
    "Releases candidate-facing feedback for a completed interview, once."
    releaseFeedback(input: ReleaseFeedbackInput!): FeedbackRelease!
  }

  "Feedback released to the candidate: only candidate-facing sections."
  type CandidateFeedback {
    id: ID!
    level: FeedbackLevel!
    outcome: Outcome!
    summary: String
    details: [CompetencyFeedback!]!
    releasedAt: DateTime!
    readAt: DateTime
    "Released on or before the promised date."
    keptPromise: Boolean!
  }

  extend type CandidateInterview {
    releasedFeedback: CandidateFeedback
  }

  extend type Mutation {
    "The candidate opened the feedback: records the first read time. Returns it."
    markFeedbackRead(interviewId: ID!): CandidateFeedback!
  }
`;
