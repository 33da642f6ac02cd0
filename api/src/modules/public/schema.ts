export const publicSchema = /* GraphQL */ `
  type PublicPromise {
    stageKind: StageKind!
    "Set when the promise applies to one job only."
    jobTitle: String
    level: FeedbackLevel!
    candidateDeadlineBusinessDays: Int!
    statusCadenceDays: Int!
    sentence: String!
  }

  "How well a company kept its promises over the last 90 days, shown only if it opted in."
  type PublicTrackRecord {
    days: Int!
    "Kept releases over interviews whose feedback deadline passed in the window; null when none did."
    promiseKeptRate: Float
    "The interviews behind the rate."
    interviewsDue: Int!
    medianHoursToFeedback: Float
    medianBusinessDaysToFeedback: Float
    "The releases behind the median."
    releases: Int!
  }

  "A company's public promise page: what its candidates can expect, readable without an account."
  type PublicPromisePage {
    organizationName: String!
    slug: String!
    timeZone: String!
    promises: [PublicPromise!]!
    "E.g. 'We will update you at least every 7 days while your application is open.' Null when there is no promise yet."
    cadenceSentence: String
    "Null unless the company publishes its track record."
    trackRecord: PublicTrackRecord
  }

  extend type Query {
    "Public: the published promises of the organisation at /c/<slug>. Null for an unknown slug."
    publicPromisePage(slug: String!): PublicPromisePage
  }
`;
