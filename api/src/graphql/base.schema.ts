export const baseSchema = /* GraphQL */ `
  "An ISO-8601 date-time in UTC, e.g. 2026-11-25T14:00:00.000Z."
  scalar DateTime

  type Query {
    "Liveness of the GraphQL layer itself."
    ping: String!
  }

  type Mutation {
    "No-op, present so that modules can extend Mutation."
    noop: Boolean
  }
`;
