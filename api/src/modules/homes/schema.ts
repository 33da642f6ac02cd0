export const homesSchema = /* GraphQL */ `
  enum ApplicationStatus {
    ACTIVE
    OFFERED
    HIRED
    REJECTED
    WITHDRAWN
  }

  enum InterviewStatus {
    SCHEDULED
    COMPLETED
    CANCELLED
  }

  enum JobStatus {
    DRAFT
    OPEN
    CLOSED
  }

  "An application as its candidate sees it: nothing internal."
  type CandidateApplication {
    id: ID!
    organizationName: String!
    jobTitle: String!
    status: ApplicationStatus!
    currentStageName: String
    appliedAt: DateTime!
    nextInterviewAt: DateTime
  }

  type CandidateHome {
    applications: [CandidateApplication!]!
  }

  type InterviewerInterview {
    id: ID!
    candidateName: String!
    jobTitle: String!
    stageName: String!
    scheduledStart: DateTime!
    status: InterviewStatus!
    scorecardDueAt: DateTime
    "When the candidate was promised feedback; set once the interview has an end."
    candidateFeedbackDueAt: DateTime
    scorecardSubmitted: Boolean!
  }

  type InterviewerHome {
    organization: Organization!
    upcoming: [InterviewerInterview!]!
    awaitingScorecard: [InterviewerInterview!]!
    "Interviews of the last 30 days that have taken place, newest first."
    past: [InterviewerInterview!]!
  }

  type JobSummary {
    id: ID!
    title: String!
    status: JobStatus!
    activeApplications: Int!
  }

  type RecruiterHome {
    organization: Organization!
    openJobs: Int!
    activeApplications: Int!
    interviewsNext7Days: Int!
    pendingInvitations: Int!
    jobs: [JobSummary!]!
  }

  extend type Query {
    "The signed-in person's applications, at every organisation."
    candidateHome: CandidateHome!
    "Interviews assigned to the signed-in interviewer at one organisation."
    interviewerHome(organizationId: ID!): InterviewerHome!
    "Overview of one organisation. Admins and recruiters."
    recruiterHome(organizationId: ID!): RecruiterHome!
  }
`;
