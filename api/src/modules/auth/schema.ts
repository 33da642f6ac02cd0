export const authSchema = /* GraphQL */ `
  type User {
    id: ID!
    email: String!
    name: String!
  }

  "The signed-in person and every organisation they belong to, as staff or as a candidate."
  type Viewer {
    user: User!
    memberships: [Membership!]!
    candidacies: [Candidacy!]!
    sessionExpiresAt: DateTime!
  }

  type Membership {
    id: ID!
    role: Role!
    organization: Organization!
  }

  "The viewer's candidate record at one organisation."
  type Candidacy {
    id: ID!
    organization: Organization!
  }

  type AuthPayload {
    "Bearer token for the Authorization header; also set as an HttpOnly cookie."
    token: String!
    expiresAt: DateTime!
    viewer: Viewer!
  }

  input SignUpInput {
    name: String!
    email: String!
    password: String!
    organizationName: String!
    "Lower-case letters, digits and dashes; derived from the name when left out."
    organizationSlug: String
    "IANA time zone such as Europe/Berlin; UTC when left out."
    timeZone: String
  }

  input SignInInput {
    email: String!
    password: String!
  }

  input ResetPasswordInput {
    token: String!
    password: String!
  }

  input ChangePasswordInput {
    currentPassword: String!
    newPassword: String!
    "End every other session of this account (default true)."
    signOutOtherSessions: Boolean = true
  }

  extend type Query {
    "The signed-in person, or null when signed out."
    viewer: Viewer
  }

  extend type Mutation {
    "Creates a company, its first admin, and signs that admin in."
    signUp(input: SignUpInput!): AuthPayload!
    signIn(input: SignInInput!): AuthPayload!
    "Ends the current session. True even when there was none."
    signOut: Boolean!
    "Emails a reset link when the address has an account. Always true, so it reveals nothing."
    requestPasswordReset(email: String!): Boolean!
    "Sets a new password from an emailed token and ends every session of that account."
    resetPassword(input: ResetPasswordInput!): Boolean!
    changePassword(input: ChangePasswordInput!): Boolean!
  }
`;
