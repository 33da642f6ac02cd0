import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  completedInterview,
  createTestApi,
  inviteAndAccept,
  publishPromise,
  signUpCompany,
  type TestApi,
} from "../../test/harness.ts";

const DAY = 86_400_000;
let api: TestApi;
let admin: Awaited<ReturnType<typeof signUpCompany>>;
let interviewer: Awaited<ReturnType<typeof inviteAndAccept>>;

const RATING_FIELDS = `id scope stageName overall recommend communication timeliness respect clarity usefulness comment
  shareComment editable editableUntil`;
const APPLICATION = `query($id: ID!) { candidateApplication(id: $id) {
  ratingInvitations { scope stageName invitedAt rating { ${RATING_FIELDS} } }
} }`;
const HOME = `{ candidateHome { applications { id openRatingInvitations } } }`;
const RATE = `mutation($input: RateExperienceInput!) { rateExperience(input: $input) { ${RATING_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateExperienceRatingInput!) { updateExperienceRating(input: $input) { ${RATING_FIELDS} } }`;

const scores = {
  overall: 4,
  recommend: 9,
  communication: 5,
  timeliness: 3,
  respect: 5,
  clarity: 4,
  usefulness: 4,
  comment: "The interviewers were prepared and the feedback came on time.",
  shareComment: true,
};

beforeAll(async () => {
  api = await createTestApi();
  admin = await signUpCompany(api, "Ratings Co");
  interviewer = await inviteAndAccept(api, admin, "INTERVIEWER");
  await publishPromise(api, admin, { stageKind: "SCREEN", level: "OUTCOME", days: 5, hours: 48 });
});
afterAll(() => api.close());

/** A candidate (signed in) whose screen interview took place and whose feedback was released. */
async function releasedScreen() {
  const interview = await completedInterview(api, admin, [interviewer.userId]);
  const { interviewId } = interview;
  const form = await api.gql(
    `query($id: ID!) { scorecardForm(interviewId: $id) { template { competencies { id } } } }`,
    { id: interviewId },
    { token: interviewer.token },
  );
  const evidence = "Walked through the retry logic of the payment job and named the race between two workers.";
  const submitted = await api.gql(
    `mutation($input: ScorecardInput!) { submitScorecard(input: $input) { id } }`,
    {
      input: {
        interviewId,
        ratings: form.data?.scorecardForm.template.competencies.map((c: { id: string }) => ({
          competencyId: c.id,
          rating: 3,
          evidence,
        })),
        strengths: "You explained the trade-offs between a queue and a scheduled job clearly, with numbers.",
        growthAreas: [{ area: "Testing edge cases", suggestion: "Write the failing test for the race first." }],
        recommendation: "YES",
      },
    },
    { token: interviewer.token },
  );
  if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
  const released = await api.gql(
    `mutation($input: ReleaseFeedbackInput!) { releaseFeedback(input: $input) { id } }`,
    { input: { interviewId, outcome: "ADVANCING" } },
    { token: admin.token },
  );
  if (released.errors) throw new Error(JSON.stringify(released.errors));
  if (!interview.candidate) throw new Error("the candidate has no account");
  const screen = interview.stages[0] as { id: string; name: string };
  return { ...interview, candidate: interview.candidate, screen };
}

const ratingCount = () => api.prisma.experienceRating.count();

describe("rating a stage after its feedback is released", () => {
  it("invites the candidate, takes one rating per stage and shows it back to them", async () => {
    const { applicationId, candidate, screen } = await releasedScreen();
    const before = await api.gql(APPLICATION, { id: applicationId }, { token: candidate.token });
    expect(before.data?.candidateApplication.ratingInvitations).toEqual([
      expect.objectContaining({ scope: screen.id, stageName: screen.name, rating: null }),
    ]);
    const home = await api.gql(HOME, {}, { token: candidate.token });
    expect(home.data?.candidateHome.applications).toContainEqual({ id: applicationId, openRatingInvitations: 1 });

    const rated = await api.gql(
      RATE,
      { input: { applicationId, scope: screen.id, ...scores } },
      { token: candidate.token },
    );
    expect(rated.errors).toBeUndefined();
    expect(rated.data?.rateExperience).toMatchObject({
      ...scores,
      scope: screen.id,
      stageName: screen.name,
      editable: true,
    });

    const after = await api.gql(APPLICATION, { id: applicationId }, { token: candidate.token });
    expect(after.data?.candidateApplication.ratingInvitations[0].rating).toMatchObject({ overall: 4, recommend: 9 });
    expect((await api.gql(HOME, {}, { token: candidate.token })).data?.candidateHome.applications).toContainEqual({
      id: applicationId,
      openRatingInvitations: 0,
    });
  });

  it("refuses a second rating of the same stage, even two at once, and keeps the first", async () => {
    const { applicationId, candidate, screen } = await releasedScreen();
    const input = { applicationId, scope: screen.id, ...scores };
    const results = await Promise.all([
      api.gql(RATE, { input }, { token: candidate.token }),
      api.gql(RATE, { input: { ...input, overall: 1 } }, { token: candidate.token }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0]).toMatchObject({
      extensions: { code: "CONFLICT" },
      message: expect.stringMatching(/already rated.*change your rating until/),
    });
    const again = await api.gql(RATE, { input }, { token: candidate.token });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await api.prisma.experienceRating.count({ where: { applicationId } })).toBe(1);
  });

  it("refuses scores out of range with a message per field and writes nothing", async () => {
    const { applicationId, candidate, screen } = await releasedScreen();
    const before = await ratingCount();
    const result = await api.gql(
      RATE,
      { input: { applicationId, scope: screen.id, ...scores, overall: 6, recommend: -1, clarity: null } },
      { token: candidate.token },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION",
      fields: {
        overall: "Rate your overall experience from 1 to 5.",
        recommend: "Rate how likely you are to recommend applying from 0 to 10.",
        clarity: "Rate clarity from 1 to 5.",
      },
    });
    expect(await ratingCount()).toBe(before);
  });

  it("does not let anyone rate someone else's application, and says nothing about it", async () => {
    const { applicationId, screen } = await releasedScreen();
    const other = await releasedScreen();
    const before = await ratingCount();
    for (const token of [other.candidate.token, admin.token, interviewer.token]) {
      const result = await api.gql(RATE, { input: { applicationId, scope: screen.id, ...scores } }, { token });
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    const anonymous = await api.gql(RATE, { input: { applicationId, scope: screen.id, ...scores } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await ratingCount()).toBe(before);
  });

  it("refuses stages without released feedback and the whole process while the application is open", async () => {
    const { applicationId, candidate, stages } = await releasedScreen();
    const technical = stages[1] as { id: string };
    const stage = await api.gql(
      RATE,
      { input: { applicationId, scope: technical.id, ...scores } },
      { token: candidate.token },
    );
    expect(stage.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_REQUEST" },
      message: "You can rate a stage once feedback on it has been released to you.",
    });
    const process = await api.gql(
      RATE,
      { input: { applicationId, scope: "process", ...scores } },
      { token: candidate.token },
    );
    expect(process.errors?.[0]?.message).toBe(
      "You can rate the whole process once your application has closed after an interview.",
    );
  });
});

describe("rating the whole process when the application closes", () => {
  it("invites every interviewed candidate once closed, rejected or not", async () => {
    const { applicationId, candidate } = await releasedScreen();
    const moved = await api.gql(
      `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id status } }`,
      { input: { applicationId, move: "REJECT" } },
      { token: admin.token },
    );
    expect(moved.data?.moveApplication.status).toBe("REJECTED");
    const invitations = (await api.gql(APPLICATION, { id: applicationId }, { token: candidate.token })).data
      ?.candidateApplication.ratingInvitations;
    expect(invitations.map((i: { scope: string }) => i.scope)).toContain("process");
    const email = await api.prisma.emailMessage.findFirst({
      where: {
        kind: "rating_invitation",
        toAddress: (await api.prisma.user.findUniqueOrThrow({ where: { id: candidate.userId } })).email,
      },
    });
    expect(email?.text).toMatch(/only in aggregate/);
    expect(email?.text).toMatch(/\/candidate\/applications\//);
    const rated = await api.gql(
      RATE,
      { input: { applicationId, scope: "process", ...scores } },
      { token: candidate.token },
    );
    expect(rated.data?.rateExperience).toMatchObject({ scope: "process", stageName: null });
  });
});

describe("changing a rating", () => {
  it("is possible for 7 days, then refused with the date it ended, leaving the rating as it was", async () => {
    const { applicationId, candidate, screen } = await releasedScreen();
    const rated = await api.gql(
      RATE,
      { input: { applicationId, scope: screen.id, ...scores } },
      { token: candidate.token },
    );
    const id = rated.data?.rateExperience.id as string;
    const changed = await api.gql(
      UPDATE,
      { input: { id, ...scores, overall: 2, shareComment: false } },
      { token: candidate.token },
    );
    expect(changed.data?.updateExperienceRating).toMatchObject({ overall: 2, shareComment: false, editable: true });

    await api.prisma.experienceRating.update({ where: { id }, data: { createdAt: new Date(Date.now() - 8 * DAY) } });
    const late = await api.gql(UPDATE, { input: { id, ...scores, overall: 5 } }, { token: candidate.token });
    expect(late.errors?.[0]).toMatchObject({
      extensions: { code: "CONFLICT" },
      message: expect.stringMatching(/^Ratings can be changed for 7 days/),
    });
    expect((await api.prisma.experienceRating.findUniqueOrThrow({ where: { id } })).overall).toBe(2);
    const view = await api.gql(APPLICATION, { id: applicationId }, { token: candidate.token });
    expect(view.data?.candidateApplication.ratingInvitations[0].rating.editable).toBe(false);
  });

  it("is not possible for anyone but the candidate who gave it", async () => {
    const { applicationId, candidate, screen } = await releasedScreen();
    const other = await releasedScreen();
    const rated = await api.gql(
      RATE,
      { input: { applicationId, scope: screen.id, ...scores } },
      { token: candidate.token },
    );
    const id = rated.data?.rateExperience.id as string;
    for (const token of [other.candidate.token, admin.token]) {
      const result = await api.gql(UPDATE, { input: { id, ...scores, overall: 1 } }, { token });
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect((await api.prisma.experienceRating.findUniqueOrThrow({ where: { id } })).overall).toBe(4);
  });
});
