export const organizationsSchema = /* GraphQL */ `
  enum Role {
    ADMIN
    RECRUITER
    INTERVIEWER
  }

  enum InvitationRole {
    ADMIN
    RECRUITER
    INTERVIEWER
    CANDIDATE
  }

  enum InvitationStatus {
    PENDING
    ACCEPTED
    EXPIRED
    REVOKED
  }

  type Organization {
    id: ID!
    slug: String!
    name: String!
    timeZone: String!
    "Whether the public promise page shows the last 90 days' track record."
    publicTrackRecord: Boolean!
  }

  type Member {
    id: ID!
    user: User!
    role: Role!
    joinedAt: DateTime!
  }

  type Invitation {
    id: ID!
    email: String!
    role: InvitationRole!
    status: InvitationStatus!
    expiresAt: DateTime!
    createdAt: DateTime!
  }

  "What an invitation link shows before it is accepted. Reveals nothing else about the organisation."
  type InvitationPreview {
    email: String!
    role: InvitationRole!
    organizationName: String!
    expiresAt: DateTime!
    "True when the email already has an account: accepting then asks for that account's password."
    hasAccount: Boolean!
  }

  input InviteMemberInput {
    organizationId: ID!
    email: String!
    role: InvitationRole!
    "The invitee's name, used in the email and for a candidate's record."
    name: String
  }

  input AcceptInvitationInput {
    token: String!
    "Required when the email has no account yet."
    name: String
    "A new password (at least 12 characters) or, for an existing account, its password."
    password: String!
  }

  input ChangeMemberRoleInput {
    membershipId: ID!
    role: Role!
  }

  extend type Query {
    organization(id: ID!): Organization
    "Staff of an organisation. Admins and recruiters."
    members(organizationId: ID!): [Member!]!
    "Invitations of an organisation, newest first. Admins see all; recruiters see candidate invitations."
    invitations(organizationId: ID!): [Invitation!]!
    "Public: what an invitation token is for. Null for unknown, used, revoked or expired tokens."
    invitationPreview(token: String!): InvitationPreview
  }

  extend type Mutation {
    "Invites staff (admins only) or candidates (admins and recruiters) by email."
    inviteMember(input: InviteMemberInput!): Invitation!
    revokeInvitation(id: ID!): Invitation!
    "Accepts an invitation: creates the account or signs into the existing one, and joins."
    acceptInvitation(input: AcceptInvitationInput!): AuthPayload!
    changeMemberRole(input: ChangeMemberRoleInput!): Member!
    "Removes a member: their access to this organisation ends at once. Admins only; the last admin stays."
    removeMember(membershipId: ID!): Boolean!
    "Ends every session of a member. Returns how many were ended. Admins only."
    endMemberSessions(membershipId: ID!): Int!
  }
`;
