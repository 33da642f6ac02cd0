import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, jobWithCandidate, type TestApi } from "../../test/harness.ts";
import {
  companyWithStaff,
  completedInterview,
  HOUR,
  NOTIFICATIONS,
  postStatusUpdate,
  releaseOutcome,
  submitScorecard,
  tasksOf,
} from "./testing.ts";

let api: TestApi;
let staff: Awaited<ReturnType<typeof companyWithStaff>>;

beforeAll(async () => {
  api = await createTestApi();
  staff = await companyWithStaff(api, "Reminder Co");
});
afterAll(() => api.close());

const notificationsOf = (userId: string, kind?: string) =>
  api.prisma.notification.findMany({ where: { userId, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });
const notificationsAbout = (userId: string, interviewId: string) =>
  api.prisma.notification.findMany({
    where: { userId, link: { contains: interviewId } },
    orderBy: { createdAt: "asc" },
  });
const emailsTo = (address: string, kind: string) =>
  api.prisma.emailMessage.findMany({ where: { toAddress: address, kind }, orderBy: { createdAt: "asc" } });

describe("reminders scheduled when an interview is completed", () => {
  it("stores one task per reminder, at the times of the domain schedule", async () => {
    const interview = await completedInterview(api, staff.admin, [staff.interviewer.userId]);
    const tasks = await tasksOf(api, interview.interviewId);
    const byKind = Object.fromEntries(tasks.map((t) => [t.kind, t]));
    expect(Object.keys(byKind).sort()).toEqual([
      "feedback-deadline-approaching",
      "feedback-deadline-broken",
      "feedback-holding-update",
      "scorecard-overdue",
      "scorecard-reminder",
    ]);
    expect(byKind["scorecard-reminder"]?.dueAt).toEqual(new Date(interview.scorecardDueAt.getTime() - 4 * HOUR));
    expect(byKind["scorecard-overdue"]?.dueAt).toEqual(new Date(interview.scorecardDueAt.getTime() + 1));
    expect(byKind["feedback-deadline-broken"]?.dueAt).toEqual(new Date(interview.candidateFeedbackDueAt.getTime() + 1));
    expect(byKind["scorecard-reminder"]?.dedupeKey).toBe(
      `scorecard-reminder:${interview.interviewId}:${staff.interviewer.userId}`,
    );
    expect(tasks.every((t) => t.status === "PENDING")).toBe(true);
  });
});

describe("interviews completed without reminders", () => {
  it("get their still-future reminders from the sweep, once, and none whose time has passed", async () => {
    const interview = await completedInterview(api, staff.admin, [staff.interviewer.userId]);
    const scheduled = await tasksOf(api, interview.interviewId);
    await api.prisma.scheduledTask.deleteMany({ where: { id: { in: scheduled.map((t) => t.id) } } });

    // After the scorecard deadline: only the feedback deadline's reminders are still to come.
    const afterScorecardDeadline = new Date(interview.scorecardDueAt.getTime() + 1000);
    await api.app.reminders.sweep(afterScorecardDeadline);
    const restored = await tasksOf(api, interview.interviewId);
    expect(restored.map((t) => t.kind)).toEqual([
      "feedback-deadline-approaching",
      "feedback-holding-update",
      "feedback-deadline-broken",
    ]);
    expect(restored.map((t) => t.dueAt)).toEqual(scheduled.slice(-3).map((t) => t.dueAt));
    await api.app.reminders.sweep(afterScorecardDeadline);
    expect(await tasksOf(api, interview.interviewId)).toHaveLength(3);
  });
});

describe("interviewer reminders", () => {
  it("reminds before the deadline and again after it, once each, with an email that cannot be unsubscribed", async () => {
    const interview = await completedInterview(api, staff.admin, [staff.interviewer.userId]);
    const mine = () => notificationsAbout(staff.interviewer.userId, interview.interviewId);

    await api.app.reminders.runDueTasks(new Date(interview.scorecardDueAt.getTime() - 4 * HOUR + 1000));
    await api.app.reminders.runDueTasks(new Date(interview.scorecardDueAt.getTime() - 3 * HOUR));
    const reminded = await mine();
    expect(reminded.map((n) => n.kind)).toEqual(["scorecard_due"]);
    expect(reminded[0]?.link).toBe(`/org/${staff.admin.organizationId}/interviews/${interview.interviewId}/scorecard`);
    expect(reminded[0]?.body).toMatch(/Cleo Candidate's recruiter screen \(Backend Engineer\) is due/);

    const [email] = (await emailsTo(staff.interviewer.email, "scorecard_due")).slice(-1);
    expect(email?.text).toContain(`http://portal.test/org/${staff.admin.organizationId}/interviews/`);
    expect(email?.html).toContain("<a href=");
    expect(email?.unsubscribeUrl).toBeNull();
    expect(email?.text).toMatch(/cannot be turned off/);

    await api.app.reminders.runDueTasks(new Date(interview.scorecardDueAt.getTime() + 1000));
    const all = await mine();
    expect(all.map((n) => n.kind)).toEqual(["scorecard_due", "scorecard_overdue"]);
  });

  it("says nothing once the scorecard is in", async () => {
    const interview = await completedInterview(api, staff.admin, [staff.interviewer.userId]);
    await submitScorecard(api, interview.interviewId, staff.interviewer.token);
    await api.app.reminders.runDueTasks(new Date(interview.scorecardDueAt.getTime() + 1000));
    expect(await notificationsAbout(staff.interviewer.userId, interview.interviewId)).toHaveLength(0);
    const tasks = await tasksOf(api, interview.interviewId);
    const overdue = tasks.find((t) => t.kind === "scorecard-overdue");
    expect(overdue).toMatchObject({ status: "DONE", result: "skipped: scorecard already submitted" });
  });
});

describe("candidate feedback deadline", () => {
  it("alerts the recruiter and sends the candidate a holding update one business day before, then escalates when broken", async () => {
    const interview = await completedInterview(api, staff.admin, [staff.interviewer.userId]);
    const approaching = (await tasksOf(api, interview.interviewId)).find(
      (t) => t.kind === "feedback-deadline-approaching",
    );
    if (!approaching || !interview.candidate) throw new Error("setup");

    await api.app.reminders.runDueTasks(new Date(approaching.dueAt.getTime() + 1000));
    const recruiterAlerts = await api.prisma.notification.findMany({
      where: { userId: staff.recruiter.userId, kind: "feedback_due", link: { contains: interview.interviewId } },
    });
    expect(recruiterAlerts).toHaveLength(1);
    expect(recruiterAlerts[0]?.link).toBe(
      `/org/${staff.admin.organizationId}/interviews/${interview.interviewId}/review`,
    );
    // Recruiters exist, so the admin is not bothered.
    expect(await notificationsOf(staff.admin.userId, "feedback_due")).toHaveLength(0);

    const holding = await api.prisma.statusUpdate.findFirstOrThrow({
      where: { applicationId: interview.applicationId, kind: "HOLDING" },
    });
    expect(holding.body).toMatch(
      /^No decision yet on your recruiter screen\. You will hear from Reminder Co by \w+day/,
    );
    const candidateNotices = await notificationsOf(interview.candidate.userId, "status_update");
    expect(candidateNotices.map((n) => n.title)).toEqual(["No decision yet on your application at Reminder Co"]);
    const timeline = await api.prisma.timelineEvent.findMany({
      where: { applicationId: interview.applicationId, kind: "status.updated" },
    });
    expect(timeline).toHaveLength(1);

    await api.app.reminders.runDueTasks(new Date(interview.candidateFeedbackDueAt.getTime() + 1000));
    const broken = await api.prisma.notification.findMany({
      where: { userId: staff.recruiter.userId, kind: "feedback_overdue", link: { contains: interview.interviewId } },
    });
    expect(broken.map((n) => n.title)).toEqual(["Feedback promise broken: Cleo Candidate"]);
  });

  it("sends no holding update when a recruiter wrote first, and no escalation after a release", async () => {
    const interview = await completedInterview(api, staff.admin, [staff.interviewer.userId]);
    if (!interview.candidate) throw new Error("setup");
    await postStatusUpdate(api, interview.applicationId, staff.recruiter.token, "We are discussing your interview.");
    await submitScorecard(api, interview.interviewId, staff.interviewer.token);
    const approaching = (await tasksOf(api, interview.interviewId)).find(
      (t) => t.kind === "feedback-deadline-approaching",
    );
    await api.app.reminders.runDueTasks(new Date((approaching?.dueAt.getTime() ?? 0) + 1000));
    expect(
      await api.prisma.statusUpdate.count({ where: { applicationId: interview.applicationId, kind: "HOLDING" } }),
    ).toBe(0);
    expect(
      await api.prisma.notification.count({
        where: { userId: staff.recruiter.userId, kind: "feedback_due", link: { contains: interview.interviewId } },
      }),
    ).toBe(1);

    await releaseOutcome(api, interview.interviewId, staff.recruiter.token);
    await api.app.reminders.runDueTasks(new Date(interview.candidateFeedbackDueAt.getTime() + 1000));
    const broken = (await tasksOf(api, interview.interviewId)).find((t) => t.kind === "feedback-deadline-broken");
    expect(broken).toMatchObject({ status: "DONE", result: "skipped: feedback already released" });
  });
});

describe("going cold", () => {
  it("nudges the recruiters once per silence longer than the cadence", async () => {
    const company = await companyWithStaff(api, "Cold Co");
    // No interview: nothing else (such as a holding update) will contact this candidate meanwhile.
    const interview = await jobWithCandidate(api, company.admin);
    const application = await api.prisma.application.findUniqueOrThrow({ where: { id: interview.applicationId } });
    const lastContact = application.lastCandidateContactAt as Date;
    const later = new Date(lastContact.getTime() + 7 * 24 * HOUR + 1000);

    expect(await api.app.reminders.sweep(later)).toBeGreaterThanOrEqual(1);
    expect(await api.app.reminders.sweep(later)).toBe(0);
    await api.app.reminders.runDueTasks(later);
    await api.app.reminders.runDueTasks(later);
    const nudges = await notificationsOf(company.recruiter.userId, "application_cold");
    expect(nudges.map((n) => n.link)).toEqual([
      `/org/${company.admin.organizationId}/applications/${interview.applicationId}`,
    ]);
    // Optional for staff: the email carries an unsubscribe link.
    const [email] = await emailsTo(company.recruiter.email, "application_cold");
    expect(email?.unsubscribeUrl).toMatch(/^http:\/\/portal\.test\/unsubscribe\/[\w-]+\.[\w-]+$/);
  });
});

describe("candidate notices", () => {
  it("tells the candidate when an interview is scheduled or moved, a status update is posted and feedback released", async () => {
    const interview = await completedInterview(api, staff.admin, [staff.interviewer.userId]);
    if (!interview.candidate) throw new Error("setup");
    const start = new Date(Date.now() + 48 * HOUR);
    const scheduled = await api.gql(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
      {
        input: {
          applicationId: interview.applicationId,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + HOUR).toISOString(),
          interviewerIds: [staff.interviewer.userId],
        },
      },
      { token: staff.recruiter.token },
    );
    const moved = await api.gql(
      `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { id } }`,
      {
        input: {
          interviewId: scheduled.data?.scheduleInterview.id,
          startsAt: new Date(start.getTime() + 24 * HOUR).toISOString(),
          endsAt: new Date(start.getTime() + 25 * HOUR).toISOString(),
        },
      },
      { token: staff.recruiter.token },
    );
    expect(moved.errors).toBeUndefined();
    await postStatusUpdate(api, interview.applicationId, staff.recruiter.token, "The team meets on Thursday.");
    await submitScorecard(api, interview.interviewId, staff.interviewer.token);
    await releaseOutcome(api, interview.interviewId, staff.recruiter.token);

    const seen = await api.gql(NOTIFICATIONS, { first: 10 }, { token: interview.candidate.token });
    const items = seen.data?.notifications.items as Array<{ kind: string; title: string; link: string }>;
    expect(items.map((n) => n.kind)).toEqual([
      "feedback_released",
      "status_update",
      "interview_update",
      "interview_update",
      "interview_update",
    ]);
    expect(items[0]?.link).toBe(`/candidate/applications/${interview.applicationId}/feedback/${interview.interviewId}`);
    expect(items.map((n) => n.title)).toContain("Recruiter screen with Reminder Co moved");
    expect(seen.data?.notifications.unreadCount).toBe(5);

    const [released] = await emailsTo(interview.candidateEmail, "feedback_released");
    expect(released?.subject).toBe("Your feedback from Reminder Co is ready");
    expect(released?.text).toContain(`http://portal.test/candidate/applications/${interview.applicationId}/feedback/`);
    expect(released?.text).toMatch(/Unsubscribe from emails like this: http:\/\/portal\.test\/unsubscribe\//);
  });

  it("marks a notification read when opened, only the viewer's own, and counts what is unread", async () => {
    const interview = await completedInterview(api, staff.admin, [staff.interviewer.userId]);
    if (!interview.candidate) throw new Error("setup");
    await postStatusUpdate(api, interview.applicationId, staff.recruiter.token, "Still deciding, more soon.");
    const { token } = interview.candidate;
    const list = await api.gql(NOTIFICATIONS, { unreadOnly: true }, { token });
    const id = list.data?.notifications.items[0].id;
    const before = list.data?.notifications.unreadCount as number;

    const other = await api.gql(
      `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`,
      { id },
      {
        token: staff.recruiter.token,
      },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const read = await api.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`, { id }, { token });
    expect(read.data?.markNotificationRead.readAt).toBeTruthy();
    const count = await api.gql(`{ unreadNotificationCount }`, {}, { token });
    expect(count.data?.unreadNotificationCount).toBe(before - 1);

    const all = await api.gql(`mutation { markAllNotificationsRead }`, {}, { token });
    expect(all.data?.markAllNotificationsRead).toBe(before - 1);
    expect((await api.gql(`{ unreadNotificationCount }`, {}, { token })).data?.unreadNotificationCount).toBe(0);
    expect((await api.gql(`{ unreadNotificationCount }`)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("email preferences and unsubscribe links", () => {
  const PREFS = `{ notificationPreferences { kind optional email audience } }`;
  const SET = `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind email } }`;

  it("lets a person turn optional emails off, keeps the in-app notice, and refuses to turn deadline reminders off", async () => {
    const interview = await completedInterview(api, staff.admin, [staff.interviewer.userId]);
    if (!interview.candidate) throw new Error("setup");
    const { token } = interview.candidate;
    const off = await api.gql(SET, { input: { kind: "status_update", email: false } }, { token });
    expect(off.data?.setNotificationPreference).toContainEqual({ kind: "status_update", email: false });
    const emailsBefore = (await emailsTo(interview.candidateEmail, "status_update")).length;
    await postStatusUpdate(api, interview.applicationId, staff.recruiter.token, "An update you will see in Candor.");
    expect(await emailsTo(interview.candidateEmail, "status_update")).toHaveLength(emailsBefore);
    expect(await notificationsOf(interview.candidate.userId, "status_update")).toHaveLength(1);

    const refused = await api.gql(
      SET,
      { input: { kind: "scorecard_due", email: false } },
      {
        token: staff.interviewer.token,
      },
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: "Scorecard due soon emails are deadline reminders and cannot be turned off.",
      extensions: { code: "BAD_REQUEST" },
    });
    const unknown = await api.gql(SET, { input: { kind: "everything", email: false } }, { token });
    expect(unknown.errors?.[0]?.extensions?.fields).toEqual({ kind: "Choose one of the kinds of notification." });
    const prefs = await api.gql(PREFS, {}, { token: staff.interviewer.token });
    expect(prefs.data?.notificationPreferences).toContainEqual({
      kind: "scorecard_due",
      optional: false,
      email: true,
      audience: "STAFF",
    });
  });

  it("unsubscribes through the signed link in the email, without signing in, and refuses a forged one", async () => {
    const interview = await completedInterview(api, staff.admin, [staff.interviewer.userId], {
      candidateAccount: false,
    });
    await postStatusUpdate(api, interview.applicationId, staff.recruiter.token, "We will be in touch next week.");
    const [email] = await emailsTo(interview.candidateEmail, "status_update");
    const token = email?.unsubscribeUrl?.split("/unsubscribe/")[1] as string;
    expect(email?.text).toContain(`/unsubscribe/${token}`);

    const preview = await api.gql(
      `query($token: String!) { unsubscribeLink(token: $token) { kind label address unsubscribed } }`,
      {
        token,
      },
    );
    expect(preview.data?.unsubscribeLink).toMatchObject({ kind: "status_update", unsubscribed: false });
    expect(preview.data?.unsubscribeLink.address).toMatch(/^c•••@example\.test$/);

    const done = await api.gql(`mutation($token: String!) { unsubscribe(token: $token) { kind unsubscribed } }`, {
      token,
    });
    expect(done.data?.unsubscribe).toEqual({ kind: "status_update", unsubscribed: true });
    await postStatusUpdate(api, interview.applicationId, staff.recruiter.token, "A second update.");
    expect(await emailsTo(interview.candidateEmail, "status_update")).toHaveLength(1);

    // The same payload with another kind, or a changed signature, is refused with a message to act on.
    const [payload, signature] = token.split(".") as [string, string];
    const otherKind = Buffer.from(JSON.stringify({ a: interview.candidateEmail, k: "feedback_released" })).toString(
      "base64url",
    );
    // The signature's first character carries six whole bits: changing it always changes the signature (its last
    // characters partly encode padding, so replacing them could leave it as it was).
    const alteredSignature = `${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;
    for (const forged of [`${otherKind}.${signature}`, `${payload}.${alteredSignature}`, "nonsense", ""]) {
      const result = await api.gql(`mutation($token: String!) { unsubscribe(token: $token) { kind } }`, {
        token: forged,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
      expect(result.errors?.[0]?.message).toMatch(/^This unsubscribe link is not valid/);
    }
  });
});
