/**
 * Black-box authorisation: one organisation's people cannot read or change another's data, and a
 * candidate cannot reach another candidate's data, whatever GraphQL operation they try.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../api/src/graphql/graphql-cjs.ts";
import { typeDefs } from "../../api/src/graphql/schema.ts";
import {
  createTestApi,
  inviteAndAccept,
  jobWithCandidate,
  operations,
  pipelineOperations,
  signUpCompany,
  type TestApi,
  uniqueEmail,
} from "../../api/src/test/harness.ts";

let api: TestApi;
let acme: Awaited<ReturnType<typeof signUpCompany>>;
let globex: Awaited<ReturnType<typeof signUpCompany>>;
let acmeRecruiter: Awaited<ReturnType<typeof inviteAndAccept>>;
let acmeInterviewer: Awaited<ReturnType<typeof inviteAndAccept>>;
let globexRecruiter: Awaited<ReturnType<typeof inviteAndAccept>>;
let globexInterviewer: Awaited<ReturnType<typeof inviteAndAccept>>;
let globexCandidate: Awaited<ReturnType<typeof inviteAndAccept>>;
let alice: Awaited<ReturnType<typeof inviteAndAccept>>;
let bob: Awaited<ReturnType<typeof inviteAndAccept>>;
let acmeInvitationId: string;
let acmePipeline: Awaited<ReturnType<typeof jobWithCandidate>>;
let acmeInterviewId: string;
let acmeDraftId: string;
let acmeHolidayId: string;
let acmeCompletedInterviewId: string;
let acmeRatingId: string;
let acmeNotificationId: string;

async function giveApplication(organizationId: string, email: string, title: string) {
  const job = await api.prisma.job.create({
    data: { organizationId, title, stages: { create: [{ name: "Screen", kind: "SCREEN", position: 1 }] } },
    include: { stages: true },
  });
  const candidate = await api.prisma.candidate.findFirstOrThrow({ where: { organizationId, email } });
  await api.prisma.application.create({
    data: { organizationId, candidateId: candidate.id, jobId: job.id, currentStageId: job.stages[0]?.id ?? null },
  });
}

beforeAll(async () => {
  api = await createTestApi();
  acme = await signUpCompany(api, "Acme");
  globex = await signUpCompany(api, "Globex");
  acmeRecruiter = await inviteAndAccept(api, acme, "RECRUITER");
  acmeInterviewer = await inviteAndAccept(api, acme, "INTERVIEWER");
  globexRecruiter = await inviteAndAccept(api, globex, "RECRUITER");
  globexInterviewer = await inviteAndAccept(api, globex, "INTERVIEWER");
  globexCandidate = await inviteAndAccept(api, globex, "CANDIDATE");
  alice = await inviteAndAccept(api, acme, "CANDIDATE");
  bob = await inviteAndAccept(api, acme, "CANDIDATE");
  await giveApplication(acme.organizationId, alice.email, "Alice's job");
  await giveApplication(acme.organizationId, bob.email, "Bob's job");
  const pending = await api.gql(
    operations.INVITE,
    { input: { organizationId: acme.organizationId, email: uniqueEmail(), role: "INTERVIEWER" } },
    { token: acme.token },
  );
  acmeInvitationId = pending.data?.inviteMember.id;
  acmePipeline = await jobWithCandidate(api, acme);
  const interview = await api.gql(
    `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
    {
      input: {
        applicationId: acmePipeline.applicationId,
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 90_000_000).toISOString(),
        interviewerIds: [acmeInterviewer.userId],
      },
    },
    { token: acme.token },
  );
  acmeInterviewId = interview.data?.scheduleInterview.id;
  acmeCompletedInterviewId = await completedInterviewWithScorecard();
  const draft = await api.gql(
    pipelineOperations.SAVE_DRAFT,
    {
      input: {
        organizationId: acme.organizationId,
        stageKind: "FINAL",
        level: "SUMMARY",
        candidateDeadlineBusinessDays: 3,
        scorecardDeadlineHours: 24,
        statusCadenceDays: 7,
      },
    },
    { token: acme.token },
  );
  acmeDraftId = draft.data?.savePromiseDraft.id;
  const holiday = await api.gql(
    `mutation($input: AddHolidayInput!) { addHoliday(input: $input) { id } }`,
    { input: { organizationId: acme.organizationId, date: "2026-12-24", name: "Christmas Eve" } },
    { token: acme.token },
  );
  acmeHolidayId = holiday.data?.addHoliday.id;
  const cleo = await api.prisma.application.findUniqueOrThrow({ where: { id: acmePipeline.applicationId } });
  const rating = await api.prisma.experienceRating.create({
    data: {
      ...ratingScores,
      organizationId: acme.organizationId,
      applicationId: cleo.id,
      candidateId: cleo.candidateId,
      scope: "process",
    },
  });
  acmeRatingId = rating.id;
  // A status update to Bob notifies him: his notification is one more thing no one else may touch.
  const bobsApplication = await api.prisma.application.findFirstOrThrow({ where: { candidate: { email: bob.email } } });
  await api.gql(
    `mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }`,
    { input: { applicationId: bobsApplication.id, body: "We will be in touch next week." } },
    { token: acme.token },
  );
  const notification = await api.prisma.notification.findFirstOrThrow({ where: { userId: bob.userId } });
  acmeNotificationId = notification.id;
});
afterAll(() => api.close());

/** Every operation that names something of Acme's, as Globex's people (or Acme's candidates) would try it. */
function operationsOnAcme() {
  const org = acme.organizationId;
  return [
    { name: "organization", query: `query($id: ID!) { organization(id: $id) { name } }`, variables: { id: org } },
    { name: "members", query: `query($id: ID!) { members(organizationId: $id) { id } }`, variables: { id: org } },
    {
      name: "invitations",
      query: `query($id: ID!) { invitations(organizationId: $id) { id } }`,
      variables: { id: org },
    },
    {
      name: "recruiterHome",
      query: `query($id: ID!) { recruiterHome(organizationId: $id) { openJobs } }`,
      variables: { id: org },
    },
    {
      name: "interviewerHome",
      query: `query($id: ID!) { interviewerHome(organizationId: $id) { upcoming { id } } }`,
      variables: { id: org },
    },
    {
      name: "inviteMember",
      query: operations.INVITE,
      variables: { input: { organizationId: org, email: uniqueEmail(), role: "CANDIDATE", name: "Intruder" } },
    },
    {
      name: "revokeInvitation",
      query: `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
      variables: { id: acmeInvitationId },
    },
    {
      name: "changeMemberRole",
      query: `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }`,
      variables: { input: { membershipId: acmeRecruiter.membershipId, role: "ADMIN" } },
    },
    {
      name: "removeMember",
      query: `mutation($id: ID!) { removeMember(membershipId: $id) }`,
      variables: { id: acmeInterviewer.membershipId },
    },
    {
      name: "endMemberSessions",
      query: `mutation($id: ID!) { endMemberSessions(membershipId: $id) }`,
      variables: { id: acmeRecruiter.membershipId },
    },
    ...pipelineOperationsOnAcme(),
    ...feedbackOperationsOnAcme(),
    {
      name: "markNotificationRead",
      query: `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`,
      variables: { id: acmeNotificationId },
    },
    {
      name: "candidateApplication",
      query: `query($id: ID!) { candidateApplication(id: $id) { id } }`,
      variables: { id: acmePipeline.applicationId },
    },
  ];
}

/**
 * Root fields that name nothing of an organisation's: the caller's own account, notifications and
 * settings, links that carry their own token, public pages and development tools. Every other root
 * field must be in operationsOnAcme(), which a test checks against the built schema.
 */
const NOT_TENANT_SCOPED = [
  "Query.ping",
  "Query.viewer",
  "Query.candidateHome",
  "Query.invitationPreview",
  "Query.devOutbox",
  "Query.publicPromisePage",
  "Query.notifications",
  "Query.unreadNotificationCount",
  "Query.notificationPreferences",
  "Query.unsubscribeLink",
  "Mutation.noop",
  "Mutation.signUp",
  "Mutation.signIn",
  "Mutation.signOut",
  "Mutation.requestPasswordReset",
  "Mutation.resetPassword",
  "Mutation.changePassword",
  "Mutation.acceptInvitation",
  "Mutation.markAllNotificationsRead",
  "Mutation.setNotificationPreference",
  "Mutation.unsubscribe",
];

/** A completed interview of Acme's with a submitted scorecard by Acme's interviewer. */
async function completedInterviewWithScorecard(): Promise<string> {
  const scheduled = await api.gql(
    `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
    {
      input: {
        applicationId: acmePipeline.applicationId,
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 90_000_000).toISOString(),
        interviewerIds: [acmeInterviewer.userId],
      },
    },
    { token: acme.token },
  );
  const id = scheduled.data?.scheduleInterview.id as string;
  await api.prisma.interview.update({
    where: { id },
    data: { scheduledStart: new Date(Date.now() - 7_200_000), scheduledEnd: new Date(Date.now() - 3_600_000) },
  });
  await api.gql(
    `mutation($input: CompleteInterviewInput!) { completeInterview(input: $input) { id } }`,
    { input: { interviewId: id } },
    {
      token: acme.token,
    },
  );
  const form = await api.gql(
    `query($id: ID!) { scorecardForm(interviewId: $id) { template { competencies { id } } } }`,
    { id },
    {
      token: acmeInterviewer.token,
    },
  );
  const evidence = "Explained how the job retries and why the lock prevents two workers running it twice.";
  const submitted = await api.gql(
    `mutation($input: ScorecardInput!) { submitScorecard(input: $input) { id } }`,
    {
      input: {
        interviewId: id,
        ratings: form.data?.scorecardForm.template.competencies.map((c: { id: string }) => ({
          competencyId: c.id,
          rating: 3,
          evidence,
        })),
        strengths: "You explained the retry design step by step and tested the failure path before the happy path.",
        growthAreas: [
          {
            area: "Estimating effort",
            suggestion: "Break the work into steps and size each one before giving a total.",
          },
        ],
        recommendation: "YES",
      },
    },
    { token: acmeInterviewer.token },
  );
  if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
  return id;
}

function feedbackOperationsOnAcme() {
  const org = acme.organizationId;
  const interviewId = acmeCompletedInterviewId;
  const summary = "You explained the retry design step by step and tested the failure path before the happy path.";
  const scale = [1, 2].map((value) => ({ value, label: `L${value}`, anchor: `Observable behaviour ${value}.` }));
  return [
    {
      name: "scorecardForm",
      query: `query($id: ID!) { scorecardForm(interviewId: $id) { interview { id } } }`,
      variables: { id: interviewId },
    },
    {
      name: "interviewReview",
      query: `query($id: ID!) { interviewReview(interviewId: $id) { level } }`,
      variables: { id: interviewId },
    },
    {
      name: "formTemplates",
      query: `query($id: ID!) { formTemplates(organizationId: $id) { id } }`,
      variables: { id: org },
    },
    {
      name: "lintFeedbackText",
      query: `query($id: ID!) { lintFeedbackText(organizationId: $id, input: { strengths: "Good" }) { score } }`,
      variables: { id: org },
    },
    {
      name: "saveScorecardDraft",
      query: `mutation($input: ScorecardInput!) { saveScorecardDraft(input: $input) { id } }`,
      variables: { input: { interviewId, strengths: "Overwritten by an outsider" } },
    },
    {
      name: "submitScorecard",
      query: `mutation($input: ScorecardInput!) { submitScorecard(input: $input) { id } }`,
      variables: { input: { interviewId } },
    },
    {
      name: "releaseFeedback",
      query: `mutation($input: ReleaseFeedbackInput!) { releaseFeedback(input: $input) { id } }`,
      variables: { input: { interviewId, outcome: "NOT_ADVANCING", summary } },
    },
    {
      name: "markFeedbackRead",
      query: `mutation($id: ID!) { markFeedbackRead(interviewId: $id) { id } }`,
      variables: { id: interviewId },
    },
    {
      name: "saveFormTemplate",
      query: `mutation($input: SaveFormTemplateInput!) { saveFormTemplate(input: $input) { id } }`,
      variables: {
        input: {
          organizationId: org,
          stageKind: "SCREEN",
          name: "Hijacked form",
          competencies: [{ name: "Obedience", description: "", evidenceRequired: false, scale }],
        },
      },
    },
  ];
}

function pipelineOperationsOnAcme() {
  const org = acme.organizationId;
  const app = acmePipeline.applicationId;
  const later = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
  return [
    { name: "jobs", query: `query($id: ID!) { jobs(organizationId: $id) { id } }`, variables: { id: org } },
    {
      name: "pipeline",
      query: `query($id: ID!) { pipeline(jobId: $id) { job { id } } }`,
      variables: { id: acmePipeline.jobId },
    },
    { name: "application", query: `query($id: ID!) { application(id: $id) { id } }`, variables: { id: app } },
    { name: "goingCold", query: `query($id: ID!) { goingCold(organizationId: $id) { id } }`, variables: { id: org } },
    { name: "promises", query: `query($id: ID!) { promises(organizationId: $id) { id } }`, variables: { id: org } },
    {
      name: "promiseHistory",
      query: `query($id: ID!) { promiseHistory(organizationId: $id, stageKind: FINAL) { id } }`,
      variables: { id: org },
    },
    { name: "holidays", query: `query($id: ID!) { holidays(organizationId: $id) { id } }`, variables: { id: org } },
    {
      name: "interviewers",
      query: `query($id: ID!) { interviewers(organizationId: $id) { id } }`,
      variables: { id: org },
    },
    {
      name: "statusUpdateTemplates",
      query: `query($id: ID!) { statusUpdateTemplates(organizationId: $id) { id } }`,
      variables: { id: org },
    },
    {
      name: "createJob",
      query: pipelineOperations.CREATE_JOB,
      variables: { input: { organizationId: org, title: "Intruder job", stages: [{ name: "S", kind: "SCREEN" }] } },
    },
    {
      name: "setJobStatus",
      query: `mutation($id: ID!) { setJobStatus(jobId: $id, status: CLOSED) { id } }`,
      variables: { id: acmePipeline.jobId },
    },
    {
      name: "addCandidate",
      query: pipelineOperations.ADD_CANDIDATE,
      variables: { input: { jobId: acmePipeline.jobId, name: "Plant", email: uniqueEmail() } },
    },
    {
      name: "moveApplication",
      query: `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id } }`,
      variables: { input: { applicationId: app, move: "REJECT" } },
    },
    {
      name: "scheduleInterview",
      query: `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
      variables: {
        input: { applicationId: app, startsAt: later(50), endsAt: later(51), interviewerIds: [acme.userId] },
      },
    },
    {
      name: "rescheduleInterview",
      query: `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { id } }`,
      variables: { input: { interviewId: acmeInterviewId, startsAt: later(60), endsAt: later(61) } },
    },
    {
      name: "cancelInterview",
      query: `mutation($id: ID!) { cancelInterview(interviewId: $id) { id } }`,
      variables: { id: acmeInterviewId },
    },
    {
      name: "completeInterview",
      query: `mutation($input: CompleteInterviewInput!) { completeInterview(input: $input) { id } }`,
      variables: { input: { interviewId: acmeInterviewId } },
    },
    {
      name: "postStatusUpdate",
      query: `mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }`,
      variables: { input: { applicationId: app, body: "Spoofed update" } },
    },
    {
      name: "savePromiseDraft",
      query: pipelineOperations.SAVE_DRAFT,
      variables: {
        input: {
          organizationId: org,
          stageKind: "SCREEN",
          level: "OUTCOME",
          candidateDeadlineBusinessDays: 60,
          scorecardDeadlineHours: 300,
          statusCadenceDays: 60,
        },
      },
    },
    { name: "publishPromise", query: pipelineOperations.PUBLISH, variables: { id: acmeDraftId } },
    {
      name: "discardPromiseDraft",
      query: `mutation($id: ID!) { discardPromiseDraft(id: $id) }`,
      variables: { id: acmeDraftId },
    },
    {
      name: "addHoliday",
      query: `mutation($input: AddHolidayInput!) { addHoliday(input: $input) { id } }`,
      variables: { input: { organizationId: org, date: "2026-12-31", name: "Spoof" } },
    },
    { name: "removeHoliday", query: `mutation($id: ID!) { removeHoliday(id: $id) }`, variables: { id: acmeHolidayId } },
    {
      name: "updateOrganization",
      query: `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      variables: { input: { organizationId: org, name: "Hijacked" } },
    },
    {
      name: "organizationMetrics",
      query: `query($input: MetricsInput!) { organizationMetrics(input: $input) { headline { interviews } } }`,
      variables: { input: metricsRange(org) },
    },
    {
      name: "organizationMetricsCsv",
      query: `query($input: MetricsInput!) { organizationMetricsCsv(input: $input, table: HEADLINE) }`,
      variables: { input: metricsRange(org) },
    },
    {
      name: "rateExperience",
      query: `mutation($input: RateExperienceInput!) { rateExperience(input: $input) { id } }`,
      variables: { input: { applicationId: app, scope: "process", ...ratingScores } },
    },
    {
      name: "updateExperienceRating",
      query: `mutation($input: UpdateExperienceRatingInput!) { updateExperienceRating(input: $input) { id } }`,
      variables: { input: { id: acmeRatingId, ...ratingScores, overall: 1 } },
    },
  ];
}

const ratingScores = {
  overall: 4,
  recommend: 8,
  communication: 4,
  timeliness: 4,
  respect: 5,
  clarity: 4,
  usefulness: 3,
  shareComment: true,
};
const metricsRange = (organizationId: string) => ({
  organizationId,
  from: new Date(Date.now() - 90 * 86_400_000).toISOString(),
  to: new Date().toISOString(),
});

async function snapshot() {
  const organizationId = acme.organizationId;
  const [
    memberships,
    invitations,
    sessions,
    candidates,
    organization,
    jobs,
    applications,
    interviews,
    promises,
    holidays,
    updates,
    ratings,
  ] = await Promise.all([
    api.prisma.membership.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    api.prisma.invitation.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    api.prisma.session.count(),
    api.prisma.candidate.count({ where: { organizationId } }),
    api.prisma.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    api.prisma.job.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    api.prisma.application.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    api.prisma.interview.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    api.prisma.feedbackPromise.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    api.prisma.holiday.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    api.prisma.statusUpdate.count({ where: { application: { organizationId } } }),
    api.prisma.experienceRating.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
  ]);
  return {
    memberships,
    invitations,
    sessions,
    candidates,
    organization,
    jobs,
    applications,
    interviews,
    promises,
    holidays,
    updates,
    ratings,
  };
}

describe("another organisation's people", () => {
  const outsiders = () => ({
    "Globex admin": globex.token,
    "Globex recruiter": globexRecruiter.token,
    "Globex interviewer": globexInterviewer.token,
    "Globex candidate": globexCandidate.token,
    "Acme candidate": alice.token,
    "signed out": undefined,
  });

  it("are tried on every Query and Mutation of the schema: a new operation must join the matrix", () => {
    const schema = graphql.buildSchema(typeDefs);
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((field) => `${type?.name}.${field}`),
    );
    const tried = new Set(operationsOnAcme().map((operation) => operation.name));
    const untried = rootFields.filter(
      (field) => !tried.has(field.split(".")[1] ?? "") && !NOT_TENANT_SCOPED.includes(field),
    );
    expect(untried).toEqual([]);
    expect(NOT_TENANT_SCOPED.filter((field) => !rootFields.includes(field))).toEqual([]);
  });

  it("cannot read or change anything of Acme's through any operation", async () => {
    const before = await snapshot();
    for (const [who, token] of Object.entries(outsiders())) {
      for (const operation of operationsOnAcme()) {
        const result = await api.gql(operation.query, operation.variables, { token });
        const code = result.errors?.[0]?.extensions?.code;
        expect({ who, operation: operation.name, data: result.data?.[operation.name] ?? null, denied: code }).toEqual({
          who,
          operation: operation.name,
          data: null,
          denied: expect.stringMatching(token ? /^(FORBIDDEN|NOT_FOUND)$/ : /^(UNAUTHENTICATED)$/),
        });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("while Acme's own admin can do those same things", async () => {
    const destructive = [
      "removeMember",
      "changeMemberRole",
      "endMemberSessions",
      "moveApplication",
      "completeInterview",
      "cancelInterview",
      "publishPromise",
      "discardPromiseDraft",
      "removeHoliday",
      "setJobStatus",
      "updateOrganization",
      // Only the assigned interviewer, or the candidate, may do these; releasing changes Acme's data.
      "scorecardForm",
      "saveScorecardDraft",
      "submitScorecard",
      "markFeedbackRead",
      "releaseFeedback",
      // Only the person it was sent to (Bob) may mark a notification read.
      "markNotificationRead",
      // Only the candidate whose application it is may see it as a candidate, or rate it.
      "candidateApplication",
      "rateExperience",
      "updateExperienceRating",
    ];
    for (const operation of operationsOnAcme().filter((o) => !destructive.includes(o.name))) {
      const result = await api.gql(operation.query, operation.variables, { token: acme.token });
      expect({ operation: operation.name, errors: result.errors }).toEqual({
        operation: operation.name,
        errors: undefined,
      });
    }
  });
});

describe("staff roles inside one organisation", () => {
  it("keeps interviewers out of recruiter and admin operations", async () => {
    for (const name of [
      "members",
      "invitations",
      "recruiterHome",
      "inviteMember",
      "changeMemberRole",
      "removeMember",
      "organizationMetrics",
      "organizationMetricsCsv",
    ]) {
      const operation = operationsOnAcme().find((o) => o.name === name);
      if (!operation) throw new Error(name);
      const result = await api.gql(operation.query, operation.variables, { token: acmeInterviewer.token });
      expect({ name, code: result.errors?.[0]?.extensions?.code }).toEqual({
        name,
        code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/),
      });
    }
  });

  it("keeps recruiters out of admin-only member management", async () => {
    for (const name of ["changeMemberRole", "removeMember", "endMemberSessions"]) {
      const operation = operationsOnAcme().find((o) => o.name === name);
      if (!operation) throw new Error(name);
      const result = await api.gql(operation.query, operation.variables, { token: acmeRecruiter.token });
      expect({ name, code: result.errors?.[0]?.extensions?.code }).toEqual({ name, code: "NOT_FOUND" });
    }
  });
});

describe("candidates", () => {
  it("see only their own applications", async () => {
    const home = `{ candidateHome { applications { jobTitle organizationName } } }`;
    expect((await api.gql(home, {}, { token: alice.token })).data?.candidateHome.applications).toEqual([
      { jobTitle: "Alice's job", organizationName: "Acme" },
    ]);
    expect((await api.gql(home, {}, { token: bob.token })).data?.candidateHome.applications).toEqual([
      { jobTitle: "Bob's job", organizationName: "Acme" },
    ]);
    expect((await api.gql(home, {}, { token: acme.token })).data?.candidateHome.applications).toEqual([]);
  });

  it("cannot reach staff views of the organisation they applied to", async () => {
    const result = await api.gql(
      `query($id: ID!) { interviewerHome(organizationId: $id) { upcoming { id } } }`,
      { id: acme.organizationId },
      { token: alice.token },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
