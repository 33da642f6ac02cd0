export const promisesSchema = /* GraphQL */ `
  enum StageKind {
    SCREEN
    TECHNICAL
    ONSITE
    FINAL
    OTHER
  }

  enum FeedbackLevel {
    "The outcome only: advancing or not."
    OUTCOME
    "A written summary of the feedback."
    SUMMARY
    "Detailed feedback on each competency."
    DETAILED
  }

  enum PromiseStatus {
    DRAFT
    PUBLISHED
    SUPERSEDED
  }

  "What a company promises candidates after one kind of interview: a version of it."
  type FeedbackPromise {
    id: ID!
    stageKind: StageKind!
    "Set when this promise overrides the organisation's default for one job."
    jobId: ID
    jobTitle: String
    version: Int!
    status: PromiseStatus!
    level: FeedbackLevel!
    candidateDeadlineBusinessDays: Int!
    scorecardDeadlineHours: Int!
    statusCadenceDays: Int!
    publishedAt: DateTime
    publishedByName: String
    createdAt: DateTime!
    "The sentence candidates read, e.g. 'After an onsite interview you will receive detailed feedback on each competency within 5 business days.'"
    description: String!
  }

  type Holiday {
    id: ID!
    "Local calendar date, YYYY-MM-DD."
    date: String!
    name: String!
  }

  input SavePromiseDraftInput {
    organizationId: ID!
    stageKind: StageKind!
    "Leave out for the organisation-wide promise; set to override it for one job."
    jobId: ID
    level: FeedbackLevel!
    "1 to 60 business days after the interview."
    candidateDeadlineBusinessDays: Int!
    "1 to 336 hours after the interview."
    scorecardDeadlineHours: Int!
    "1 to 60 days between updates to an active candidate."
    statusCadenceDays: Int!
  }

  input AddHolidayInput {
    organizationId: ID!
    "YYYY-MM-DD"
    date: String!
    name: String!
  }

  input UpdateOrganizationInput {
    organizationId: ID!
    name: String
    "IANA time zone, e.g. Europe/Berlin. Deadlines already set keep their dates."
    timeZone: String
    "Show the promise-kept rate and median time to feedback of the last 90 days on the public page."
    publicTrackRecord: Boolean
  }

  extend type Query {
    "Published promises in force and open drafts. Admins and recruiters."
    promises(organizationId: ID!): [FeedbackPromise!]!
    "Every version for one stage kind (and job), newest first. Admins and recruiters."
    promiseHistory(organizationId: ID!, stageKind: StageKind!, jobId: ID): [FeedbackPromise!]!
    "The organisation's holidays, by date. Any staff member."
    holidays(organizationId: ID!): [Holiday!]!
  }

  extend type Mutation {
    "Creates or updates the one open draft for a stage kind (and job). Admins only."
    savePromiseDraft(input: SavePromiseDraftInput!): FeedbackPromise!
    "Publishes a draft as the next version; the version it replaces becomes SUPERSEDED. Admins only."
    publishPromise(id: ID!): FeedbackPromise!
    discardPromiseDraft(id: ID!): Boolean!
    addHoliday(input: AddHolidayInput!): Holiday!
    removeHoliday(id: ID!): Boolean!
    "Admins only."
    updateOrganization(input: UpdateOrganizationInput!): Organization!
  }
`;
