import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptFromOutbox,
  createTestApi,
  inviteAndAccept,
  jobWithCandidate,
  publishPromise,
  signUpCompany,
  type TestApi,
} from "../../test/harness.ts";

let api: TestApi;
let admin: Awaited<ReturnType<typeof signUpCompany>>;
let alex: Awaited<ReturnType<typeof inviteAndAccept>>;
let blair: Awaited<ReturnType<typeof inviteAndAccept>>;
let casey: Awaited<ReturnType<typeof inviteAndAccept>>;

const HOUR = 3_600_000;
const FORM = `query($id: ID!) { scorecardForm(interviewId: $id) {
  interview { status stageName }
  template { id version competencies { id name evidenceRequired scale { value label anchor } } }
  scorecard { id status revision strengths late submittedAt lint { blocking findings { kind field } } }
  peerScorecards { interviewer { id } strengths }
} }`;
const SAVE = `mutation($input: ScorecardInput!) { saveScorecardDraft(input: $input) { id status revision strengths ratings { competencyId rating evidence } } }`;
const SUBMIT = `mutation($input: ScorecardInput!) { submitScorecard(input: $input) { id status late submittedAt revision } }`;
const REVIEW = `query($id: ID!) { interviewReview(interviewId: $id) {
  level suggestedSummary suggestedDetails { competency comment } scorecards { interviewer { id } recommendation privateNotes }
  release { id keptPromise }
} }`;
const RELEASE = `mutation($input: ReleaseFeedbackInput!) { releaseFeedback(input: $input) { id level outcome summary keptPromise details { competency comment } } }`;

const evidence =
  "Walked through the retry logic of the payment job, named the race between two workers and proposed a lock.";
const strengths =
  "You explained the trade-offs between a queue and a scheduled job clearly, with numbers from your last project.";
const growth = [
  { area: "Testing edge cases", suggestion: "Write the failing test for the race before changing the code." },
];

beforeAll(async () => {
  api = await createTestApi();
  admin = await signUpCompany(api, "Feedback Co");
  alex = await inviteAndAccept(api, admin, "INTERVIEWER");
  blair = await inviteAndAccept(api, admin, "INTERVIEWER");
  casey = await inviteAndAccept(api, admin, "INTERVIEWER");
  await publishPromise(api, admin, { stageKind: "SCREEN", level: "SUMMARY", days: 5, hours: 48 });
  await publishPromise(api, admin, { stageKind: "TECHNICAL", level: "DETAILED", days: 5, hours: 48 });
});
afterAll(() => api.close());

/** A completed screen interview with Alex and Blair assigned, for a new candidate. */
async function completedInterview(options: { interviewers?: string[] } = {}) {
  const pipeline = await jobWithCandidate(api, admin);
  const start = new Date(Date.now() + 24 * HOUR);
  const scheduled = await api.gql(
    `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
    {
      input: {
        applicationId: pipeline.applicationId,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + HOUR).toISOString(),
        interviewerIds: options.interviewers ?? [alex.userId, blair.userId],
      },
    },
    { token: admin.token },
  );
  const interviewId = scheduled.data?.scheduleInterview.id as string;
  await api.prisma.interview.update({
    where: { id: interviewId },
    data: { scheduledStart: new Date(Date.now() - 2 * HOUR), scheduledEnd: new Date(Date.now() - HOUR) },
  });
  const completed = await api.gql(
    `mutation($input: CompleteInterviewInput!) { completeInterview(input: $input) { id } }`,
    { input: { interviewId } },
    { token: admin.token },
  );
  if (completed.errors) throw new Error(JSON.stringify(completed.errors));
  return { ...pipeline, interviewId };
}

async function fullScorecard(interviewId: string, token: string) {
  const form = (await api.gql(FORM, { id: interviewId }, { token })).data?.scorecardForm;
  return {
    interviewId,
    ratings: form.template.competencies.map((c: { id: string }) => ({ competencyId: c.id, rating: 3, evidence })),
    strengths,
    growthAreas: growth,
    recommendation: "YES",
    privateNotes: "Would pair well with the payments team.",
  };
}

describe("scorecard forms", () => {
  it("gives assigned interviewers the form with a written anchor for every point, and no one else", async () => {
    const { interviewId } = await completedInterview();
    const form = await api.gql(FORM, { id: interviewId }, { token: alex.token });
    expect(form.errors).toBeUndefined();
    const competencies = form.data?.scorecardForm.template.competencies;
    expect(competencies.length).toBeGreaterThan(1);
    for (const competency of competencies) {
      expect(competency.scale.map((p: { value: number }) => p.value)).toEqual([1, 2, 3, 4]);
      for (const point of competency.scale) expect(point.anchor.length).toBeGreaterThan(20);
    }
    expect(form.data?.scorecardForm.scorecard).toBeNull();
    for (const token of [casey.token, admin.token]) {
      expect((await api.gql(FORM, { id: interviewId }, { token })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });
});

describe("drafts", () => {
  it("saves as the interviewer types, detects edits from another tab, and refuses ratings off the scale", async () => {
    const { interviewId } = await completedInterview();
    const first = await api.gql(
      SAVE,
      { input: { interviewId, strengths: "Clear about trade-offs" } },
      { token: alex.token },
    );
    expect(first.data?.saveScorecardDraft).toMatchObject({ status: "DRAFT", revision: 1 });
    const second = await api.gql(
      SAVE,
      { input: { interviewId, baseRevision: 1, strengths: "Clear about queues" } },
      {
        token: alex.token,
      },
    );
    expect(second.data?.saveScorecardDraft.revision).toBe(2);
    const stale = await api.gql(
      SAVE,
      { input: { interviewId, baseRevision: 1, strengths: "Old tab text" } },
      {
        token: alex.token,
      },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const form = (await api.gql(FORM, { id: interviewId }, { token: alex.token })).data?.scorecardForm;
    const competencyId = form.template.competencies[0].id;
    const offScale = await api.gql(
      SAVE,
      { input: { interviewId, ratings: [{ competencyId, rating: 9 }] } },
      {
        token: alex.token,
      },
    );
    expect(offScale.errors?.[0]?.extensions?.fields).toEqual({
      [`competencies.${competencyId}.rating`]: expect.stringMatching(/from 1 to 4/),
    });
    const stored = await api.prisma.scorecard.findFirstOrThrow({ where: { interviewId, interviewerId: alex.userId } });
    expect(stored).toMatchObject({ strengths: "Clear about queues", revision: 2 });
  });
});

describe("submitting", () => {
  it("keeps an incomplete draft and says what to fix", async () => {
    const { interviewId } = await completedInterview();
    const result = await api.gql(SUBMIT, { input: { interviewId, strengths: "Good." } }, { token: alex.token });
    expect(result.errors?.[0]?.extensions?.code).toBe("VALIDATION");
    const fields = Object.keys(result.errors?.[0]?.extensions?.fields ?? {});
    expect(fields.some((f) => f.endsWith(".rating"))).toBe(true);
    expect(fields).toContain("strengths");
    const stored = await api.prisma.scorecard.findFirstOrThrow({ where: { interviewId, interviewerId: alex.userId } });
    expect(stored).toMatchObject({ status: "DRAFT", strengths: "Good." });
  });

  it("requires evidence for rated competencies, and only the assigned interviewer may submit", async () => {
    const { interviewId } = await completedInterview();
    const input = await fullScorecard(interviewId, alex.token);
    const noEvidence = {
      ...input,
      ratings: input.ratings.map((r: { competencyId: string }) => ({ ...r, evidence: "" })),
    };
    const result = await api.gql(SUBMIT, { input: noEvidence }, { token: alex.token });
    const fields = Object.keys(result.errors?.[0]?.extensions?.fields ?? {});
    expect(fields.length).toBe(input.ratings.length);
    expect(fields.every((f) => f.endsWith(".evidence"))).toBe(true);
    const notAssigned = await api.gql(SUBMIT, { input }, { token: casey.token });
    expect(notAssigned.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await api.prisma.scorecard.count({ where: { interviewId, interviewerId: casey.userId } })).toBe(0);
  });

  it("refuses bias-prone comments, even in private notes", async () => {
    const { interviewId } = await completedInterview();
    const input = { ...(await fullScorecard(interviewId, alex.token)), privateNotes: "Seems too old for a fast team." };
    const result = await api.gql(SUBMIT, { input }, { token: alex.token });
    expect(result.errors?.[0]?.extensions?.fields?.privateNotes).toBeTruthy();
  });

  it("submits once: a second submit returns the same scorecard unchanged", async () => {
    const { interviewId } = await completedInterview();
    const input = await fullScorecard(interviewId, alex.token);
    const first = await api.gql(SUBMIT, { input }, { token: alex.token });
    expect(first.errors).toBeUndefined();
    expect(first.data?.submitScorecard).toMatchObject({ status: "SUBMITTED", late: false });
    const second = await api.gql(
      SUBMIT,
      { input: { ...input, strengths: `${strengths} Changed.` } },
      { token: alex.token },
    );
    expect(second.data?.submitScorecard).toEqual(first.data?.submitScorecard);
    expect(await api.prisma.scorecard.count({ where: { interviewId, interviewerId: alex.userId } })).toBe(1);
    const edit = await api.gql(SAVE, { input: { interviewId, strengths: "Edited after" } }, { token: alex.token });
    expect(edit.errors?.[0]?.message).toMatch(/submitted; it can no longer be changed/);
  });

  it("marks a scorecard submitted after its deadline as late", async () => {
    const { interviewId } = await completedInterview();
    await api.prisma.interview.update({
      where: { id: interviewId },
      data: { scorecardDueAt: new Date(Date.now() - 60_000) },
    });
    const result = await api.gql(
      SUBMIT,
      { input: await fullScorecard(interviewId, alex.token) },
      { token: alex.token },
    );
    expect(result.data?.submitScorecard.late).toBe(true);
  });

  it("refuses scorecards for future and cancelled interviews", async () => {
    const pipeline = await jobWithCandidate(api, admin);
    const start = new Date(Date.now() + 24 * HOUR);
    const scheduled = await api.gql(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
      {
        input: {
          applicationId: pipeline.applicationId,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + HOUR).toISOString(),
          interviewerIds: [alex.userId],
        },
      },
      { token: admin.token },
    );
    const interviewId = scheduled.data?.scheduleInterview.id;
    const input = await fullScorecard(interviewId, alex.token);
    expect((await api.gql(SUBMIT, { input }, { token: alex.token })).errors?.[0]?.message).toMatch(
      /not taken place yet/,
    );
    await api.gql(
      `mutation($id: ID!) { cancelInterview(interviewId: $id) { id } }`,
      { id: interviewId },
      { token: admin.token },
    );
    expect((await api.gql(SUBMIT, { input }, { token: alex.token })).errors?.[0]?.message).toMatch(/cancelled/);
  });

  it("keeps other interviewers' scorecards hidden until one's own is submitted", async () => {
    const { interviewId } = await completedInterview();
    await api.gql(SUBMIT, { input: await fullScorecard(interviewId, alex.token) }, { token: alex.token });
    await api.gql(SAVE, { input: { interviewId, strengths: "Blair's draft thoughts" } }, { token: blair.token });
    const before = await api.gql(FORM, { id: interviewId }, { token: blair.token });
    expect(before.data?.scorecardForm.peerScorecards).toEqual([]);
    await api.gql(SUBMIT, { input: await fullScorecard(interviewId, blair.token) }, { token: blair.token });
    const after = await api.gql(FORM, { id: interviewId }, { token: blair.token });
    expect(after.data?.scorecardForm.peerScorecards).toEqual([{ interviewer: { id: alex.userId }, strengths }]);
  });
});

describe("the interviewer's queue", () => {
  const QUEUE = `query($org: ID!) { interviewerHome(organizationId: $org) {
    awaitingScorecard { id candidateName jobTitle stageName status scheduledStart scorecardDueAt scorecardSubmitted }
    past { id scorecardSubmitted }
  } }`;
  const queueOf = async (token: string) =>
    (await api.gql(QUEUE, { org: admin.organizationId }, { token })).data?.interviewerHome;
  const byId = (list: Array<{ id: string }>, id: string) => list.find((interview) => interview.id === id);

  it("moves an interview out of 'awaiting your scorecard' once that interviewer submits, for them only", async () => {
    const { interviewId } = await completedInterview();
    const interview = await api.prisma.interview.findUniqueOrThrow({ where: { id: interviewId } });
    const before = await queueOf(alex.token);
    expect(byId(before.awaitingScorecard, interviewId)).toEqual({
      id: interviewId,
      candidateName: "Cleo Candidate",
      jobTitle: "Backend Engineer",
      stageName: "Recruiter screen",
      status: "COMPLETED",
      scheduledStart: interview.scheduledStart.toISOString(),
      scorecardDueAt: interview.scorecardDueAt?.toISOString(),
      scorecardSubmitted: false,
    });
    const dues = before.awaitingScorecard.map((i: { scorecardDueAt: string }) => i.scorecardDueAt);
    expect(dues).toEqual([...dues].sort());

    const submitted = await api.gql(
      SUBMIT,
      { input: await fullScorecard(interviewId, alex.token) },
      { token: alex.token },
    );
    expect(submitted.errors).toBeUndefined();
    const after = await queueOf(alex.token);
    expect(byId(after.awaitingScorecard, interviewId)).toBeUndefined();
    expect(byId(after.past, interviewId)).toEqual({ id: interviewId, scorecardSubmitted: true });
    expect(byId((await queueOf(blair.token)).awaitingScorecard, interviewId)).toMatchObject({
      scorecardSubmitted: false,
    });
  });
});

describe("release", () => {
  it("compiles candidate-facing text, releases once, keeps the promise and tells the candidate", async () => {
    const { interviewId, applicationId, candidateEmail } = await completedInterview();
    const candidate = await acceptFromOutbox(api, candidateEmail);
    await api.gql(SUBMIT, { input: await fullScorecard(interviewId, alex.token) }, { token: alex.token });

    const review = (await api.gql(REVIEW, { id: interviewId }, { token: admin.token })).data?.interviewReview;
    expect(review.level).toBe("SUMMARY");
    expect(review.suggestedSummary).toContain(strengths);
    expect(review.suggestedSummary).toContain("Write the failing test for the race");
    expect(review.suggestedSummary).not.toContain("payments team");

    const missing = await api.gql(RELEASE, { input: { interviewId, outcome: "ADVANCING" } }, { token: admin.token });
    expect(missing.errors?.[0]?.extensions?.fields).toEqual({
      summary: "Write a summary for the candidate: the promise includes one.",
    });
    const biased = await api.gql(
      RELEASE,
      {
        input: { interviewId, outcome: "ADVANCING", summary: `${strengths} Your accent was hard to follow at times.` },
      },
      { token: admin.token },
    );
    expect(biased.errors?.[0]?.extensions?.fields?.summary).toBeTruthy();
    expect(await api.prisma.feedbackRelease.count({ where: { interviewId } })).toBe(0);

    const released = await api.gql(
      RELEASE,
      { input: { interviewId, outcome: "ADVANCING", summary: review.suggestedSummary } },
      {
        token: admin.token,
      },
    );
    expect(released.data?.releaseFeedback).toMatchObject({
      level: "SUMMARY",
      outcome: "ADVANCING",
      keptPromise: true,
      details: [],
    });
    const twice = await api.gql(
      RELEASE,
      { input: { interviewId, outcome: "NOT_ADVANCING", summary: "Changed my mind about it all." } },
      {
        token: admin.token,
      },
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await api.prisma.feedbackRelease.count({ where: { interviewId } })).toBe(1);
    expect(
      await api.prisma.emailMessage.count({ where: { toAddress: candidateEmail, kind: "feedback_released" } }),
    ).toBe(1);

    const VIEW = `query($id: ID!) { candidateApplication(id: $id) { interviews { releasedFeedback { outcome summary readAt keptPromise } } timeline { kind } } }`;
    const view = (await api.gql(VIEW, { id: applicationId }, { token: candidate.token })).data?.candidateApplication;
    expect(view.interviews[0].releasedFeedback).toMatchObject({
      outcome: "ADVANCING",
      readAt: null,
      keptPromise: true,
    });
    expect(view.timeline[0].kind).toBe("feedback.released");

    const READ = `mutation($id: ID!) { markFeedbackRead(interviewId: $id) { readAt } }`;
    const firstRead = (await api.gql(READ, { id: interviewId }, { token: candidate.token })).data?.markFeedbackRead
      .readAt;
    expect(firstRead).toBeTruthy();
    const secondRead = (await api.gql(READ, { id: interviewId }, { token: candidate.token })).data?.markFeedbackRead
      .readAt;
    expect(secondRead).toBe(firstRead);
    expect((await api.gql(READ, { id: interviewId }, { token: admin.token })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
  });

  it("records a broken promise when released after the deadline, and releases per competency for detailed promises", async () => {
    const { interviewId } = await completedInterview();
    await api.gql(SUBMIT, { input: await fullScorecard(interviewId, alex.token) }, { token: alex.token });
    await api.prisma.interview.update({
      where: { id: interviewId },
      data: { candidateFeedbackDueAt: new Date(Date.now() - HOUR) },
    });
    const review = (await api.gql(REVIEW, { id: interviewId }, { token: admin.token })).data?.interviewReview;
    const late = await api.gql(
      RELEASE,
      { input: { interviewId, outcome: "NOT_ADVANCING", summary: review.suggestedSummary } },
      {
        token: admin.token,
      },
    );
    expect(late.data?.releaseFeedback.keptPromise).toBe(false);
  });

  it("refuses a release before any scorecard, and to interviewers and other organisations", async () => {
    const { interviewId } = await completedInterview();
    const input = { interviewId, outcome: "ADVANCING", summary: strengths };
    expect((await api.gql(RELEASE, { input }, { token: admin.token })).errors?.[0]?.message).toMatch(/No scorecard/);
    await api.gql(SUBMIT, { input: await fullScorecard(interviewId, alex.token) }, { token: alex.token });
    expect((await api.gql(RELEASE, { input }, { token: alex.token })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const other = await signUpCompany(api);
    expect((await api.gql(RELEASE, { input }, { token: other.token })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await api.gql(REVIEW, { id: interviewId }, { token: other.token })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    expect(await api.prisma.feedbackRelease.count({ where: { interviewId } })).toBe(0);
  });
});

describe("candidate-facing types", () => {
  it("cannot be asked for internal fields", async () => {
    const result = await api.gql(
      `query($id: ID!) { candidateApplication(id: $id) { interviews { releasedFeedback { recommendation } } } }`,
      {
        id: "x",
      },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION");
    for (const type of ["CandidateFeedback", "CompetencyFeedback"]) {
      const fields = await api.gql(`query($name: String!) { __type(name: $name) { fields { name } } }`, { name: type });
      const names = fields.data?.__type.fields.map((f: { name: string }) => f.name).join(",");
      expect(names).not.toMatch(/recommendation|privateNotes|rating|interviewer|evidence|releasedBy/i);
    }
  });
});

describe("form templates", () => {
  it("publishes a new version for new scorecards; a started scorecard keeps its form", async () => {
    const { interviewId } = await completedInterview();
    await api.gql(SAVE, { input: { interviewId, strengths: "Started on version one" } }, { token: alex.token });
    const SAVE_TEMPLATE = `mutation($input: SaveFormTemplateInput!) { saveFormTemplate(input: $input) { version isCurrent competencies { name } } }`;
    const scale = [1, 2, 3].map((value) => ({
      value,
      label: `Level ${value}`,
      anchor: `Observable behaviour at level ${value}.`,
    }));
    const input = {
      organizationId: admin.organizationId,
      stageKind: "SCREEN",
      name: "Screen v2",
      competencies: [{ name: "Communication", description: "Explains clearly.", evidenceRequired: true, scale }],
    };
    const byInterviewer = await api.gql(SAVE_TEMPLATE, { input }, { token: alex.token });
    expect(byInterviewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const misnumbered = await api.gql(
      SAVE_TEMPLATE,
      { input: { ...input, competencies: [{ ...input.competencies[0], scale: [...scale].reverse() }] } },
      { token: admin.token },
    );
    expect(misnumbered.errors?.[0]?.extensions?.fields).toEqual({
      "competencies.0.scale": "Number the scale points 1, 2, 3… in order.",
    });
    const saved = await api.gql(SAVE_TEMPLATE, { input }, { token: admin.token });
    expect(saved.data?.saveFormTemplate).toEqual({
      version: 2,
      isCurrent: true,
      competencies: [{ name: "Communication" }],
    });

    const started = await api.gql(FORM, { id: interviewId }, { token: alex.token });
    expect(started.data?.scorecardForm.template.version).toBe(1);
    const fresh = await completedInterview();
    const newForm = await api.gql(FORM, { id: fresh.interviewId }, { token: alex.token });
    expect(newForm.data?.scorecardForm.template.version).toBe(2);
  });
});
