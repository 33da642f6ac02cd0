/**
 * A promise from publication to the candidate: an admin publishes a new screen promise, a recruiter
 * adds a candidate, schedules and completes the screen, the candidate accepts the invitation and sees
 * the promised feedback date, and the public page states the promise. Real Chromium, real API.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { eventually, launchChromium, localDateTimeInput, screenshot, signedInPage } from "./browser.ts";

const baseUrl = inject("baseUrl");
const stamp = Date.now().toString(36);
const candidate = { name: "Erin Endtoend", email: `erin-${stamp}@example.test`, password: "erin's long passphrase" };
const sentence = "After a screening call you will receive the outcome within 4 business days.";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe("a feedback promise, from the admin to the candidate", () => {
  it("is published, applied to a completed interview, shown to the candidate and on the public page", async () => {
    const admin = await signedInPage(browser, baseUrl, "admin@acme.test");
    const orgPath = new URL(admin.url()).pathname;
    await admin.getByRole("link", { name: "Promises", exact: true }).click();
    const screen = admin.locator("#org-SCREEN");
    await screen.getByLabel("Candidate feedback within (business days)").fill("4");
    await screen.getByRole("button", { name: "Save draft" }).click();
    await admin.getByText("Draft saved for Screen").waitFor();
    await admin.getByRole("button", { name: "Publish Screen draft" }).click();
    await admin.getByText(/Screen promise published as version \d+\./).waitFor();
    await screenshot(admin, "promise-editor");

    const recruiter = await signedInPage(browser, baseUrl, "recruiter@acme.test");
    await recruiter.goto(`${baseUrl}${orgPath}/jobs`);
    await recruiter.getByRole("link", { name: "Robotics Software Engineer" }).first().click();
    await recruiter.getByLabel("Candidate name").fill(candidate.name);
    await recruiter.getByLabel("Candidate email").fill(candidate.email);
    await recruiter.getByRole("button", { name: "Add candidate" }).click();
    await recruiter.getByText(`${candidate.name} was added.`).waitFor();
    await screenshot(recruiter, "pipeline-board");

    await recruiter.getByRole("link", { name: candidate.name }).first().click();
    await recruiter.getByLabel("Start", { exact: true }).fill(localDateTimeInput("Europe/Berlin"));
    await recruiter.getByLabel("End", { exact: true }).fill(localDateTimeInput("Europe/Berlin", 30));
    await recruiter.getByLabel("Mara Lindqvist (interviewer@acme.test)").check();
    await recruiter.getByRole("button", { name: "Schedule interview" }).click();
    await recruiter.getByRole("link", { name: /^Complete / }).click();
    await recruiter.getByRole("button", { name: "Mark completed" }).click();
    await expect
      .poll(() => recruiter.getByRole("table", { name: "Interviews" }).textContent(), eventually)
      .toContain("Not released yet");
    await screenshot(recruiter, "application-completed");

    const invitee = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await invitee.goto(`${baseUrl}/dev/outbox`);
    // The candidate was also told of the interview by email: pick the invitation.
    const email = invitee
      .getByRole("listitem")
      .filter({ hasText: candidate.email })
      .filter({ hasText: "invites you" })
      .first();
    // Older messages are collapsed: read the link from the markup rather than as a visible link.
    const link = await email.locator('a[href*="/invite/"]').getAttribute("href");
    await invitee.goto(link ?? "");
    await invitee.getByLabel("Your name").fill(candidate.name);
    await invitee.getByLabel("Choose a password").fill(candidate.password);
    await invitee.getByRole("button", { name: "Accept invitation" }).click();
    await invitee.waitForURL(/\/candidate$/);
    await invitee.getByRole("link", { name: "Robotics Software Engineer" }).click();
    await invitee.waitForURL(/\/candidate\/applications\//);
    // The URL changes before the new page has rendered: wait for its content.
    await expect.poll(() => invitee.locator("main").textContent(), eventually).toContain(sentence);
    const page = (await invitee.locator("main").textContent()) ?? "";
    expect(page).toContain("Due in 4 business days");
    expect(page).toMatch(/Recruiter screen done\. You will receive the outcome by/);
    await screenshot(invitee, "candidate-promised-date");

    await invitee.goto(`${baseUrl}/c/acme`);
    await expect.poll(() => invitee.locator("main").textContent(), eventually).toContain(sentence);
    await screenshot(invitee, "public-promise-page");
  });
});
