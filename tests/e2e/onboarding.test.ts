/**
 * A company signs up, invites a candidate, the candidate accepts from the development outbox and
 * later signs in, landing on the candidate's home. Real Chromium against the real API and portal.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { eventually, launchChromium, screenshot, signIn } from "./browser.ts";

const baseUrl = inject("baseUrl");
const stamp = Date.now().toString(36);
const admin = { name: "Nora Admin", email: `nora-${stamp}@example.test`, password: "a long admin passphrase" };
const candidate = {
  name: "Cai Candidate",
  email: `cai-${stamp}@example.test`,
  password: "a long candidate passphrase",
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function newPage(javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
  return context.newPage();
}

describe("company onboarding and a candidate's first sign-in", () => {
  it("signs up a company, invites a candidate who accepts and signs in", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/signup`);
    await page.getByLabel("Your name").fill(admin.name);
    await page.getByLabel("Work email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByLabel("Company name").fill(`Northwind ${stamp}`);
    await page.getByLabel("Time zone").selectOption("Europe/Berlin");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/org\/[^/]+$/);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent(), eventually)
      .toBe(`Northwind ${stamp}`);
    await screenshot(page, "recruiter-home");

    await page.getByRole("link", { name: "Members and invitations" }).first().click();
    await page.getByLabel("Email", { exact: true }).fill(candidate.email);
    await page.getByLabel("Name (optional)").fill(candidate.name);
    await page.getByLabel("Role", { exact: true }).selectOption("CANDIDATE");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await page.getByText(`Invitation sent to ${candidate.email}`).waitFor({ state: "visible" });
    await expect
      .poll(() => page.getByRole("row", { name: new RegExp(candidate.email) }).textContent(), eventually)
      .toContain("Pending");
    await screenshot(page, "members");

    const outbox = await newPage();
    await outbox.goto(`${baseUrl}/dev/outbox`);
    const message = outbox.getByRole("listitem").filter({ hasText: candidate.email }).first();
    await expect.poll(() => message.textContent(), eventually).toContain(`Northwind ${stamp} invites you`);
    const link = await message.getByRole("link", { name: /\/invite\// }).getAttribute("href");
    expect(link).toMatch(/\/invite\/[a-z2-7]{32}$/);

    await outbox.goto(link ?? "");
    await expect
      .poll(() => outbox.getByRole("heading", { level: 1 }).textContent(), eventually)
      .toBe(`Join Northwind ${stamp} on Candor`);
    await outbox.getByLabel("Your name").fill(candidate.name);
    await outbox.getByLabel("Choose a password").fill(candidate.password);
    await outbox.getByRole("button", { name: "Accept invitation" }).click();
    await outbox.waitForURL(/\/candidate$/);
    await expect
      .poll(() => outbox.getByRole("heading", { level: 1 }).textContent(), eventually)
      .toBe("My applications");
    await screenshot(outbox, "candidate-home-empty");

    await outbox.getByRole("button", { name: "Sign out" }).click();
    await outbox.waitForURL(/\/signin/);
    await signIn(outbox, baseUrl, candidate.email, candidate.password);
    expect(new URL(outbox.url()).pathname).toBe("/candidate");
    await outbox.getByText(candidate.name).waitFor({ state: "visible" });

    await outbox.goto(link ?? "");
    await expect
      .poll(() => outbox.getByRole("heading", { level: 1 }).textContent(), eventually)
      .toBe("This invitation cannot be used");
  });

  it("works without client-side JavaScript", async () => {
    const page = await newPage(false);
    await signIn(page, baseUrl, admin.email, admin.password);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent(), eventually)
      .toBe(`Northwind ${stamp}`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/signin/);
  });

  it("shows a clear error for a wrong password and keeps the email typed", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent(), eventually)
      .toContain("Email or password is incorrect.");
    expect(await page.getByLabel("Email").inputValue()).toBe(admin.email);
  });
});
