export const mailSchema = /* GraphQL */ `
  enum EmailStatus {
    "Kept in the local development outbox (SMTP_URL not set)."
    OUTBOX
    PENDING
    SENT
    FAILED
  }

  type OutboxEmail {
    id: ID!
    to: String!
    subject: String!
    text: String!
    html: String!
    status: EmailStatus!
    createdAt: DateTime!
  }

  extend type Query {
    "Development only (not in production): the newest emails written to the local outbox."
    devOutbox(limit: Int = 25): [OutboxEmail!]!
  }
`;
