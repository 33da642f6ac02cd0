export const candidatesSchema = /* GraphQL */ `
  enum CandidateStageState {
    DONE
    CURRENT
    UPCOMING
  }

  type CandidateStage {
    name: String!
    kind: StageKind!
    state: CandidateStageState!
  }

  enum FeedbackDueState {
    "Not yet released, deadline ahead."
    DUE
    "Not released and the deadline has passed."
    OVERDUE
    "Released."
    RELEASED
  }

  "What the candidate was promised after one interview, and where that promise stands."
  type CandidateFeedbackPromise {
    level: FeedbackLevel!
    dueAt: DateTime!
    state: FeedbackDueState!
    "Hours until due (DUE) or since due (OVERDUE); 0 once released."
    hours: Int!
    "Business days until due (DUE) or since due (OVERDUE), in the company's calendar."
    businessDays: Int!
    releasedAt: DateTime
    description: String!
  }

  "An interview as its candidate sees it: no interviewer notes, no internal data."
  type CandidateInterview {
    id: ID!
    stageName: String!
    status: InterviewStatus!
    startsAt: DateTime!
    endsAt: DateTime!
    "How many times it was moved."
    rescheduleCount: Int!
    "Set once the interview has taken place."
    feedback: CandidateFeedbackPromise
  }

  type CandidateStatusUpdate {
    id: ID!
    body: String!
    postedAt: DateTime!
  }

  type CandidateTimelineEvent {
    id: ID!
    kind: String!
    occurredAt: DateTime!
    "One line a candidate can read, e.g. 'Technical interview scheduled for 3 Dec, 10:00'."
    summary: String!
  }

  "One application in full, as its candidate sees it."
  type CandidateApplicationDetail {
    id: ID!
    organizationName: String!
    organizationSlug: String!
    organizationTimeZone: String!
    jobTitle: String!
    status: ApplicationStatus!
    appliedAt: DateTime!
    stages: [CandidateStage!]!
    interviews: [CandidateInterview!]!
    statusUpdates: [CandidateStatusUpdate!]!
    timeline: [CandidateTimelineEvent!]!
  }

  extend type CandidateApplication {
    organizationTimeZone: String!
  }

  extend type Query {
    "One of the signed-in candidate's own applications; NOT_FOUND for anyone else's."
    candidateApplication(id: ID!): CandidateApplicationDetail!
  }
`;
