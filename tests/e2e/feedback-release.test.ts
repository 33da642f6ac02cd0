/**
 * Feedback from the interviewer's draft to the candidate reading it: a recruiter completes a
 * technical interview, the interviewer drafts (the draft survives a reload) and submits a scorecard,
 * the recruiter releases feedback, and the candidate reads it. Real Chromium, real API.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { eventually, hydrated, launchChromium, localDateTimeInput, screenshot, signedInPage } from "./browser.ts";

const baseUrl = inject("baseUrl");
const stamp = Date.now().toString(36);
const candidate = { name: "Farah Feedback", email: `farah-${stamp}@example.test`, password: "farah's long passphrase" };
const strengths =
  "You broke the path planner into clear steps and explained why you chose a grid search over A* for this size.";
const evidence = "Split the planner into parsing, search and output, and wrote a test for the empty grid first.";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe("feedback from scorecard to candidate", () => {
  it("is drafted, submitted, released and read", async () => {
    const recruiter = await signedInPage(browser, baseUrl, "recruiter@acme.test");
    const orgPath = new URL(recruiter.url()).pathname;
    await recruiter.goto(`${baseUrl}${orgPath}/jobs`);
    await recruiter.getByRole("link", { name: "Robotics Software Engineer" }).first().click();
    await recruiter.getByLabel("Candidate name").fill(candidate.name);
    await recruiter.getByLabel("Candidate email").fill(candidate.email);
    await recruiter.getByRole("button", { name: "Add candidate" }).click();
    await recruiter.getByRole("link", { name: candidate.name }).first().click();
    await recruiter.waitForURL(/\/applications\//);
    const applicationUrl = recruiter.url();
    await recruiter.getByLabel("Stage", { exact: true }).selectOption({ label: "Technical interview" });
    await recruiter.getByLabel("Start", { exact: true }).fill(localDateTimeInput("Europe/Berlin"));
    await recruiter.getByLabel("End", { exact: true }).fill(localDateTimeInput("Europe/Berlin", 45));
    await recruiter.getByLabel("Mara Lindqvist (interviewer@acme.test)").check();
    await recruiter.getByRole("button", { name: "Schedule interview" }).click();
    await recruiter.getByRole("link", { name: /^Complete / }).click();
    await recruiter.getByRole("button", { name: "Mark completed" }).click();
    await recruiter.getByRole("link", { name: /Review feedback/ }).waitFor();

    const mara = await signedInPage(browser, baseUrl, "interviewer@acme.test");
    await mara
      .getByRole("table", { name: "Awaiting your scorecard" })
      .getByRole("link", { name: `Write scorecard for ${candidate.name}, Technical interview` })
      .click();
    await mara.waitForURL(/\/scorecard$/);
    await hydrated(mara);
    // `all()` does not wait: let the form render first.
    await mara.getByRole("radio", { name: /^3 · / }).first().waitFor();
    for (const radio of await mara.getByRole("radio", { name: /^3 · / }).all()) await radio.check();
    for (const box of await mara.getByRole("textbox", { name: /^Evidence for / }).all()) await box.fill(evidence);
    await mara.getByLabel("Strengths (shared with the candidate)").fill(strengths);
    await mara.getByRole("button", { name: "Save draft" }).click();
    await mara.getByText(/Saved at \d\d:\d\d/).waitFor();
    await mara.reload();
    await hydrated(mara);
    expect(await mara.getByRole("radio", { name: /^3 · / }).first().isChecked()).toBe(true);
    expect(await mara.getByLabel("Strengths (shared with the candidate)").inputValue()).toBe(strengths);

    await mara.getByLabel("Growth area 1", { exact: true }).fill("Testing concurrent cases");
    await mara
      .getByLabel("Suggestion for growth area 1")
      .fill("Write a test with two robots reaching the aisle at once.");
    await mara.getByRole("radio", { name: "Yes", exact: true }).check();
    await mara
      .getByLabel("Private notes (internal, never shown to the candidate)")
      .fill("Solid on search; ask about ops.");
    await mara.getByRole("button", { name: "Submit scorecard" }).click();
    await mara
      .getByText(/Submitted on/)
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(async (error: unknown) => {
        await screenshot(mara, "scorecard-submit-failed");
        throw error;
      });
    await screenshot(mara, "scorecard-submitted");

    await recruiter.goto(applicationUrl);
    await recruiter.getByRole("link", { name: /Review feedback/ }).click();
    await recruiter.waitForURL(/\/review$/);
    await recruiter.getByRole("radio", { name: "Advancing", exact: true }).check();
    expect(await recruiter.getByLabel("Summary for the candidate").inputValue()).toContain(strengths);
    await recruiter.getByRole("button", { name: "Release feedback to the candidate" }).click();
    await recruiter.getByText("Promise kept").first().waitFor();
    const reviewUrl = recruiter.url();
    await screenshot(recruiter, "feedback-released");

    const invitee = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await invitee.goto(`${baseUrl}/dev/outbox`);
    const invitation = invitee
      .getByRole("listitem")
      .filter({ hasText: candidate.email })
      .filter({ hasText: "invites you" });
    // Older messages are collapsed: read the link from the markup rather than as a visible link.
    const link = await invitation.first().locator('a[href*="/invite/"]').getAttribute("href");
    await invitee.goto(link ?? "");
    await invitee.getByLabel("Your name").fill(candidate.name);
    await invitee.getByLabel("Choose a password").fill(candidate.password);
    await invitee.getByRole("button", { name: "Accept invitation" }).click();
    await invitee.waitForURL(/\/candidate$/);
    await invitee.getByRole("link", { name: "Robotics Software Engineer" }).click();
    await invitee
      .getByRole("link", { name: /^Read feedback/ })
      .first()
      .click();
    await invitee.waitForURL(/\/feedback\//);
    await expect.poll(() => invitee.locator("main").textContent(), eventually).toContain(strengths);
    const feedback = (await invitee.locator("main").textContent()) ?? "";
    expect(feedback).toContain(strengths);
    expect(feedback).not.toContain("Solid on search");
    expect(feedback).not.toContain("Mara");
    await screenshot(invitee, "candidate-reads-feedback");

    await recruiter.goto(reviewUrl);
    await expect.poll(() => recruiter.locator("main").textContent(), eventually).not.toContain("Not read yet");
  });
});
