import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptFromOutbox,
  createTestApi,
  inviteAndAccept,
  jobWithCandidate,
  pipelineOperations,
  publishPromise,
  signUpCompany,
  type TestApi,
} from "../../test/harness.ts";

let api: TestApi;
let admin: Awaited<ReturnType<typeof signUpCompany>>;
let interviewer: Awaited<ReturnType<typeof inviteAndAccept>>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SCHEDULE = `mutation($input: ScheduleInterviewInput!) {
  scheduleInterview(input: $input) { id status rescheduleCount scorecardDueAt candidateFeedbackDueAt promise { id version } interviewers { id } }
}`;
const RESCHEDULE = `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { id rescheduleCount scheduledStart } }`;
const CANCEL = `mutation($id: ID!) { cancelInterview(interviewId: $id) { id status } }`;
const COMPLETE = `mutation($input: CompleteInterviewInput!) {
  completeInterview(input: $input) { id status endedAt scorecardDueAt candidateFeedbackDueAt promise { version } }
}`;
const MOVE = `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id status currentStage { name } closedAt } }`;
const APPLICATION = `query($id: ID!) { application(id: $id) {
  status lastCandidateContactAt contactDueAt goingCold
  interviews { id status } statusUpdates { body kind authorName }
} }`;

beforeAll(async () => {
  api = await createTestApi();
  admin = await signUpCompany(api, "Pipeline Co");
  interviewer = await inviteAndAccept(api, admin, "INTERVIEWER");
  await api.gql(
    `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
    { input: { organizationId: admin.organizationId, timeZone: "Europe/Berlin" } },
    { token: admin.token },
  );
  await publishPromise(api, admin, { stageKind: "SCREEN", level: "OUTCOME", days: 5, hours: 24, cadence: 7 });
});
afterAll(() => api.close());

const inFuture = (days: number) => new Date(Date.now() + days * DAY);
const schedule = (applicationId: string, overrides: Record<string, unknown> = {}) =>
  api.gql(
    SCHEDULE,
    {
      input: {
        applicationId,
        startsAt: inFuture(2).toISOString(),
        endsAt: new Date(inFuture(2).getTime() + HOUR).toISOString(),
        interviewerIds: [interviewer.userId],
        ...overrides,
      },
    },
    { token: admin.token },
  );

/** Moves a scheduled interview into the past, as if time had passed. */
async function travelPast(interviewId: string, start: Date, end: Date) {
  await api.prisma.interview.update({ where: { id: interviewId }, data: { scheduledStart: start, scheduledEnd: end } });
}

describe("jobs and candidates", () => {
  it("creates jobs with ordered stages and refuses bad ones", async () => {
    const noStages = await api.gql(
      pipelineOperations.CREATE_JOB,
      { input: { organizationId: admin.organizationId, title: "X", stages: [] } },
      {
        token: admin.token,
      },
    );
    expect(noStages.errors?.[0]?.extensions?.fields).toEqual({
      title: "Give the job a title (at least 2 characters).",
      stages: "Add at least one stage.",
    });
    const byInterviewer = await api.gql(
      pipelineOperations.CREATE_JOB,
      { input: { organizationId: admin.organizationId, title: "Sneaky", stages: [{ name: "S", kind: "SCREEN" }] } },
      { token: interviewer.token },
    );
    expect(byInterviewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("adds a candidate at the first stage, invites them by email and refuses a second application", async () => {
    const { jobId, applicationId, candidateEmail, stages } = await jobWithCandidate(api, admin);
    const application = await api.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(application.currentStageId).toBe(stages[0]?.id);
    expect(await api.prisma.emailMessage.count({ where: { toAddress: candidateEmail, kind: "invitation" } })).toBe(1);
    expect(await api.prisma.timelineEvent.count({ where: { applicationId, kind: "application.created" } })).toBe(1);
    const again = await api.gql(
      pipelineOperations.ADD_CANDIDATE,
      { input: { jobId, name: "Cleo", email: candidateEmail } },
      {
        token: admin.token,
      },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await api.prisma.application.count({ where: { jobId } })).toBe(1);
  });
});

describe("job status", () => {
  it("closes a job to new candidates and reopens it", async () => {
    const { jobId } = await jobWithCandidate(api, admin);
    const STATUS = `mutation($id: ID!, $status: JobStatus!) { setJobStatus(jobId: $id, status: $status) { status activeApplications } }`;
    const closed = await api.gql(STATUS, { id: jobId, status: "CLOSED" }, { token: admin.token });
    expect(closed.data?.setJobStatus).toEqual({ status: "CLOSED", activeApplications: 1 });
    const refused = await api.gql(
      pipelineOperations.ADD_CANDIDATE,
      { input: { jobId, name: "Late Larry", email: "larry@example.test" } },
      {
        token: admin.token,
      },
    );
    expect(refused.errors?.[0]?.message).toMatch(/not open/);
    await api.gql(STATUS, { id: jobId, status: "OPEN" }, { token: admin.token });
    const accepted = await api.gql(
      pipelineOperations.ADD_CANDIDATE,
      { input: { jobId, name: "Late Larry", email: "larry@example.test" } },
      {
        token: admin.token,
      },
    );
    expect(accepted.errors).toBeUndefined();
  });
});

describe("interviews", () => {
  it("snapshots the promise in force: a later edit never moves the interview's deadlines", async () => {
    const { applicationId } = await jobWithCandidate(api, admin);
    const scheduled = await schedule(applicationId);
    expect(scheduled.errors).toBeUndefined();
    const interview = scheduled.data?.scheduleInterview;
    expect(interview.promise.version).toBe(1);
    expect(interview.candidateFeedbackDueAt).not.toBeNull();

    await publishPromise(api, admin, { stageKind: "SCREEN", level: "OUTCOME", days: 20 });
    // Friday 20 Nov 2026, 15:00–16:00 in Berlin (CET, UTC+1).
    await travelPast(interview.id, new Date("2026-11-20T14:00:00Z"), new Date("2026-11-20T15:00:00Z"));
    const completed = await api.gql(
      COMPLETE,
      { input: { interviewId: interview.id, endedAt: "2026-11-20T15:00:00Z" } },
      {
        token: admin.token,
      },
    );
    expect(completed.data?.completeInterview).toEqual({
      id: interview.id,
      status: "COMPLETED",
      endedAt: "2026-11-20T15:00:00.000Z",
      promise: { version: 1 },
      scorecardDueAt: "2026-11-21T15:00:00.000Z",
      // Five business days after Friday: the next Friday, 23:59:59 local time.
      candidateFeedbackDueAt: "2026-11-27T22:59:59.999Z",
    });
  });

  it("refuses bad scheduling and changes nothing", async () => {
    const { applicationId } = await jobWithCandidate(api, admin);
    const past = await schedule(applicationId, {
      startsAt: new Date(Date.now() - HOUR).toISOString(),
      endsAt: new Date(Date.now()).toISOString(),
    });
    expect(past.errors?.[0]?.extensions?.fields).toEqual({ startsAt: "Choose a start time that is not in the past." });
    const backwards = await schedule(applicationId, { endsAt: inFuture(1).toISOString() });
    expect(backwards.errors?.[0]?.extensions?.fields).toEqual({ endsAt: "The interview must end after it starts." });
    const outsider = await signUpCompany(api);
    const stranger = await schedule(applicationId, { interviewerIds: [outsider.userId] });
    expect(stranger.errors?.[0]?.extensions?.fields?.interviewerIds).toMatch(/member of this organisation/);
    const none = await schedule(applicationId, { interviewerIds: [] });
    expect(none.errors?.[0]?.extensions?.fields).toEqual({ interviewerIds: "Assign at least one interviewer." });
    expect(await api.prisma.interview.count({ where: { applicationId } })).toBe(0);
  });

  it("counts reschedules, cancels, and refuses to complete cancelled or future interviews", async () => {
    const { applicationId } = await jobWithCandidate(api, admin);
    const id = (await schedule(applicationId)).data?.scheduleInterview.id;
    const future = await api.gql(COMPLETE, { input: { interviewId: id } }, { token: admin.token });
    expect(future.errors?.[0]?.message).toMatch(/has not started yet/);

    for (const days of [3, 4]) {
      const moved = await api.gql(
        RESCHEDULE,
        {
          input: {
            interviewId: id,
            startsAt: inFuture(days).toISOString(),
            endsAt: new Date(inFuture(days).getTime() + HOUR).toISOString(),
          },
        },
        { token: admin.token },
      );
      expect(moved.errors).toBeUndefined();
    }
    const interview = await api.prisma.interview.findUniqueOrThrow({ where: { id } });
    expect(interview.rescheduleCount).toBe(2);

    const cancelled = await api.gql(CANCEL, { id }, { token: admin.token });
    expect(cancelled.data?.cancelInterview.status).toBe("CANCELLED");
    const completeCancelled = await api.gql(COMPLETE, { input: { interviewId: id } }, { token: admin.token });
    expect(completeCancelled.errors?.[0]?.message).toMatch(
      /Only a scheduled interview can be completed; this one is cancelled/,
    );
    const cancelAgain = await api.gql(CANCEL, { id }, { token: admin.token });
    expect(cancelAgain.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
  });
});

describe("moving applications", () => {
  it("advances through stages, refuses to pass the last one, and closes for good", async () => {
    const { applicationId } = await jobWithCandidate(api, admin);
    const move = (m: string) => api.gql(MOVE, { input: { applicationId, move: m } }, { token: admin.token });
    expect((await move("ADVANCE")).data?.moveApplication.currentStage.name).toBe("Technical interview");
    expect((await move("ADVANCE")).data?.moveApplication.currentStage.name).toBe("Onsite");
    expect((await move("ADVANCE")).errors?.[0]?.message).toMatch(/last stage/);
    const scheduled = await schedule(applicationId);
    const rejected = await move("REJECT");
    expect(rejected.data?.moveApplication).toMatchObject({ status: "REJECTED", closedAt: expect.any(String) });
    const interview = await api.prisma.interview.findUniqueOrThrow({
      where: { id: scheduled.data?.scheduleInterview.id },
    });
    expect(interview.status).toBe("CANCELLED");
    const reopened = await move("HIRE");
    expect(reopened.errors?.[0]?.message).toMatch(/closed \(rejected\); it cannot move any more/);
    expect((await api.prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("REJECTED");
  });

  it("keeps interviewers and other organisations out", async () => {
    const { applicationId } = await jobWithCandidate(api, admin);
    const asInterviewer = await api.gql(
      MOVE,
      { input: { applicationId, move: "REJECT" } },
      { token: interviewer.token },
    );
    expect(asInterviewer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const other = await signUpCompany(api);
    const asOther = await api.gql(MOVE, { input: { applicationId, move: "REJECT" } }, { token: other.token });
    expect(asOther.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await api.prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("ACTIVE");
  });
});

describe("offers", () => {
  it("offers, then hires, closing the application", async () => {
    const { applicationId } = await jobWithCandidate(api, admin);
    const offered = await api.gql(MOVE, { input: { applicationId, move: "OFFER" } }, { token: admin.token });
    expect(offered.data?.moveApplication).toMatchObject({ status: "OFFERED", closedAt: null });
    const hired = await api.gql(MOVE, { input: { applicationId, move: "HIRE" } }, { token: admin.token });
    expect(hired.data?.moveApplication).toMatchObject({ status: "HIRED", closedAt: expect.any(String) });
    const kinds = await api.prisma.timelineEvent.findMany({ where: { applicationId }, orderBy: { occurredAt: "asc" } });
    expect(kinds.map((e) => e.kind)).toEqual(["application.created", "application.offered", "application.hired"]);
  });
});

describe("keeping candidates warm", () => {
  const POST = `mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { kind body authorName } }`;

  it("lists applications past their cadence until someone writes to the candidate", async () => {
    const { applicationId } = await jobWithCandidate(api, admin);
    await api.prisma.application.update({
      where: { id: applicationId },
      data: { lastCandidateContactAt: new Date(Date.now() - 8 * DAY) },
    });
    const cold = await api.gql(
      `query($org: ID!) { goingCold(organizationId: $org) { id goingCold } }`,
      { org: admin.organizationId },
      {
        token: admin.token,
      },
    );
    expect(cold.data?.goingCold.map((a: { id: string }) => a.id)).toContain(applicationId);

    const empty = await api.gql(POST, { input: { applicationId, body: "   " } }, { token: admin.token });
    expect(empty.errors?.[0]?.extensions?.fields).toEqual({ body: "Write the update, or choose a template." });
    const posted = await api.gql(
      POST,
      { input: { applicationId, body: "We are still deciding; you will hear by Friday." } },
      {
        token: admin.token,
      },
    );
    expect(posted.data?.postStatusUpdate).toEqual({
      kind: "MANUAL",
      body: "We are still deciding; you will hear by Friday.",
      authorName: "Ada Admin",
    });
    const after = await api.gql(APPLICATION, { id: applicationId }, { token: admin.token });
    expect(after.data?.application.goingCold).toBe(false);
    expect(new Date(after.data?.application.contactDueAt).getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
    const template = await api.prisma.statusUpdateTemplate.create({
      data: {
        organizationId: admin.organizationId,
        name: "Still deciding",
        body: "No decision yet; we will write again soon.",
      },
    });
    const fromTemplate = await api.gql(
      POST,
      { input: { applicationId, templateId: template.id } },
      { token: admin.token },
    );
    expect(fromTemplate.data?.postStatusUpdate).toMatchObject({
      kind: "TEMPLATE",
      body: "No decision yet; we will write again soon.",
    });
    const other = await signUpCompany(api);
    const foreignTemplate = await api.prisma.statusUpdateTemplate.create({
      data: { organizationId: other.organizationId, name: "Theirs", body: "Not yours." },
    });
    const refused = await api.gql(
      POST,
      { input: { applicationId, templateId: foreignTemplate.id } },
      { token: admin.token },
    );
    expect(refused.errors?.[0]?.extensions?.fields).toEqual({
      templateId: "Choose one of your organisation's templates.",
    });
    const coldAfter = await api.gql(
      `query($org: ID!) { goingCold(organizationId: $org) { id } }`,
      { org: admin.organizationId },
      {
        token: admin.token,
      },
    );
    expect(coldAfter.data?.goingCold.map((a: { id: string }) => a.id)).not.toContain(applicationId);
  });
});

describe("the candidate's view", () => {
  const DETAIL = `query($id: ID!) { candidateApplication(id: $id) {
    jobTitle organizationTimeZone stages { name state }
    interviews { stageName status startsAt endsAt rescheduleCount feedback { level state dueAt businessDays description } }
    timeline { kind summary }
  } }`;
  const HOME = `{ candidateHome { applications { id jobTitle currentStageName nextInterviewAt } } }`;

  it("shows stages, interviews and the promised feedback date, to that candidate only", async () => {
    const { applicationId, candidateEmail } = await jobWithCandidate(api, admin);
    const candidate = await acceptFromOutbox(api, candidateEmail);
    const id = (await schedule(applicationId)).data?.scheduleInterview.id;
    const scheduled = await api.prisma.interview.findUniqueOrThrow({ where: { id } });
    const home = await api.gql(HOME, {}, { token: candidate.token });
    expect(home.data?.candidateHome.applications).toEqual([
      {
        id: applicationId,
        jobTitle: "Backend Engineer",
        currentStageName: "Recruiter screen",
        nextInterviewAt: scheduled.scheduledStart.toISOString(),
      },
    ]);
    const start = new Date(Date.now() - 2 * HOUR);
    await travelPast(id, start, new Date(Date.now() - HOUR));
    await api.gql(COMPLETE, { input: { interviewId: id } }, { token: admin.token });
    const afterwards = await api.gql(HOME, {}, { token: candidate.token });
    expect(afterwards.data?.candidateHome.applications[0].nextInterviewAt).toBeNull();

    const view = await api.gql(DETAIL, { id: applicationId }, { token: candidate.token });
    expect(view.errors).toBeUndefined();
    const detail = view.data?.candidateApplication;
    expect(detail.interviews[0].startsAt).toBe(start.toISOString());
    expect(detail.stages).toEqual([
      { name: "Recruiter screen", state: "CURRENT" },
      { name: "Technical interview", state: "UPCOMING" },
      { name: "Onsite", state: "UPCOMING" },
    ]);
    expect(detail.interviews[0].feedback).toMatchObject({
      level: "OUTCOME",
      state: "DUE",
      // An earlier test published version 2 of the screen promise: 20 business days.
      description: "After a screening call you will receive the outcome within 20 business days.",
    });
    expect(detail.interviews[0].feedback.businessDays).toBeGreaterThanOrEqual(19);
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      "interview.completed",
      "interview.scheduled",
      "application.created",
    ]);

    const otherCandidate = await jobWithCandidate(api, admin);
    const nosy = await api.gql(DETAIL, { id: otherCandidate.applicationId }, { token: candidate.token });
    expect(nosy.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const staff = await api.gql(DETAIL, { id: applicationId }, { token: admin.token });
    expect(staff.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("marks overdue feedback in business days", async () => {
    const { applicationId, candidateEmail } = await jobWithCandidate(api, admin);
    const candidate = await acceptFromOutbox(api, candidateEmail);
    const id = (await schedule(applicationId)).data?.scheduleInterview.id;
    await travelPast(id, new Date("2026-10-05T08:00:00Z"), new Date("2026-10-05T09:00:00Z"));
    await api.gql(COMPLETE, { input: { interviewId: id, endedAt: "2026-10-05T09:00:00Z" } }, { token: admin.token });
    const view = await api.gql(DETAIL, { id: applicationId }, { token: candidate.token });
    const overdue = view.data?.candidateApplication.interviews[0].feedback;
    expect(overdue).toMatchObject({ state: "OVERDUE" });
    expect(overdue.businessDays).toBeGreaterThan(5);

    // A company holiday since the deadline is not a business day the feedback was late by.
    const lastWeekday = new Date();
    do lastWeekday.setUTCDate(lastWeekday.getUTCDate() - 1);
    while ([0, 6].includes(lastWeekday.getUTCDay()));
    const holiday = await api.prisma.holiday.create({
      data: {
        organizationId: admin.organizationId,
        date: new Date(lastWeekday.toISOString().slice(0, 10)),
        name: "Test",
      },
    });
    try {
      const withHoliday = await api.gql(DETAIL, { id: applicationId }, { token: candidate.token });
      expect(withHoliday.data?.candidateApplication.interviews[0].feedback.businessDays).toBe(overdue.businessDays - 1);
    } finally {
      await api.prisma.holiday.delete({ where: { id: holiday.id } });
    }
  });

  it("keeps internal data out of candidate-facing types", async () => {
    const schema = await api.gql(`{ __type(name: "CandidateInterview") { fields { name } } }`);
    const fields = schema.data?.__type.fields.map((f: { name: string }) => f.name);
    expect(fields).not.toContain("interviewers");
    for (const type of [
      "CandidateApplicationDetail",
      "CandidateInterview",
      "CandidateFeedbackPromise",
      "CandidateTimelineEvent",
      "RatingInvitation",
      "MyExperienceRating",
    ]) {
      const result = await api.gql(`query($name: String!) { __type(name: $name) { fields { name } } }`, { name: type });
      const names = result.data?.__type.fields.map((f: { name: string }) => f.name);
      // The candidate's own experience ratings are theirs to see; interviewers' ratings never are.
      const internal = names.filter((name: string) => name !== "ratingInvitations" && name !== "rating");
      expect(internal.join(",")).not.toMatch(/recommendation|privateNotes|scorecard|interviewer|rating/i);
      expect(names.length).toBeGreaterThan(0);
    }
  });
});

describe("the interviewer's list", () => {
  it("shows assigned upcoming interviews and past ones with their deadlines, nobody else's", async () => {
    const { applicationId } = await jobWithCandidate(api, admin);
    const upcoming = (await schedule(applicationId)).data?.scheduleInterview.id;
    const done = (await schedule(applicationId)).data?.scheduleInterview.id;
    await travelPast(done, new Date(Date.now() - 3 * HOUR), new Date(Date.now() - 2 * HOUR));
    await api.gql(COMPLETE, { input: { interviewId: done } }, { token: admin.token });

    const HOME = `query($org: ID!) { interviewerHome(organizationId: $org) {
      upcoming { id scheduledStart } awaitingScorecard { id scorecardDueAt } past { id candidateFeedbackDueAt }
    } }`;
    const home = (await api.gql(HOME, { org: admin.organizationId }, { token: interviewer.token })).data
      ?.interviewerHome;
    expect(home.upcoming.map((i: { id: string }) => i.id)).toContain(upcoming);
    const starts = home.upcoming.map((i: { scheduledStart: string }) => i.scheduledStart);
    expect(starts).toEqual([...starts].sort());
    expect(home.awaitingScorecard.map((i: { id: string }) => i.id)).toContain(done);
    const past = home.past.find((i: { id: string }) => i.id === done);
    expect(new Date(past.candidateFeedbackDueAt).getTime()).toBeGreaterThan(Date.now());

    const adminHome = (await api.gql(HOME, { org: admin.organizationId }, { token: admin.token })).data
      ?.interviewerHome;
    expect(adminHome.upcoming.map((i: { id: string }) => i.id)).not.toContain(upcoming);
  });
});
