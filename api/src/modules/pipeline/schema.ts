export const pipelineSchema = /* GraphQL */ `
  type JobStage {
    id: ID!
    name: String!
    kind: StageKind!
    position: Int!
  }

  type Job {
    id: ID!
    title: String!
    department: String
    location: String
    status: JobStatus!
    createdAt: DateTime!
    stages: [JobStage!]!
    activeApplications: Int!
  }

  type PipelineCandidate {
    id: ID!
    name: String!
    email: String!
    "True once the candidate has accepted an invitation and can sign in."
    hasAccount: Boolean!
  }

  "An application as staff see it."
  type Application {
    id: ID!
    candidate: PipelineCandidate!
    job: Job!
    currentStage: JobStage
    status: ApplicationStatus!
    appliedAt: DateTime!
    closedAt: DateTime
    lastCandidateContactAt: DateTime
    "When the promised status-update cadence runs out (null once closed)."
    contactDueAt: DateTime
    "Active and past contactDueAt: the candidate is going cold."
    goingCold: Boolean!
    interviews: [Interview!]!
    statusUpdates: [StatusUpdate!]!
  }

  type Interviewer {
    id: ID!
    name: String!
    email: String!
  }

  type Interview {
    id: ID!
    applicationId: ID!
    stage: JobStage!
    status: InterviewStatus!
    scheduledStart: DateTime!
    scheduledEnd: DateTime!
    endedAt: DateTime
    rescheduleCount: Int!
    interviewers: [Interviewer!]!
    "The promise version in force when the interview was scheduled."
    promise: FeedbackPromise
    scorecardDueAt: DateTime
    candidateFeedbackDueAt: DateTime
    "When candidate-facing feedback for this interview was released; null until then."
    feedbackReleasedAt: DateTime
  }

  type StatusUpdate {
    id: ID!
    kind: StatusUpdateKind!
    body: String!
    authorName: String
    createdAt: DateTime!
  }

  enum StatusUpdateKind {
    MANUAL
    TEMPLATE
    HOLDING
  }

  type StatusUpdateTemplate {
    id: ID!
    name: String!
    body: String!
  }

  "A column of the pipeline board: one stage and the active applications in it."
  type PipelineColumn {
    stage: JobStage!
    applications: [Application!]!
  }

  type Pipeline {
    job: Job!
    columns: [PipelineColumn!]!
    "Offered, hired, rejected and withdrawn applications."
    closed: [Application!]!
  }

  input StageInput {
    name: String!
    kind: StageKind!
  }

  input CreateJobInput {
    organizationId: ID!
    title: String!
    department: String
    location: String
    "In order, 1 to 10 stages."
    stages: [StageInput!]!
  }

  input AddCandidateInput {
    jobId: ID!
    name: String!
    email: String!
  }

  enum ApplicationMove {
    "To the next stage of the job."
    ADVANCE
    OFFER
    HIRE
    REJECT
    WITHDRAW
  }

  input MoveApplicationInput {
    applicationId: ID!
    move: ApplicationMove!
  }

  input ScheduleInterviewInput {
    applicationId: ID!
    "Defaults to the application's current stage."
    stageId: ID
    startsAt: DateTime!
    endsAt: DateTime!
    "Members of the organisation; at least one."
    interviewerIds: [ID!]!
  }

  input RescheduleInterviewInput {
    interviewId: ID!
    startsAt: DateTime!
    endsAt: DateTime!
  }

  input CompleteInterviewInput {
    interviewId: ID!
    "When it actually ended; defaults to now. Not in the future, not before it started."
    endedAt: DateTime
  }

  input PostStatusUpdateInput {
    applicationId: ID!
    "Free text; or leave out and give templateId."
    body: String
    templateId: ID
  }

  extend type Query {
    "Jobs of an organisation. Admins and recruiters."
    jobs(organizationId: ID!): [Job!]!
    "The board of one job. Admins and recruiters of its organisation."
    pipeline(jobId: ID!): Pipeline!
    "One application with its interviews and status updates. Admins and recruiters."
    application(id: ID!): Application!
    "Active applications past their promised update cadence, longest-silent first."
    goingCold(organizationId: ID!): [Application!]!
    statusUpdateTemplates(organizationId: ID!): [StatusUpdateTemplate!]!
    "Staff who can be assigned to interviews."
    interviewers(organizationId: ID!): [Interviewer!]!
  }

  extend type Mutation {
    createJob(input: CreateJobInput!): Job!
    "Opens or closes a job."
    setJobStatus(jobId: ID!, status: JobStatus!): Job!
    "Adds a candidate to a job at its first stage and emails them an invitation to follow it."
    addCandidate(input: AddCandidateInput!): Application!
    moveApplication(input: MoveApplicationInput!): Application!
    scheduleInterview(input: ScheduleInterviewInput!): Interview!
    "Moves a scheduled interview; every move is counted."
    rescheduleInterview(input: RescheduleInterviewInput!): Interview!
    cancelInterview(interviewId: ID!): Interview!
    "Marks an interview done and sets its scorecard and candidate feedback deadlines."
    completeInterview(input: CompleteInterviewInput!): Interview!
    postStatusUpdate(input: PostStatusUpdateInput!): StatusUpdate!
  }
`;
