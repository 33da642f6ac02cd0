/**
 * GraphQL documents the portal sends, each typed with its result and variables.
 * The contract is the SDL in api/src/modules/* /schema.ts.
 */

declare const resultType: unique symbol;
declare const variablesType: unique symbol;

export type TypedDocument<TResult, TVariables> = {
  readonly source: string;
  readonly [resultType]?: TResult;
  readonly [variablesType]?: TVariables;
};

export type ResultOf<D> = D extends TypedDocument<infer R, unknown> ? R : never;
export type VariablesOf<D> = D extends TypedDocument<unknown, infer V> ? V : never;

export function doc<TResult, TVariables = undefined>(source: string): TypedDocument<TResult, TVariables> {
  return { source: source.replace(/\s+/g, " ").trim() };
}

// ---------------------------------------------------------------- types

export type Role = "ADMIN" | "RECRUITER" | "INTERVIEWER";
/** Staff roles in display order (kept here so that client bundles need not load zod). */
export const ROLES: readonly Role[] = ["ADMIN", "RECRUITER", "INTERVIEWER"];
export type InvitationRole = Role | "CANDIDATE";
export type InvitationStatus = "PENDING" | "ACCEPTED" | "EXPIRED" | "REVOKED";
export type ApplicationStatus = "ACTIVE" | "OFFERED" | "HIRED" | "REJECTED" | "WITHDRAWN";
export type InterviewStatus = "SCHEDULED" | "COMPLETED" | "CANCELLED";
export type JobStatus = "DRAFT" | "OPEN" | "CLOSED";
export type EmailStatus = "PENDING" | "SENT" | "FAILED";

export type OrganizationRef = { id: string; name: string; slug: string };

export type Viewer = {
  user: { id: string; name: string; email: string };
  memberships: { id: string; role: Role; organization: OrganizationRef }[];
  candidacies: { id: string; organization: { id: string; name: string } }[];
  sessionExpiresAt: string;
};

export type AuthPayload = { token: string; expiresAt: string; viewer: Viewer };

const VIEWER_FIELDS = `
  user { id name email }
  memberships { id role organization { id name slug } }
  candidacies { id organization { id name } }
  sessionExpiresAt
`;

const AUTH_FIELDS = `token expiresAt viewer { ${VIEWER_FIELDS} }`;

// ---------------------------------------------------------------- auth

export const ViewerQuery = doc<{ viewer: Viewer | null }>(`query Viewer { viewer { ${VIEWER_FIELDS} } }`);

export type SignUpVariables = {
  input: {
    name: string;
    email: string;
    password: string;
    organizationName: string;
    organizationSlug?: string | null;
    timeZone?: string | null;
  };
};
export const SignUpMutation = doc<{ signUp: AuthPayload }, SignUpVariables>(
  `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`,
);

export const SignInMutation = doc<{ signIn: AuthPayload }, { input: { email: string; password: string } }>(
  `mutation SignIn($input: SignInInput!) { signIn(input: $input) { ${AUTH_FIELDS} } }`,
);

export const SignOutMutation = doc<{ signOut: boolean }>(`mutation SignOut { signOut }`);

export const RequestPasswordResetMutation = doc<{ requestPasswordReset: boolean }, { email: string }>(
  `mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }`,
);

export const ResetPasswordMutation = doc<{ resetPassword: boolean }, { input: { token: string; password: string } }>(
  `mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }`,
);

export type ChangePasswordVariables = {
  input: { currentPassword: string; newPassword: string; signOutOtherSessions?: boolean | null };
};
export const ChangePasswordMutation = doc<{ changePassword: boolean }, ChangePasswordVariables>(
  `mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }`,
);

// ---------------------------------------------------------------- invitations and members

export type InvitationPreview = {
  email: string;
  role: InvitationRole;
  organizationName: string;
  expiresAt: string;
  hasAccount: boolean;
};
export const InvitationPreviewQuery = doc<{ invitationPreview: InvitationPreview | null }, { token: string }>(
  `query InvitationPreview($token: String!) {
    invitationPreview(token: $token) { email role organizationName expiresAt hasAccount }
  }`,
);

export type AcceptInvitationVariables = { input: { token: string; name?: string | null; password: string } };
export const AcceptInvitationMutation = doc<{ acceptInvitation: AuthPayload }, AcceptInvitationVariables>(
  `mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${AUTH_FIELDS} } }`,
);

export type Member = {
  id: string;
  role: Role;
  joinedAt: string;
  user: { id: string; name: string; email: string };
};
export type Invitation = {
  id: string;
  email: string;
  role: InvitationRole;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
};

export const MembersQuery = doc<
  { organization: { id: string; name: string; slug: string; timeZone: string } | null; members: Member[] },
  { organizationId: string }
>(
  `query Members($organizationId: ID!) {
    organization(id: $organizationId) { id name slug timeZone }
    members(organizationId: $organizationId) { id role joinedAt user { id name email } }
  }`,
);

export const InvitationsQuery = doc<{ invitations: Invitation[] }, { organizationId: string }>(
  `query Invitations($organizationId: ID!) {
    invitations(organizationId: $organizationId) { id email role status expiresAt createdAt }
  }`,
);

export type InviteMemberVariables = {
  input: { organizationId: string; email: string; role: InvitationRole; name?: string | null };
};
export const InviteMemberMutation = doc<{ inviteMember: Invitation }, InviteMemberVariables>(
  `mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) { id email role status expiresAt createdAt }
  }`,
);

export const RevokeInvitationMutation = doc<{ revokeInvitation: Invitation }, { id: string }>(
  `mutation RevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id email status } }`,
);

export const ChangeMemberRoleMutation = doc<
  { changeMemberRole: Member },
  { input: { membershipId: string; role: Role } }
>(
  `mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) { id role joinedAt user { id name email } }
  }`,
);

export const RemoveMemberMutation = doc<{ removeMember: boolean }, { membershipId: string }>(
  `mutation RemoveMember($membershipId: ID!) { removeMember(membershipId: $membershipId) }`,
);

export const EndMemberSessionsMutation = doc<{ endMemberSessions: number }, { membershipId: string }>(
  `mutation EndMemberSessions($membershipId: ID!) { endMemberSessions(membershipId: $membershipId) }`,
);

// ---------------------------------------------------------------- homes

export type CandidateApplication = {
  id: string;
  organizationName: string;
  jobTitle: string;
  status: ApplicationStatus;
  currentStageName: string | null;
  appliedAt: string;
  nextInterviewAt: string | null;
};
export const CandidateHomeQuery = doc<{ candidateHome: { applications: CandidateApplication[] } }>(
  `query CandidateHome {
    candidateHome {
      applications { id organizationName jobTitle status currentStageName appliedAt nextInterviewAt }
    }
  }`,
);

export type InterviewerInterview = {
  id: string;
  candidateName: string;
  jobTitle: string;
  stageName: string;
  scheduledStart: string;
  status: InterviewStatus;
  scorecardDueAt: string | null;
  scorecardSubmitted: boolean;
};
const INTERVIEW_FIELDS = "id candidateName jobTitle stageName scheduledStart status scorecardDueAt scorecardSubmitted";
export const InterviewerHomeQuery = doc<
  {
    interviewerHome: {
      organization: { id: string; name: string; timeZone: string };
      upcoming: InterviewerInterview[];
      awaitingScorecard: InterviewerInterview[];
    };
  },
  { organizationId: string }
>(
  `query InterviewerHome($organizationId: ID!) {
    interviewerHome(organizationId: $organizationId) {
      organization { id name timeZone }
      upcoming { ${INTERVIEW_FIELDS} }
      awaitingScorecard { ${INTERVIEW_FIELDS} }
    }
  }`,
);

export type JobSummary = { id: string; title: string; status: JobStatus; activeApplications: number };
export const RecruiterHomeQuery = doc<
  {
    recruiterHome: {
      organization: { id: string; name: string; slug: string; timeZone: string };
      openJobs: number;
      activeApplications: number;
      interviewsNext7Days: number;
      pendingInvitations: number;
      jobs: JobSummary[];
    };
  },
  { organizationId: string }
>(
  `query RecruiterHome($organizationId: ID!) {
    recruiterHome(organizationId: $organizationId) {
      organization { id name slug timeZone }
      openJobs activeApplications interviewsNext7Days pendingInvitations
      jobs { id title status activeApplications }
    }
  }`,
);

// ---------------------------------------------------------------- development

export type OutboxEmail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: EmailStatus;
  createdAt: string;
};
export const DevOutboxQuery = doc<{ devOutbox: OutboxEmail[] }, { limit?: number }>(
  `query DevOutbox($limit: Int) { devOutbox(limit: $limit) { id to subject text status createdAt } }`,
);
