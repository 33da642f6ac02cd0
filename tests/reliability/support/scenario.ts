/**
 * Builds, through a running API, an organisation with completed interviews that are ready for a
 * scorecard and a release: the work a load run then submits.
 */
import type { PrismaClient } from "@candor/db";
import { operations, PASSWORD, pipelineOperations, uniqueEmail } from "../../../api/src/test/harness.ts";
import type { ApiProcess, GraphQLResponse } from "./processes.ts";

const HOUR = 3_600_000;

export const SUBMIT_SCORECARD = `mutation($input: ScorecardInput!) { submitScorecard(input: $input) { id status } }`;
export const RELEASE_FEEDBACK = `mutation($input: ReleaseFeedbackInput!) { releaseFeedback(input: $input) { id } }`;

function dataOf(result: GraphQLResponse, what: string): Record<string, any> {
  if (!result.data || result.errors?.length) throw new Error(`${what} failed: ${JSON.stringify(result)}`);
  return result.data;
}

async function acceptInvitation(api: ApiProcess, prisma: PrismaClient, email: string): Promise<string> {
  const message = await prisma.emailMessage.findFirstOrThrow({ where: { toAddress: email } });
  const token = message.text.match(/\/invite\/([a-z2-7]+)/)?.[1];
  if (!token) throw new Error(`no invitation link in the email to ${email}`);
  const accepted = await api.gql(operations.ACCEPT, { input: { token, name: "Ivy Interviewer", password: PASSWORD } });
  return dataOf(accepted, "accepting the invitation").acceptInvitation.token;
}

export interface Scenario {
  adminToken: string;
  interviewerToken: string;
  interviewIds: string[];
  competencyIds: string[];
}

export async function completedInterviews(api: ApiProcess, prisma: PrismaClient, count: number): Promise<Scenario> {
  const signUp = await api.gql(operations.SIGN_UP, {
    input: { name: "Ada Admin", email: uniqueEmail("admin"), password: PASSWORD, organizationName: "Restart Co" },
  });
  const payload = dataOf(signUp, "sign-up").signUp;
  const adminToken: string = payload.token;
  const organizationId: string = payload.viewer.memberships[0].organization.id;

  const interviewerEmail = uniqueEmail("interviewer");
  dataOf(
    await api.gql(
      operations.INVITE,
      { input: { organizationId, email: interviewerEmail, role: "INTERVIEWER", name: "Ivy Interviewer" } },
      adminToken,
    ),
    "invitation",
  );
  const interviewerToken = await acceptInvitation(api, prisma, interviewerEmail);
  const interviewerId = (await prisma.user.findUniqueOrThrow({ where: { email: interviewerEmail } })).id;

  const draft = await api.gql(
    pipelineOperations.SAVE_DRAFT,
    {
      input: {
        organizationId,
        stageKind: "SCREEN",
        level: "SUMMARY",
        candidateDeadlineBusinessDays: 5,
        scorecardDeadlineHours: 48,
        statusCadenceDays: 7,
      },
    },
    adminToken,
  );
  const draftId = dataOf(draft, "promise draft").savePromiseDraft.id;
  dataOf(await api.gql(pipelineOperations.PUBLISH, { id: draftId }, adminToken), "promise publication");

  const job = await api.gql(
    pipelineOperations.CREATE_JOB,
    { input: { organizationId, title: "Site Reliability Engineer", stages: [{ name: "Screen", kind: "SCREEN" }] } },
    adminToken,
  );
  const jobId = dataOf(job, "job creation").createJob.id;

  const interviewIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const added = await api.gql(
      pipelineOperations.ADD_CANDIDATE,
      { input: { jobId, name: `Candidate ${i}`, email: uniqueEmail("candidate") } },
      adminToken,
    );
    const applicationId = dataOf(added, "adding a candidate").addCandidate.id;
    const start = new Date(Date.now() + 24 * HOUR);
    const scheduled = await api.gql(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
      {
        input: {
          applicationId,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + HOUR).toISOString(),
          interviewerIds: [interviewerId],
        },
      },
      adminToken,
    );
    interviewIds.push(dataOf(scheduled, "scheduling").scheduleInterview.id);
  }
  // The interviews took place an hour ago: only then can they be completed and scored.
  await prisma.interview.updateMany({
    where: { id: { in: interviewIds } },
    data: { scheduledStart: new Date(Date.now() - 2 * HOUR), scheduledEnd: new Date(Date.now() - HOUR) },
  });
  for (const interviewId of interviewIds) {
    dataOf(
      await api.gql(
        `mutation($input: CompleteInterviewInput!) { completeInterview(input: $input) { id } }`,
        { input: { interviewId } },
        adminToken,
      ),
      "completing the interview",
    );
  }
  const form = await api.gql(
    `query($id: ID!) { scorecardForm(interviewId: $id) { template { competencies { id } } } }`,
    { id: interviewIds[0] },
    interviewerToken,
  );
  const competencyIds = dataOf(form, "the scorecard form").scorecardForm.template.competencies.map(
    (competency: { id: string }) => competency.id,
  );
  return { adminToken, interviewerToken, interviewIds, competencyIds };
}

const EVIDENCE =
  "Walked through the retry logic of the payment job, named the race between two workers and proposed a lock.";

export function scorecardInput(interviewId: string, competencyIds: string[]) {
  return {
    interviewId,
    ratings: competencyIds.map((competencyId) => ({ competencyId, rating: 3, evidence: EVIDENCE })),
    strengths:
      "You explained the trade-offs between a queue and a scheduled job clearly, with numbers from your last project.",
    growthAreas: [
      { area: "Testing edge cases", suggestion: "Write the failing test for the race before changing the code." },
    ],
    recommendation: "YES",
  };
}

export function releaseInput(interviewId: string) {
  return {
    interviewId,
    outcome: "ADVANCING",
    summary:
      "You explained the retry design step by step and tested the failure path before the happy path. We would like to continue with the next stage.",
  };
}
