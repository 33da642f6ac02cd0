/**
 * Notifications in the portal, live: an interviewer watching the portal sees a scorecard reminder
 * appear in the header without reloading (the API's worker sends it, the portal streams it), opens it
 * and lands on the scorecard; a candidate sees the feedback-released notice and opens the feedback.
 * The pipeline is set up through the API; everything watched happens in real Chromium.
 */
import { DEMO_PASSWORD } from "@candor/db/seed";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, submitScorecard } from "./api.ts";
import { eventually, launchChromium, screenshot, signedInPage } from "./browser.ts";

const baseUrl = inject("baseUrl");
const stamp = Date.now().toString(36);
const jobTitle = `Notification Tester ${stamp}`;

async function signInToApi(email: string) {
  const data = await api(
    `mutation($input: SignInInput!) { signIn(input: $input) { token viewer { user { id } memberships { role organization { id } } } } }`,
    { input: { email, password: DEMO_PASSWORD } },
  );
  const { token, viewer } = data.signIn;
  return {
    token: token as string,
    userId: viewer.user.id as string,
    organizationId: viewer.memberships[0]?.organization.id,
  };
}

/** Waits until the page's live notification stream is connected. */
async function receivingLive(page: Page): Promise<void> {
  await page.locator("html[data-live-notifications]").waitFor({ state: "attached" });
}

/** The unread count in the header ("0" when the badge shows none). */
async function unreadBadge(page: Page): Promise<number> {
  const badge = page.getByTestId("unread-count");
  return (await badge.count()) ? Number(await badge.textContent()) : 0;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe("notifications in the portal", () => {
  it("an interviewer sees a reminder appear live; a candidate sees the feedback-released notice", async () => {
    const admin = await signInToApi("admin@acme.test");
    const interviewer = await signInToApi("interviewer@acme.test");
    const organizationId = admin.organizationId as string;

    // A job whose promise gives interviewers one hour for their scorecard: the reminder is due at once.
    const job = await api(
      `mutation($input: CreateJobInput!) { createJob(input: $input) { id stages { id } } }`,
      {
        input: { organizationId, title: jobTitle, stages: [{ name: "Screen", kind: "SCREEN" }] },
      },
      admin.token,
    );
    const draft = await api(
      `mutation($input: SavePromiseDraftInput!) { savePromiseDraft(input: $input) { id } }`,
      {
        input: {
          organizationId,
          stageKind: "SCREEN",
          jobId: job.createJob.id,
          level: "OUTCOME",
          candidateDeadlineBusinessDays: 3,
          scorecardDeadlineHours: 1,
          statusCadenceDays: 7,
        },
      },
      admin.token,
    );
    await api(`mutation($id: ID!) { publishPromise(id: $id) { id } }`, { id: draft.savePromiseDraft.id }, admin.token);
    const added = await api(
      `mutation($input: AddCandidateInput!) { addCandidate(input: $input) { id candidate { name } } }`,
      { input: { jobId: job.createJob.id, name: "Demo Candidate", email: "candidate@demo.test" } },
      admin.token,
    );
    const applicationId = added.addCandidate.id as string;
    const candidateName = added.addCandidate.candidate.name as string;
    const now = Date.now();
    const scheduled = await api(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
      {
        input: {
          applicationId,
          startsAt: new Date(now - 60_000).toISOString(),
          endsAt: new Date(now + 30 * 60_000).toISOString(),
          interviewerIds: [interviewer.userId],
        },
      },
      admin.token,
    );
    const interviewId = scheduled.scheduleInterview.id as string;

    // The interviewer is looking at their interviews; the page is marked so that a reload would show.
    const mara = await signedInPage(browser, baseUrl, "interviewer@acme.test");
    await mara.goto(`${baseUrl}/org/${organizationId}/interviews`);
    await mara.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    await receivingLive(mara);
    const before = await unreadBadge(mara);

    await api(
      `mutation($input: CompleteInterviewInput!) { completeInterview(input: $input) { id } }`,
      {
        input: { interviewId },
      },
      admin.token,
    );

    // The demo data's own reminders may fall due meanwhile too: the count grows by at least this one.
    await mara.getByText(`New notification: Scorecard due soon: ${candidateName}`).waitFor({ state: "attached" });
    await expect.poll(() => unreadBadge(mara), eventually).toBeGreaterThanOrEqual(before + 1);
    expect(await mara.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await screenshot(mara, "notification-reminder-live");

    await mara.getByRole("link", { name: /^Notifications, \d+ unread$/ }).click();
    await mara.waitForURL(/\/notifications$/);
    // Demo data may hold other reminders about the same candidate: pick the one about this job.
    const reminder = () => mara.getByRole("listitem").filter({ hasText: jobTitle });
    await reminder()
      .getByRole("button", { name: `Unread: Scorecard due soon: ${candidateName}` })
      .click();
    await mara.waitForURL(new RegExp(`/interviews/${interviewId}/scorecard$`));
    await mara.goto(`${baseUrl}/notifications`);
    // Opened, so no longer unread.
    await reminder()
      .getByRole("button", { name: `Scorecard due soon: ${candidateName}`, exact: true })
      .waitFor();

    // The interviewer files the scorecard and the recruiter releases feedback, while the candidate watches.
    const visitor = await signedInPage(browser, baseUrl, "candidate@demo.test");
    await visitor.goto(`${baseUrl}/candidate`);
    await receivingLive(visitor);
    const candidateBefore = await unreadBadge(visitor);
    await submitScorecard(interviewId, interviewer.token);
    await api(
      `mutation($input: ReleaseFeedbackInput!) { releaseFeedback(input: $input) { id } }`,
      { input: { interviewId, outcome: "ADVANCING" } },
      admin.token,
    );

    await expect.poll(() => unreadBadge(visitor), eventually).toBeGreaterThanOrEqual(candidateBefore + 1);
    await visitor.getByRole("link", { name: /^Notifications, \d+ unread$/ }).click();
    await visitor.waitForURL(/\/notifications$/);
    await visitor.getByRole("button", { name: "Unread: Your feedback from Acme Robotics is ready" }).first().click();
    await visitor.waitForURL(new RegExp(`/candidate/applications/${applicationId}/feedback/${interviewId}$`));
    await expect
      .poll(() => visitor.locator("main").textContent(), eventually)
      .toContain("Good news: you are moving on to the next stage.");
    await screenshot(visitor, "notification-feedback-released");
  });
});
