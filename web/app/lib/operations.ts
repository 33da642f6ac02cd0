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
  organizationTimeZone: string;
  jobTitle: string;
  status: ApplicationStatus;
  currentStageName: string | null;
  appliedAt: string;
  nextInterviewAt: string | null;
  openRatingInvitations: number;
};
export const CandidateHomeQuery = doc<{ candidateHome: { applications: CandidateApplication[] } }>(
  `query CandidateHome {
    candidateHome {
      applications {
        id organizationName organizationTimeZone jobTitle status currentStageName appliedAt nextInterviewAt
        openRatingInvitations
      }
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
  candidateFeedbackDueAt: string | null;
  scorecardSubmitted: boolean;
};
const INTERVIEW_FIELDS =
  "id candidateName jobTitle stageName scheduledStart status scorecardDueAt candidateFeedbackDueAt scorecardSubmitted";
export const InterviewerHomeQuery = doc<
  {
    interviewerHome: {
      organization: { id: string; name: string; timeZone: string };
      upcoming: InterviewerInterview[];
      awaitingScorecard: InterviewerInterview[];
      past: InterviewerInterview[];
    };
  },
  { organizationId: string }
>(
  `query InterviewerHome($organizationId: ID!) {
    interviewerHome(organizationId: $organizationId) {
      organization { id name timeZone }
      upcoming { ${INTERVIEW_FIELDS} }
      awaitingScorecard { ${INTERVIEW_FIELDS} }
      past { ${INTERVIEW_FIELDS} }
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

// ---------------------------------------------------------------- promises

export type StageKind = "SCREEN" | "TECHNICAL" | "ONSITE" | "FINAL" | "OTHER";
export type FeedbackLevel = "OUTCOME" | "SUMMARY" | "DETAILED";
export type PromiseStatus = "DRAFT" | "PUBLISHED" | "SUPERSEDED";

export type Organization = { id: string; name: string; slug: string; timeZone: string; publicTrackRecord: boolean };
const ORGANIZATION_FIELDS = "id name slug timeZone publicTrackRecord";

export type FeedbackPromise = {
  id: string;
  stageKind: StageKind;
  jobId: string | null;
  jobTitle: string | null;
  version: number;
  status: PromiseStatus;
  level: FeedbackLevel;
  candidateDeadlineBusinessDays: number;
  scorecardDeadlineHours: number;
  statusCadenceDays: number;
  publishedAt: string | null;
  publishedByName: string | null;
  createdAt: string;
  description: string;
};
const PROMISE_FIELDS = `id stageKind jobId jobTitle version status level candidateDeadlineBusinessDays
  scorecardDeadlineHours statusCadenceDays publishedAt publishedByName createdAt description`;

export type Holiday = { id: string; date: string; name: string };

export type JobStage = { id: string; name: string; kind: StageKind; position: number };
const STAGE_FIELDS = "id name kind position";

export type Job = {
  id: string;
  title: string;
  department: string | null;
  location: string | null;
  status: JobStatus;
  createdAt: string;
  stages: JobStage[];
  activeApplications: number;
};
const JOB_FIELDS = `id title department location status createdAt activeApplications stages { ${STAGE_FIELDS} }`;

export const PromisesPageQuery = doc<
  {
    organization: Organization | null;
    promises: FeedbackPromise[];
    holidays: Holiday[];
    jobs: { id: string; title: string; status: JobStatus; stages: { id: string; kind: StageKind }[] }[];
  },
  { organizationId: string }
>(
  `query PromisesPage($organizationId: ID!) {
    organization(id: $organizationId) { ${ORGANIZATION_FIELDS} }
    promises(organizationId: $organizationId) { ${PROMISE_FIELDS} }
    holidays(organizationId: $organizationId) { id date name }
    jobs(organizationId: $organizationId) { id title status stages { id kind } }
  }`,
);

export const PromiseHistoryQuery = doc<
  { promiseHistory: FeedbackPromise[] },
  { organizationId: string; stageKind: StageKind; jobId?: string | null }
>(
  `query PromiseHistory($organizationId: ID!, $stageKind: StageKind!, $jobId: ID) {
    promiseHistory(organizationId: $organizationId, stageKind: $stageKind, jobId: $jobId) { ${PROMISE_FIELDS} }
  }`,
);

export type SavePromiseDraftVariables = {
  input: {
    organizationId: string;
    stageKind: StageKind;
    jobId?: string | null;
    level: FeedbackLevel;
    candidateDeadlineBusinessDays: number;
    scorecardDeadlineHours: number;
    statusCadenceDays: number;
  };
};
export const SavePromiseDraftMutation = doc<{ savePromiseDraft: FeedbackPromise }, SavePromiseDraftVariables>(
  `mutation SavePromiseDraft($input: SavePromiseDraftInput!) { savePromiseDraft(input: $input) { ${PROMISE_FIELDS} } }`,
);

export const PublishPromiseMutation = doc<{ publishPromise: FeedbackPromise }, { id: string }>(
  `mutation PublishPromise($id: ID!) { publishPromise(id: $id) { ${PROMISE_FIELDS} } }`,
);

export const DiscardPromiseDraftMutation = doc<{ discardPromiseDraft: boolean }, { id: string }>(
  `mutation DiscardPromiseDraft($id: ID!) { discardPromiseDraft(id: $id) }`,
);

export const AddHolidayMutation = doc<
  { addHoliday: Holiday },
  { input: { organizationId: string; date: string; name: string } }
>(`mutation AddHoliday($input: AddHolidayInput!) { addHoliday(input: $input) { id date name } }`);

export const RemoveHolidayMutation = doc<{ removeHoliday: boolean }, { id: string }>(
  `mutation RemoveHoliday($id: ID!) { removeHoliday(id: $id) }`,
);

export const UpdateOrganizationMutation = doc<
  { updateOrganization: Organization },
  {
    input: {
      organizationId: string;
      name?: string | null;
      timeZone?: string | null;
      publicTrackRecord?: boolean | null;
    };
  }
>(
  `mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) { ${ORGANIZATION_FIELDS} }
  }`,
);

// ---------------------------------------------------------------- public promise page

export type PublicPromise = {
  stageKind: StageKind;
  jobTitle: string | null;
  level: FeedbackLevel;
  candidateDeadlineBusinessDays: number;
  statusCadenceDays: number;
  sentence: string;
};
export type PublicPromisePage = {
  organizationName: string;
  slug: string;
  timeZone: string;
  promises: PublicPromise[];
  cadenceSentence: string | null;
  trackRecord: PublicTrackRecord | null;
};
export type PublicTrackRecord = {
  days: number;
  promiseKeptRate: number | null;
  interviewsDue: number;
  medianHoursToFeedback: number | null;
  medianBusinessDaysToFeedback: number | null;
  releases: number;
};
export const PublicPromisePageQuery = doc<{ publicPromisePage: PublicPromisePage | null }, { slug: string }>(
  `query PublicPromisePage($slug: String!) {
    publicPromisePage(slug: $slug) {
      organizationName slug timeZone cadenceSentence
      promises { stageKind jobTitle level candidateDeadlineBusinessDays statusCadenceDays sentence }
      trackRecord { days promiseKeptRate interviewsDue medianHoursToFeedback medianBusinessDaysToFeedback releases }
    }
  }`,
);

// ---------------------------------------------------------------- pipeline

export type StatusUpdateKind = "MANUAL" | "TEMPLATE" | "HOLDING";
export type ApplicationMove = "ADVANCE" | "OFFER" | "HIRE" | "REJECT" | "WITHDRAW";

export type Interviewer = { id: string; name: string; email: string };
export type PipelineCandidate = { id: string; name: string; email: string; hasAccount: boolean };

export type ApplicationCard = {
  id: string;
  candidate: PipelineCandidate;
  status: ApplicationStatus;
  appliedAt: string;
  closedAt: string | null;
  lastCandidateContactAt: string | null;
  contactDueAt: string | null;
  goingCold: boolean;
  currentStage: JobStage | null;
};
const APPLICATION_CARD_FIELDS = `id status appliedAt closedAt lastCandidateContactAt contactDueAt goingCold
  candidate { id name email hasAccount } currentStage { ${STAGE_FIELDS} }`;

export type Interview = {
  id: string;
  applicationId: string;
  stage: JobStage;
  status: InterviewStatus;
  scheduledStart: string;
  scheduledEnd: string;
  endedAt: string | null;
  rescheduleCount: number;
  interviewers: Interviewer[];
  promise: { id: string; version: number; level: FeedbackLevel; candidateDeadlineBusinessDays: number } | null;
  scorecardDueAt: string | null;
  candidateFeedbackDueAt: string | null;
  feedbackReleasedAt: string | null;
};
const INTERVIEW_DETAIL_FIELDS = `id applicationId status scheduledStart scheduledEnd endedAt rescheduleCount
  scorecardDueAt candidateFeedbackDueAt feedbackReleasedAt stage { ${STAGE_FIELDS} } interviewers { id name email }
  promise { id version level candidateDeadlineBusinessDays }`;

export type StatusUpdate = {
  id: string;
  kind: StatusUpdateKind;
  body: string;
  authorName: string | null;
  createdAt: string;
};

export type ApplicationDetail = ApplicationCard & {
  job: Job;
  interviews: Interview[];
  statusUpdates: StatusUpdate[];
};

export type StatusUpdateTemplate = { id: string; name: string; body: string };

export const JobsQuery = doc<{ organization: Organization | null; jobs: Job[] }, { organizationId: string }>(
  `query Jobs($organizationId: ID!) {
    organization(id: $organizationId) { ${ORGANIZATION_FIELDS} }
    jobs(organizationId: $organizationId) { ${JOB_FIELDS} }
  }`,
);

export type CreateJobVariables = {
  input: {
    organizationId: string;
    title: string;
    department?: string | null;
    location?: string | null;
    stages: { name: string; kind: StageKind }[];
  };
};
export const CreateJobMutation = doc<{ createJob: Job }, CreateJobVariables>(
  `mutation CreateJob($input: CreateJobInput!) { createJob(input: $input) { ${JOB_FIELDS} } }`,
);

export type Pipeline = {
  job: Job;
  columns: { stage: JobStage; applications: ApplicationCard[] }[];
  closed: ApplicationCard[];
};
export const PipelineQuery = doc<
  { organization: Organization | null; pipeline: Pipeline },
  { organizationId: string; jobId: string }
>(
  `query Pipeline($organizationId: ID!, $jobId: ID!) {
    organization(id: $organizationId) { ${ORGANIZATION_FIELDS} }
    pipeline(jobId: $jobId) {
      job { ${JOB_FIELDS} }
      columns { stage { ${STAGE_FIELDS} } applications { ${APPLICATION_CARD_FIELDS} } }
      closed { ${APPLICATION_CARD_FIELDS} }
    }
  }`,
);

export const SetJobStatusMutation = doc<{ setJobStatus: Job }, { jobId: string; status: JobStatus }>(
  `mutation SetJobStatus($jobId: ID!, $status: JobStatus!) { setJobStatus(jobId: $jobId, status: $status) { id status } }`,
);

export const AddCandidateMutation = doc<
  { addCandidate: ApplicationCard },
  { input: { jobId: string; name: string; email: string } }
>(`mutation AddCandidate($input: AddCandidateInput!) { addCandidate(input: $input) { ${APPLICATION_CARD_FIELDS} } }`);

export const ApplicationQuery = doc<
  {
    organization: Organization | null;
    application: ApplicationDetail;
    interviewers: Interviewer[];
    statusUpdateTemplates: StatusUpdateTemplate[];
  },
  { organizationId: string; id: string }
>(
  `query Application($organizationId: ID!, $id: ID!) {
    organization(id: $organizationId) { ${ORGANIZATION_FIELDS} }
    application(id: $id) {
      ${APPLICATION_CARD_FIELDS}
      job { ${JOB_FIELDS} }
      interviews { ${INTERVIEW_DETAIL_FIELDS} }
      statusUpdates { id kind body authorName createdAt }
    }
    interviewers(organizationId: $organizationId) { id name email }
    statusUpdateTemplates(organizationId: $organizationId) { id name body }
  }`,
);

export const MoveApplicationMutation = doc<
  { moveApplication: ApplicationCard },
  { input: { applicationId: string; move: ApplicationMove } }
>(
  `mutation MoveApplication($input: MoveApplicationInput!) {
    moveApplication(input: $input) { ${APPLICATION_CARD_FIELDS} }
  }`,
);

export type ScheduleInterviewVariables = {
  input: { applicationId: string; stageId?: string | null; startsAt: string; endsAt: string; interviewerIds: string[] };
};
export const ScheduleInterviewMutation = doc<{ scheduleInterview: Interview }, ScheduleInterviewVariables>(
  `mutation ScheduleInterview($input: ScheduleInterviewInput!) {
    scheduleInterview(input: $input) { ${INTERVIEW_DETAIL_FIELDS} }
  }`,
);

export const RescheduleInterviewMutation = doc<
  { rescheduleInterview: Interview },
  { input: { interviewId: string; startsAt: string; endsAt: string } }
>(
  `mutation RescheduleInterview($input: RescheduleInterviewInput!) {
    rescheduleInterview(input: $input) { ${INTERVIEW_DETAIL_FIELDS} }
  }`,
);

export const CancelInterviewMutation = doc<{ cancelInterview: Interview }, { interviewId: string }>(
  `mutation CancelInterview($interviewId: ID!) { cancelInterview(interviewId: $interviewId) { id status } }`,
);

export const CompleteInterviewMutation = doc<
  { completeInterview: Interview },
  { input: { interviewId: string; endedAt?: string | null } }
>(
  `mutation CompleteInterview($input: CompleteInterviewInput!) {
    completeInterview(input: $input) { ${INTERVIEW_DETAIL_FIELDS} }
  }`,
);

export const PostStatusUpdateMutation = doc<
  { postStatusUpdate: StatusUpdate },
  { input: { applicationId: string; body?: string | null; templateId?: string | null } }
>(
  `mutation PostStatusUpdate($input: PostStatusUpdateInput!) {
    postStatusUpdate(input: $input) { id kind body authorName createdAt }
  }`,
);

export type GoingColdApplication = ApplicationCard & { job: { id: string; title: string } };
export const GoingColdQuery = doc<
  { organization: Organization | null; goingCold: GoingColdApplication[] },
  { organizationId: string }
>(
  `query GoingCold($organizationId: ID!) {
    organization(id: $organizationId) { ${ORGANIZATION_FIELDS} }
    goingCold(organizationId: $organizationId) { ${APPLICATION_CARD_FIELDS} job { id title } }
  }`,
);

export const GoingColdCountQuery = doc<{ goingCold: { id: string }[] }, { organizationId: string }>(
  `query GoingColdCount($organizationId: ID!) { goingCold(organizationId: $organizationId) { id } }`,
);

// ---------------------------------------------------------------- candidate's application

export type CandidateStageState = "DONE" | "CURRENT" | "UPCOMING";
export type FeedbackDueState = "DUE" | "OVERDUE" | "RELEASED";

export type CandidateInterview = {
  id: string;
  stageName: string;
  status: InterviewStatus;
  startsAt: string;
  endsAt: string;
  rescheduleCount: number;
  feedback: {
    level: FeedbackLevel;
    dueAt: string;
    state: FeedbackDueState;
    hours: number;
    businessDays: number;
    releasedAt: string | null;
    description: string;
  } | null;
  releasedFeedback: CandidateFeedback | null;
};

export type CandidateApplicationDetail = {
  id: string;
  organizationName: string;
  organizationSlug: string;
  organizationTimeZone: string;
  jobTitle: string;
  status: ApplicationStatus;
  appliedAt: string;
  stages: { name: string; kind: StageKind; state: CandidateStageState }[];
  interviews: CandidateInterview[];
  statusUpdates: { id: string; body: string; postedAt: string }[];
  timeline: { id: string; kind: string; occurredAt: string; summary: string }[];
  ratingInvitations: RatingInvitation[];
};

const MY_RATING_FIELDS = `id scope stageName overall recommend communication timeliness respect clarity usefulness
  comment shareComment createdAt editableUntil editable`;

export const CandidateApplicationQuery = doc<{ candidateApplication: CandidateApplicationDetail }, { id: string }>(
  `query CandidateApplication($id: ID!) {
    candidateApplication(id: $id) {
      id organizationName organizationSlug organizationTimeZone jobTitle status appliedAt
      stages { name kind state }
      interviews {
        id stageName status startsAt endsAt rescheduleCount
        feedback { level dueAt state hours businessDays releasedAt description }
        releasedFeedback { id level outcome summary details { competency comment } releasedAt readAt keptPromise }
      }
      statusUpdates { id body postedAt }
      timeline { id kind occurredAt summary }
      ratingInvitations { scope stageName invitedAt rating { ${MY_RATING_FIELDS} } }
    }
  }`,
);

// ---------------------------------------------------------------- experience ratings

export type RatingScores = {
  overall: number;
  recommend: number;
  communication: number;
  timeliness: number;
  respect: number;
  clarity: number;
  usefulness: number;
  comment: string | null;
  shareComment: boolean;
};
export type MyExperienceRating = RatingScores & {
  id: string;
  scope: string;
  stageName: string | null;
  createdAt: string;
  editableUntil: string;
  editable: boolean;
};
export type RatingInvitation = {
  scope: string;
  stageName: string | null;
  invitedAt: string;
  rating: MyExperienceRating | null;
};
/** Scores as the form sends them: a missing choice is null, so the API names the field. */
type RatingScoresInput = { [K in keyof RatingScores]: RatingScores[K] | null };

export const RateExperienceMutation = doc<
  { rateExperience: MyExperienceRating },
  { input: RatingScoresInput & { applicationId: string; scope: string } }
>(`mutation RateExperience($input: RateExperienceInput!) { rateExperience(input: $input) { ${MY_RATING_FIELDS} } }`);
export const UpdateExperienceRatingMutation = doc<
  { updateExperienceRating: MyExperienceRating },
  { input: RatingScoresInput & { id: string } }
>(
  `mutation UpdateExperienceRating($input: UpdateExperienceRatingInput!) {
    updateExperienceRating(input: $input) { ${MY_RATING_FIELDS} }
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

export const OrganizationQuery = doc<{ organization: Organization | null }, { id: string }>(
  `query Organization($id: ID!) { organization(id: $id) { ${ORGANIZATION_FIELDS} } }`,
);

// ---------------------------------------------------------------- feedback: scorecards, reviews, releases

export type Recommendation = "STRONG_NO" | "NO" | "YES" | "STRONG_YES";
export type ScorecardStatus = "DRAFT" | "SUBMITTED";
export type Outcome = "ADVANCING" | "NOT_ADVANCING" | "OFFER";
export type LintKind =
  | "VAGUE"
  | "PERSONALITY"
  | "MISSING_EVIDENCE"
  | "NO_SUGGESTION"
  | "CONTRADICTION"
  | "BIAS"
  | "TOO_SHORT";
export type LintSeverity = "BLOCKING" | "WARNING" | "INFO";

export type RatingAnchor = { value: number; label: string; anchor: string };
export type FormCompetency = {
  id: string;
  name: string;
  description: string;
  position: number;
  evidenceRequired: boolean;
  scale: RatingAnchor[];
};
export type FormTemplate = {
  id: string;
  stageKind: StageKind;
  version: number;
  name: string;
  isCurrent: boolean;
  competencies: FormCompetency[];
};
const FORM_TEMPLATE_FIELDS = `id stageKind version name isCurrent
  competencies { id name description position evidenceRequired scale { value label anchor } }`;

export type LintFinding = {
  kind: LintKind;
  severity: LintSeverity;
  message: string;
  field: string;
  start: number;
  end: number;
  excerpt: string;
};
export type LintResult = { score: number; blocking: boolean; findings: LintFinding[] };
const LINT_FIELDS = "score blocking findings { kind severity message field start end excerpt }";

export type GrowthArea = { area: string; suggestion: string };
export type Scorecard = {
  id: string;
  interviewId: string;
  interviewer: Interviewer;
  status: ScorecardStatus;
  template: FormTemplate;
  ratings: { competencyId: string; rating: number | null; evidence: string }[];
  strengths: string;
  growthAreas: GrowthArea[];
  recommendation: Recommendation | null;
  privateNotes: string | null;
  revision: number;
  submittedAt: string | null;
  late: boolean;
  updatedAt: string;
  lint: LintResult;
};
const SCORECARD_FIELDS = `id interviewId status strengths recommendation privateNotes revision submittedAt late updatedAt
  interviewer { id name email }
  template { ${FORM_TEMPLATE_FIELDS} }
  ratings { competencyId rating evidence }
  growthAreas { area suggestion }
  lint { ${LINT_FIELDS} }`;

export type ScorecardInterview = {
  id: string;
  candidateName: string;
  jobTitle: string;
  stageName: string;
  stageKind: StageKind;
  status: InterviewStatus;
  scheduledStart: string;
  endedAt: string | null;
  scorecardDueAt: string | null;
};
const SCORECARD_INTERVIEW_FIELDS =
  "id candidateName jobTitle stageName stageKind status scheduledStart endedAt scorecardDueAt";

export type ScorecardFormData = {
  interview: ScorecardInterview;
  template: FormTemplate;
  scorecard: Scorecard | null;
  peerScorecards: Scorecard[];
};
export const ScorecardFormQuery = doc<
  { organization: { id: string; name: string; timeZone: string } | null; scorecardForm: ScorecardFormData },
  { organizationId: string; interviewId: string }
>(
  `query ScorecardForm($organizationId: ID!, $interviewId: ID!) {
    organization(id: $organizationId) { id name timeZone }
    scorecardForm(interviewId: $interviewId) {
      interview { ${SCORECARD_INTERVIEW_FIELDS} }
      template { ${FORM_TEMPLATE_FIELDS} }
      scorecard { ${SCORECARD_FIELDS} }
      peerScorecards { ${SCORECARD_FIELDS} }
    }
  }`,
);

export type ScorecardInput = {
  interviewId: string;
  baseRevision?: number | null;
  ratings?: { competencyId: string; rating?: number | null; evidence?: string | null }[] | null;
  strengths?: string | null;
  growthAreas?: GrowthArea[] | null;
  recommendation?: Recommendation | null;
  privateNotes?: string | null;
};
export const SaveScorecardDraftMutation = doc<{ saveScorecardDraft: Scorecard }, { input: ScorecardInput }>(
  `mutation SaveScorecardDraft($input: ScorecardInput!) { saveScorecardDraft(input: $input) { ${SCORECARD_FIELDS} } }`,
);
export const SubmitScorecardMutation = doc<{ submitScorecard: Scorecard }, { input: ScorecardInput }>(
  `mutation SubmitScorecard($input: ScorecardInput!) { submitScorecard(input: $input) { ${SCORECARD_FIELDS} } }`,
);

export type LintDraftInput = {
  strengths?: string | null;
  growthAreas?: GrowthArea[] | null;
  privateNotes?: string | null;
  summary?: string | null;
};
export const LintFeedbackTextQuery = doc<
  { lintFeedbackText: LintResult },
  { organizationId: string; input: LintDraftInput }
>(
  `query LintFeedbackText($organizationId: ID!, $input: LintDraftInput!) {
    lintFeedbackText(organizationId: $organizationId, input: $input) { ${LINT_FIELDS} }
  }`,
);

export type CompetencyFeedback = { competency: string; comment: string };
export type FeedbackRelease = {
  id: string;
  interviewId: string;
  level: FeedbackLevel;
  outcome: Outcome;
  summary: string | null;
  details: CompetencyFeedback[];
  releasedAt: string;
  dueAt: string | null;
  keptPromise: boolean;
  readAt: string | null;
  releasedByName: string | null;
};
const RELEASE_FIELDS = `id interviewId level outcome summary details { competency comment } releasedAt dueAt keptPromise
  readAt releasedByName`;

export type InterviewReview = {
  interview: ScorecardInterview;
  candidateFeedbackDueAt: string | null;
  level: FeedbackLevel | null;
  assignedInterviewers: Interviewer[];
  scorecards: Scorecard[];
  suggestedSummary: string;
  suggestedDetails: CompetencyFeedback[];
  release: FeedbackRelease | null;
};
export const InterviewReviewQuery = doc<
  { organization: Organization | null; interviewReview: InterviewReview },
  { organizationId: string; interviewId: string }
>(
  `query InterviewReview($organizationId: ID!, $interviewId: ID!) {
    organization(id: $organizationId) { ${ORGANIZATION_FIELDS} }
    interviewReview(interviewId: $interviewId) {
      interview { ${SCORECARD_INTERVIEW_FIELDS} }
      candidateFeedbackDueAt level
      assignedInterviewers { id name email }
      scorecards { ${SCORECARD_FIELDS} }
      suggestedSummary
      suggestedDetails { competency comment }
      release { ${RELEASE_FIELDS} }
    }
  }`,
);

export type ReleaseFeedbackInput = {
  interviewId: string;
  outcome: Outcome;
  summary?: string | null;
  details?: CompetencyFeedback[] | null;
};
export const ReleaseFeedbackMutation = doc<{ releaseFeedback: FeedbackRelease }, { input: ReleaseFeedbackInput }>(
  `mutation ReleaseFeedback($input: ReleaseFeedbackInput!) { releaseFeedback(input: $input) { ${RELEASE_FIELDS} } }`,
);

export const FormTemplatesQuery = doc<
  { organization: Organization | null; formTemplates: FormTemplate[] },
  { organizationId: string }
>(
  `query FormTemplates($organizationId: ID!) {
    organization(id: $organizationId) { ${ORGANIZATION_FIELDS} }
    formTemplates(organizationId: $organizationId) { ${FORM_TEMPLATE_FIELDS} }
  }`,
);

export type SaveFormTemplateInput = {
  organizationId: string;
  stageKind: StageKind;
  name: string;
  competencies: {
    name: string;
    description: string;
    evidenceRequired: boolean;
    scale: RatingAnchor[];
  }[];
};
export const SaveFormTemplateMutation = doc<{ saveFormTemplate: FormTemplate }, { input: SaveFormTemplateInput }>(
  `mutation SaveFormTemplate($input: SaveFormTemplateInput!) { saveFormTemplate(input: $input) { ${FORM_TEMPLATE_FIELDS} } }`,
);

export type CandidateFeedback = {
  id: string;
  level: FeedbackLevel;
  outcome: Outcome;
  summary: string | null;
  details: CompetencyFeedback[];
  releasedAt: string;
  readAt: string | null;
  keptPromise: boolean;
};
const CANDIDATE_FEEDBACK_FIELDS =
  "id level outcome summary details { competency comment } releasedAt readAt keptPromise";

export const MarkFeedbackReadMutation = doc<{ markFeedbackRead: CandidateFeedback }, { interviewId: string }>(
  `mutation MarkFeedbackRead($interviewId: ID!) { markFeedbackRead(interviewId: $interviewId) { ${CANDIDATE_FEEDBACK_FIELDS} } }`,
);

// ---------------------------------------------------------------- metrics dashboard

export type TrendInterval = "WEEK" | "MONTH";
export type MetricsBreakdownBy = "JOB" | "STAGE" | "INTERVIEWER";
export type MetricsTable = "HEADLINE" | "TREND" | MetricsBreakdownBy;

export type MetricsInput = {
  organizationId: string;
  from: string;
  to: string;
  interval?: TrendInterval | null;
  jobId?: string | null;
  stageKind?: StageKind | null;
  /** Admins only: the API refuses it for recruiters. */
  interviewerId?: string | null;
};

export type MetricSatisfaction = {
  overall: number | null;
  communication: number | null;
  timeliness: number | null;
  respect: number | null;
  clarity: number | null;
  usefulness: number | null;
};

export type MetricFigures = {
  interviews: number;
  interviewsDue: number;
  promisesKept: number;
  promiseKeptRate: number | null;
  released: number;
  timeToFeedbackMedianHours: number | null;
  timeToFeedbackP90Hours: number | null;
  timeToFeedbackMedianBusinessDays: number | null;
  timeToFeedbackP90BusinessDays: number | null;
  scorecardsDue: number;
  scorecardsOnTime: number;
  scorecardOnTimeRate: number | null;
  /** Null on trend points: ghosting is measured now. */
  activeApplications: number | null;
  ghostedApplications: number | null;
  ghostingRate: number | null;
  ratingsSuppressed: boolean;
  ratingsSuppressedReason: string | null;
  responses: number | null;
  nps: number | null;
  satisfaction: MetricSatisfaction | null;
  invitations: number;
  responseRate: number | null;
};
const METRIC_FIGURES_FIELDS = `interviews interviewsDue promisesKept promiseKeptRate released
  timeToFeedbackMedianHours timeToFeedbackP90Hours timeToFeedbackMedianBusinessDays timeToFeedbackP90BusinessDays
  scorecardsDue scorecardsOnTime scorecardOnTimeRate activeApplications ghostedApplications ghostingRate
  ratingsSuppressed ratingsSuppressedReason responses nps
  satisfaction { overall communication timeliness respect clarity usefulness }
  invitations responseRate`;

export type MetricsTrendPoint = { periodStart: string; figures: MetricFigures };
export type MetricsBreakdownRow = { key: string; label: string; figures: MetricFigures };
export type SharedRatingComments = {
  suppressed: boolean;
  reason: string | null;
  items: { comment: string; month: string }[];
};

export type OrganizationMetrics = {
  from: string;
  to: string;
  interval: TrendInterval;
  timeZone: string;
  headline: MetricFigures;
  trend: MetricsTrendPoint[];
  byJob: MetricsBreakdownRow[];
  byStage: MetricsBreakdownRow[];
  /** Present only when asked for (admins). */
  byInterviewer?: MetricsBreakdownRow[];
  comments: SharedRatingComments;
};

/** What the dashboard's filters offer: the organisation's jobs and, for admins, its members. */
export const MetricsFilterOptionsQuery = doc<
  {
    organization: Organization | null;
    jobs: { id: string; title: string; status: JobStatus }[];
    members?: { id: string; role: Role; user: { id: string; name: string } }[];
  },
  { organizationId: string; withMembers: boolean }
>(
  `query MetricsFilterOptions($organizationId: ID!, $withMembers: Boolean!) {
    organization(id: $organizationId) { ${ORGANIZATION_FIELDS} }
    jobs(organizationId: $organizationId) { id title status }
    members(organizationId: $organizationId) @include(if: $withMembers) { id role user { id name } }
  }`,
);

const BREAKDOWN_FIELDS = `key label figures { ${METRIC_FIGURES_FIELDS} }`;

export const OrganizationMetricsQuery = doc<
  { organizationMetrics: OrganizationMetrics },
  { input: MetricsInput; withInterviewers: boolean }
>(
  `query OrganizationMetrics($input: MetricsInput!, $withInterviewers: Boolean!) {
    organizationMetrics(input: $input) {
      from to interval timeZone
      headline { ${METRIC_FIGURES_FIELDS} }
      trend { periodStart figures { ${METRIC_FIGURES_FIELDS} } }
      byJob: breakdown(by: JOB) { ${BREAKDOWN_FIELDS} }
      byStage: breakdown(by: STAGE) { ${BREAKDOWN_FIELDS} }
      byInterviewer: breakdown(by: INTERVIEWER) @include(if: $withInterviewers) { ${BREAKDOWN_FIELDS} }
      comments { suppressed reason items { comment month } }
    }
  }`,
);

export const OrganizationMetricsCsvQuery = doc<
  { organizationMetricsCsv: string },
  { input: MetricsInput; table: MetricsTable }
>(
  `query OrganizationMetricsCsv($input: MetricsInput!, $table: MetricsTable!) {
    organizationMetricsCsv(input: $input, table: $table)
  }`,
);
