import { inviteAndAccept, publishPromise, signUpCompany, type TestApi } from "../../test/harness.ts";

/** Test helpers for notifications: a company with a recruiter, an interviewer and a promise in force. */

export const HOUR = 3_600_000;

export async function companyWithStaff(api: TestApi, name?: string) {
  const admin = await signUpCompany(api, name);
  const recruiter = await inviteAndAccept(api, admin, "RECRUITER");
  const interviewer = await inviteAndAccept(api, admin, "INTERVIEWER");
  await publishPromise(api, admin, { stageKind: "SCREEN", level: "OUTCOME", days: 3, hours: 24, cadence: 7 });
  return { admin, recruiter, interviewer };
}

export { completedInterview } from "../../test/harness.ts";

export async function tasksOf(api: TestApi, interviewId: string) {
  return api.prisma.scheduledTask.findMany({
    where: { dedupeKey: { contains: interviewId } },
    orderBy: [{ dueAt: "asc" }, { dedupeKey: "asc" }],
  });
}

export const NOTIFICATIONS = /* GraphQL */ `
  query($first: Int, $unreadOnly: Boolean) {
    notifications(first: $first, unreadOnly: $unreadOnly) { unreadCount items { id kind title body link readAt } }
  }
`;

const FORM = `query($id: ID!) { scorecardForm(interviewId: $id) { template { competencies { id } } } }`;
const SUBMIT = `mutation($input: ScorecardInput!) { submitScorecard(input: $input) { id status } }`;

/** Files a complete scorecard through the API as the interviewer. */
export async function submitScorecard(api: TestApi, interviewId: string, token: string) {
  const form = await api.gql(FORM, { id: interviewId }, { token });
  if (!form.data) throw new Error(JSON.stringify(form.errors));
  const evidence =
    "Walked through the retry logic of the payment job, named the race between two workers and proposed a lock.";
  const submitted = await api.gql(
    SUBMIT,
    {
      input: {
        interviewId,
        ratings: form.data.scorecardForm.template.competencies.map((c: { id: string }) => ({
          competencyId: c.id,
          rating: 3,
          evidence,
        })),
        strengths:
          "You explained the trade-offs between a queue and a scheduled job clearly, with numbers from your last project.",
        growthAreas: [
          { area: "Testing edge cases", suggestion: "Write the failing test for the race before changing the code." },
        ],
        recommendation: "YES",
        privateNotes: "",
      },
    },
    { token },
  );
  if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
}

export async function releaseOutcome(api: TestApi, interviewId: string, token: string) {
  const released = await api.gql(
    `mutation($input: ReleaseFeedbackInput!) { releaseFeedback(input: $input) { id keptPromise } }`,
    { input: { interviewId, outcome: "ADVANCING" } },
    { token },
  );
  if (!released.data) throw new Error(JSON.stringify(released.errors));
  return released.data.releaseFeedback;
}

export async function postStatusUpdate(api: TestApi, applicationId: string, token: string, body: string) {
  const posted = await api.gql(
    `mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }`,
    { input: { applicationId, body } },
    { token },
  );
  if (!posted.data) throw new Error(JSON.stringify(posted.errors));
}
