import type { Database } from "@candor/db";
import { createTestDatabase } from "@candor/db/testing";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";

export interface GraphQLResult<T = Record<string, any>> {
  data: T | null;
  errors?: Array<{
    message: string;
    extensions?: { code?: string; fields?: Record<string, string> } & Record<string, unknown>;
  }>;
  statusCode: number;
  headers: Record<string, unknown>;
}

export interface CallOptions {
  token?: string | undefined;
  ip?: string;
  headers?: Record<string, string>;
}

/** A real API on its own fresh database, driven through HTTP injection (no listening socket). */
export async function createTestApi(env: Record<string, string> = {}) {
  const db: Database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", PORTAL_URL: "http://portal.test", ...env });
  const app = await buildApp({ config, db, migrate: false, logger: false });
  await app.ready();

  async function gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: CallOptions = {},
  ): Promise<GraphQLResult<T>> {
    const response = await app.inject({
      method: "POST",
      url: "/graphql",
      remoteAddress: options.ip ?? "127.0.0.1",
      headers: {
        "content-type": "application/json",
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      payload: JSON.stringify({ query, variables }),
    });
    return { ...(response.json() as { data: T | null }), statusCode: response.statusCode, headers: response.headers };
  }

  return {
    app,
    db,
    prisma: db.prisma,
    config,
    gql,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

let counter = 0;
export const uniqueEmail = (prefix = "person") => `${prefix}-${Date.now().toString(36)}-${++counter}@example.test`;
export const PASSWORD = "correct horse battery";

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      viewer { user { id email } memberships { id role organization { id slug } } }
    }
  }
`;

/** Signs up a company through the API; returns its admin's token and ids. */
export async function signUpCompany(api: TestApi, name = `Company ${++counter}`) {
  const email = uniqueEmail("admin");
  const result = await api.gql(SIGN_UP, {
    input: { name: "Ada Admin", email, password: PASSWORD, organizationName: name },
  });
  if (!result.data) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
  const payload = result.data.signUp;
  return {
    token: payload.token as string,
    email,
    userId: payload.viewer.user.id as string,
    organizationId: payload.viewer.memberships[0].organization.id as string,
    membershipId: payload.viewer.memberships[0].id as string,
  };
}

/** Reads the newest outbox email to an address and returns the token from its link. */
export async function tokenFromOutbox(api: TestApi, to: string, path: "invite" | "reset-password"): Promise<string> {
  const email = await api.prisma.emailMessage.findFirstOrThrow({
    // Other emails (notifications) may have arrived since the one with the link.
    where: { toAddress: to, text: { contains: `/${path}/` } },
    orderBy: { createdAt: "desc" },
  });
  const match = email.text.match(new RegExp(`/${path}/([a-z2-7]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in email to ${to}`);
  return match[1];
}

const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { id email role status } }
`;
const ACCEPT = /* GraphQL */ `
  mutation Accept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { token viewer { user { id } memberships { id role } candidacies { id } } }
  }
`;

/** Invites someone as `role` and accepts as a new account; returns their token and user id. */
export async function inviteAndAccept(
  api: TestApi,
  admin: { token: string; organizationId: string },
  role: "ADMIN" | "RECRUITER" | "INTERVIEWER" | "CANDIDATE",
) {
  const email = uniqueEmail(role.toLowerCase());
  const invited = await api.gql(
    INVITE,
    { input: { organizationId: admin.organizationId, email, role, name: "Invited Person" } },
    { token: admin.token },
  );
  if (!invited.data) throw new Error(`invite failed: ${JSON.stringify(invited.errors)}`);
  const token = await tokenFromOutbox(api, email, "invite");
  const accepted = await api.gql(ACCEPT, { input: { token, name: "Invited Person", password: PASSWORD } });
  if (!accepted.data) throw new Error(`accept failed: ${JSON.stringify(accepted.errors)}`);
  const payload = accepted.data.acceptInvitation;
  return {
    email,
    token: payload.token as string,
    userId: payload.viewer.user.id as string,
    membershipId: (payload.viewer.memberships[0]?.id ?? null) as string | null,
  };
}

export const operations = { SIGN_UP, INVITE, ACCEPT };

const SAVE_DRAFT = /* GraphQL */ `
  mutation Save($input: SavePromiseDraftInput!) { savePromiseDraft(input: $input) { id version status description } }
`;
const PUBLISH = /* GraphQL */ `mutation Publish($id: ID!) { publishPromise(id: $id) { id version status } }`;

/** Publishes an organisation-wide promise for a stage kind through the API; returns its id. */
export async function publishPromise(
  api: TestApi,
  admin: { token: string; organizationId: string },
  terms: { stageKind: string; level?: string; days?: number; hours?: number; cadence?: number; jobId?: string },
): Promise<string> {
  const saved = await api.gql(
    SAVE_DRAFT,
    {
      input: {
        organizationId: admin.organizationId,
        stageKind: terms.stageKind,
        jobId: terms.jobId ?? null,
        level: terms.level ?? "DETAILED",
        candidateDeadlineBusinessDays: terms.days ?? 5,
        scorecardDeadlineHours: terms.hours ?? 24,
        statusCadenceDays: terms.cadence ?? 7,
      },
    },
    { token: admin.token },
  );
  if (!saved.data) throw new Error(`save draft failed: ${JSON.stringify(saved.errors)}`);
  const published = await api.gql(PUBLISH, { id: saved.data.savePromiseDraft.id }, { token: admin.token });
  if (!published.data) throw new Error(`publish failed: ${JSON.stringify(published.errors)}`);
  return published.data.publishPromise.id;
}

const CREATE_JOB = /* GraphQL */ `
  mutation CreateJob($input: CreateJobInput!) { createJob(input: $input) { id title stages { id name kind position } } }
`;
const ADD_CANDIDATE = /* GraphQL */ `
  mutation Add($input: AddCandidateInput!) { addCandidate(input: $input) { id status currentStage { id name } } }
`;

/** A job with screen → technical → onsite stages, and one candidate added to it. */
export async function jobWithCandidate(api: TestApi, admin: { token: string; organizationId: string }) {
  const job = await api.gql(
    CREATE_JOB,
    {
      input: {
        organizationId: admin.organizationId,
        title: "Backend Engineer",
        stages: [
          { name: "Recruiter screen", kind: "SCREEN" },
          { name: "Technical interview", kind: "TECHNICAL" },
          { name: "Onsite", kind: "ONSITE" },
        ],
      },
    },
    { token: admin.token },
  );
  if (!job.data) throw new Error(`create job failed: ${JSON.stringify(job.errors)}`);
  const email = uniqueEmail("candidate");
  const added = await api.gql(
    ADD_CANDIDATE,
    { input: { jobId: job.data.createJob.id, name: "Cleo Candidate", email } },
    {
      token: admin.token,
    },
  );
  if (!added.data) throw new Error(`add candidate failed: ${JSON.stringify(added.errors)}`);
  return {
    jobId: job.data.createJob.id as string,
    stages: job.data.createJob.stages as Array<{ id: string; name: string; kind: string }>,
    applicationId: added.data.addCandidate.id as string,
    candidateEmail: email,
  };
}

export const pipelineOperations = { SAVE_DRAFT, PUBLISH, CREATE_JOB, ADD_CANDIDATE };

/** Accepts the newest invitation emailed to `email` as a new account; returns its token. */
export async function acceptFromOutbox(api: TestApi, email: string) {
  const token = await tokenFromOutbox(api, email, "invite");
  const accepted = await api.gql(ACCEPT, { input: { token, name: "Cleo Candidate", password: PASSWORD } });
  if (!accepted.data) throw new Error(`accept failed: ${JSON.stringify(accepted.errors)}`);
  return {
    token: accepted.data.acceptInvitation.token as string,
    userId: accepted.data.acceptInvitation.viewer.user.id as string,
  };
}

const INTERVIEW_HOUR = 3_600_000;

/** A candidate (with an account) whose screen interview with `interviewerIds` was completed now. */
export async function completedInterview(
  api: TestApi,
  admin: { token: string; organizationId: string },
  interviewerIds: string[],
  options: { candidateAccount?: boolean } = {},
) {
  const pipeline = await jobWithCandidate(api, admin);
  const candidate = options.candidateAccount === false ? null : await acceptFromOutbox(api, pipeline.candidateEmail);
  const start = new Date(Date.now() + 24 * INTERVIEW_HOUR);
  const scheduled = await api.gql(
    `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
    {
      input: {
        applicationId: pipeline.applicationId,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + INTERVIEW_HOUR).toISOString(),
        interviewerIds,
      },
    },
    { token: admin.token },
  );
  if (!scheduled.data) throw new Error(JSON.stringify(scheduled.errors));
  const interviewId = scheduled.data.scheduleInterview.id as string;
  // Move it into the past so that it can be completed (the API refuses to complete a future interview).
  await api.prisma.interview.update({
    where: { id: interviewId },
    data: {
      scheduledStart: new Date(Date.now() - 2 * INTERVIEW_HOUR),
      scheduledEnd: new Date(Date.now() - INTERVIEW_HOUR),
    },
  });
  const completed = await api.gql(
    `mutation($input: CompleteInterviewInput!) { completeInterview(input: $input) { id endedAt scorecardDueAt candidateFeedbackDueAt } }`,
    { input: { interviewId } },
    { token: admin.token },
  );
  if (!completed.data) throw new Error(JSON.stringify(completed.errors));
  const interview = completed.data.completeInterview;
  return {
    ...pipeline,
    candidate,
    interviewId,
    endedAt: new Date(interview.endedAt),
    scorecardDueAt: new Date(interview.scorecardDueAt),
    candidateFeedbackDueAt: new Date(interview.candidateFeedbackDueAt),
  };
}
