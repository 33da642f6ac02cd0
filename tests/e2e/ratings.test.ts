/**
 * Candidates rate their experience and the company sees it only once enough ratings exist: a fresh
 * company (set up through the API) interviews and rejects five candidates; four rate through the API,
 * the fifth through the portal, and the admin's dashboard shows NPS only after the fifth. Real Chromium.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, submitScorecard } from "./api.ts";
import { eventually, hydrated, launchChromium, screenshot, signIn } from "./browser.ts";

const baseUrl = inject("baseUrl");
const stamp = Date.now().toString(36);
const PASSWORD = "a long and memorable passphrase";

/** The newest outbox email to an address, read through the development outbox (as a developer would). */
async function inviteToken(email: string): Promise<string> {
  const { devOutbox } = await api<{ devOutbox: Array<{ to: string; text: string }> }>(
    `{ devOutbox(limit: 100) { to text } }`,
  );
  const message = devOutbox.find((m) => m.to === email);
  const token = message?.text.match(/\/invite\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no invitation for ${email}`);
  return token;
}

let browser: Browser;
let admin: { token: string; organizationId: string; userId: string; email: string };
const candidates: Array<{ email: string; token: string; applicationId: string }> = [];

beforeAll(async () => {
  browser = await launchChromium();
  const adminEmail = `rated-admin-${stamp}@example.test`;
  const signedUp = await api(
    `mutation($input: SignUpInput!) { signUp(input: $input) { token viewer { user { id } memberships { organization { id } } } } }`,
    { input: { name: "Rae Admin", email: adminEmail, password: PASSWORD, organizationName: `Rated ${stamp}` } },
  );
  admin = {
    token: signedUp.signUp.token,
    organizationId: signedUp.signUp.viewer.memberships[0].organization.id,
    userId: signedUp.signUp.viewer.user.id,
    email: adminEmail,
  };
  const draft = await api(
    `mutation($input: SavePromiseDraftInput!) { savePromiseDraft(input: $input) { id } }`,
    {
      input: {
        organizationId: admin.organizationId,
        stageKind: "SCREEN",
        level: "OUTCOME",
        candidateDeadlineBusinessDays: 3,
        scorecardDeadlineHours: 24,
        statusCadenceDays: 7,
      },
    },
    admin.token,
  );
  await api(`mutation($id: ID!) { publishPromise(id: $id) { id } }`, { id: draft.savePromiseDraft.id }, admin.token);
  const job = await api(
    `mutation($input: CreateJobInput!) { createJob(input: $input) { id } }`,
    {
      input: {
        organizationId: admin.organizationId,
        title: "Data Engineer",
        stages: [{ name: "Recruiter screen", kind: "SCREEN" }],
      },
    },
    admin.token,
  );
  for (let i = 0; i < 5; i++) candidates.push(await interviewedAndRejected(job.createJob.id, i));
}, 120_000);
afterAll(() => browser?.close());

/** A candidate with an account whose screen took place, got feedback and was rejected. */
async function interviewedAndRejected(jobId: string, index: number) {
  const email = `rated-${index}-${stamp}@example.test`;
  const added = await api(
    `mutation($input: AddCandidateInput!) { addCandidate(input: $input) { id } }`,
    { input: { jobId, name: `Candidate ${index}`, email } },
    admin.token,
  );
  const applicationId = added.addCandidate.id as string;
  const accepted = await api(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }`, {
    input: { token: await inviteToken(email), name: `Candidate ${index}`, password: PASSWORD },
  });
  const now = Date.now();
  const scheduled = await api(
    `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
    {
      input: {
        applicationId,
        startsAt: new Date(now - 4 * 60_000).toISOString(),
        endsAt: new Date(now + 30 * 60_000).toISOString(),
        interviewerIds: [admin.userId],
      },
    },
    admin.token,
  );
  const interviewId = scheduled.scheduleInterview.id as string;
  await api(
    `mutation($input: CompleteInterviewInput!) { completeInterview(input: $input) { id } }`,
    { input: { interviewId } },
    admin.token,
  );
  await submitScorecard(interviewId, admin.token);
  await api(
    `mutation($input: ReleaseFeedbackInput!) { releaseFeedback(input: $input) { id } }`,
    { input: { interviewId, outcome: "NOT_ADVANCING" } },
    admin.token,
  );
  await api(
    `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id } }`,
    { input: { applicationId, move: "REJECT" } },
    admin.token,
  );
  return { email, token: accepted.acceptInvitation.token as string, applicationId };
}

const scores = (recommend: number) => ({
  overall: 4,
  recommend,
  communication: 4,
  timeliness: 5,
  respect: 5,
  clarity: 4,
  usefulness: 3,
  comment: "Quick and kind, even though it was a no.",
  shareComment: true,
});

describe("experience ratings", () => {
  it("a candidate rates in the portal and the dashboard shows ratings once five exist", async () => {
    for (const candidate of candidates.slice(0, 4)) {
      await api(
        `mutation($input: RateExperienceInput!) { rateExperience(input: $input) { id } }`,
        { input: { applicationId: candidate.applicationId, scope: "process", ...scores(10) } },
        candidate.token,
      );
    }

    const adminPage = await browser.newPage();
    await signIn(adminPage, baseUrl, admin.email, PASSWORD);
    await adminPage.goto(`${baseUrl}/org/${admin.organizationId}/metrics`);
    const nps = adminPage.locator("li.metric-card", {
      has: adminPage.getByRole("heading", { name: "Candidate NPS", exact: true }),
    });
    await expect.poll(() => nps.textContent(), eventually).toMatch(/fewer than 5/i);

    const fifth = candidates[4] as (typeof candidates)[number];
    const page = await browser.newPage();
    await signIn(page, baseUrl, fifth.email, PASSWORD);
    await page.goto(`${baseUrl}/candidate`);
    await page.getByRole("link", { name: "Rate your experience" }).first().click();
    await page.waitForURL(/\/candidate\/applications\/.+#rate$/);
    await hydrated(page);
    const form = page.getByRole("form", { name: "How was the whole process?" });
    await form.getByRole("button", { name: /Send your rating/ }).click();
    // Nothing chosen yet: every score is named, nothing is saved.
    await expect.poll(() => form.getByText("Rate your overall experience from 1 to 5.").count(), eventually).toBe(1);
    for (const [legend, value] of [
      ["Overall experience", "5"],
      ["Communication", "4"],
      ["Timeliness", "4"],
      ["Respect", "5"],
      ["Clarity", "4"],
      ["Usefulness of the feedback you received", "3"],
      ["How likely are you to recommend applying here to a friend?", "9"],
    ] as const) {
      await form
        .getByRole("group", { name: new RegExp(`^${legend}`) })
        .getByLabel(new RegExp(`^${value}\\b`))
        .check();
    }
    await form.getByLabel("Anything else? (optional)").fill("Clear steps and a fair, kind rejection.");
    await form.getByLabel(/The company may read my comment/).check();
    await screenshot(page, "rating-form");
    await form.getByRole("button", { name: /Send your rating/ }).click();
    await page.getByText("Thank you: your rating was saved.").waitFor();
    await expect
      .poll(() => page.getByRole("heading", { name: "Your rating of the whole process" }).count(), eventually)
      .toBe(1);
    await screenshot(page, "rating-saved");

    await adminPage.reload();
    // Four 10s and one 9: all promoters.
    await expect.poll(() => nps.textContent(), eventually).toMatch(/\+?100/);
    await expect.poll(() => adminPage.getByText("Clear steps and a fair, kind rejection.").count(), eventually).toBe(1);
    await screenshot(adminPage, "dashboard-after-ratings");
  });
});
