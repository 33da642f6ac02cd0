/**
 * The metrics dashboard on the seeded history: an admin reads the headline figures and charts, filters by
 * a job and sees that job's figures (the same as its row in the job breakdown), opens a definition,
 * downloads a CSV and gets a field error for a reversed range; a recruiter sees no per-interviewer figures
 * and cannot export them. Real Chromium, real API.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { eventually, hydrated, launchChromium, screenshot, signedInPage } from "./browser.ts";

const baseUrl = inject("baseUrl");
const job = "Robotics Software Engineer";
const HIDDEN_HEADLINE = "Hidden: fewer than 5 ratings — shown once 5 candidates have rated";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A headline card, found by its heading. */
function card(page: Page, title: string) {
  return page.locator(".metric-card").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

async function openDashboard(page: Page) {
  await page.getByRole("link", { name: "Metrics", exact: true }).click();
  await page.waitForURL(/\/metrics$/);
  await page.getByRole("heading", { name: "Headline figures" }).waitFor();
  await hydrated(page);
}

describe("the metrics dashboard", () => {
  it("shows an admin figures, charts and breakdowns; filters, explains and exports them", async () => {
    const admin = await signedInPage(browser, baseUrl, "admin@acme.test");
    await openDashboard(admin);
    const dashboardUrl = admin.url();

    const promiseKept = card(admin, "Promise-kept rate");
    const allJobs = (await promiseKept.textContent()) ?? "";
    expect(allJobs).toMatch(/\d+%\d+ of \d+ deadlines kept/);
    expect(await card(admin, "Time to feedback").textContent()).toMatch(/\d+\.\d\sh.*90th percentile/);
    expect(await card(admin, "Candidate NPS").textContent()).toMatch(/From \d+ ratings|Hidden: fewer than 5 ratings/);

    // Charts are drawn in the browser once the page has hydrated.
    await admin.locator("figure.metric-chart .recharts-surface").first().waitFor();
    expect(await admin.locator("figure.metric-chart .recharts-line-dots circle").count()).toBeGreaterThan(0);
    expect(await admin.getByRole("heading", { name: "By interviewer" }).count()).toBe(1);
    // Eight seeded ratings cannot fill every stage: at least one stage's rating figures are hidden.
    const byStage = admin.getByRole("table", { name: "By stage" });
    expect(await byStage.getByText("Hidden (fewer than 5 ratings)").count()).toBeGreaterThan(0);
    await screenshot(admin, "metrics-dashboard-desktop");

    // The job's row in the breakdown, before filtering, is what the headline must show after it.
    const jobRow = admin.getByRole("table", { name: "By job" }).getByRole("row").filter({ hasText: job });
    const rowText = (await jobRow.textContent()) ?? "";
    const keptCell = (await jobRow.getByRole("cell").nth(1).textContent()) ?? "";
    const [, rowRate, rowKept, rowDue] = /^(\d+)%(\d+) of (\d+)$/.exec(keptCell) ?? [];
    expect(rowDue).toBeDefined();

    await admin.getByLabel("Job", { exact: true }).selectOption({ label: job });
    await admin.getByRole("button", { name: "Show figures" }).click();
    await admin.waitForURL(/job=/);
    await expect.poll(() => promiseKept.textContent(), eventually).not.toBe(allJobs);
    expect(await promiseKept.textContent()).toContain(`${rowRate}%${rowKept} of ${rowDue} deadlines kept`);
    if (rowText.includes("Hidden (fewer than 5 ratings)")) {
      expect(await card(admin, "Candidate NPS").textContent()).toContain(HIDDEN_HEADLINE);
    }
    expect(await admin.getByRole("table", { name: "By job" }).getByRole("row").count()).toBe(2);

    const definition = admin.getByText(/released on or before that deadline/);
    expect(await definition.isVisible()).toBe(false);
    await promiseKept.locator("summary").click();
    expect(await definition.isVisible()).toBe(true);

    const csvLink = admin.getByRole("link", { name: "Download CSV of the job breakdown" });
    const href = (await csvLink.getAttribute("href")) ?? "";
    expect(href).toContain("table=job");
    const [download] = await Promise.all([admin.waitForEvent("download"), csvLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^candor-job-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await admin.context().request.get(new URL(href, baseUrl).toString());
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toBe(`attachment; filename="${download.suggestedFilename()}"`);
    const lines = (await csv.text()).split("\r\n");
    expect(lines[0]).toMatch(/^Job,Interviews,Feedback deadlines passed,Promises kept,Promise-kept rate,/);
    expect(lines[1]).toMatch(new RegExp(`^${job},\\d+,${rowDue},${rowKept},`));

    // A reversed range: the API's message appears next to the field it is about.
    await admin.goto(dashboardUrl);
    await hydrated(admin);
    await admin.getByLabel("From", { exact: true }).fill("2026-06-01");
    await admin.getByLabel("To (inclusive)").fill("2026-01-31");
    await admin.getByRole("button", { name: "Show figures" }).click();
    await expect
      .poll(() => admin.locator("#to-error").textContent(), eventually)
      .toContain("The start of the range must be before its end.");
    expect(await admin.getByRole("heading", { name: "Headline figures" }).count()).toBe(0);

    await admin.goto(dashboardUrl);
    await admin.locator("figure.metric-chart .recharts-surface").first().waitFor();
    await admin.setViewportSize({ width: 390, height: 844 });
    await admin.locator("figure.metric-chart .recharts-surface").first().waitFor();
    await screenshot(admin, "metrics-dashboard-narrow");
  });

  it("shows a recruiter no per-interviewer figures and refuses to export them", async () => {
    const recruiter = await signedInPage(browser, baseUrl, "recruiter@acme.test");
    await openDashboard(recruiter);
    expect(await card(recruiter, "Promise-kept rate").textContent()).toMatch(/deadlines kept/);
    expect(await recruiter.getByRole("heading", { name: "By job" }).count()).toBe(1);
    expect(await recruiter.getByRole("heading", { name: "By interviewer" }).count()).toBe(0);
    expect(await recruiter.getByLabel("Interviewer", { exact: true }).count()).toBe(0);
    await screenshot(recruiter, "metrics-dashboard-recruiter");

    const path = new URL(recruiter.url()).pathname;
    const refused = await recruiter.context().request.get(`${baseUrl}${path}.csv?table=interviewer`);
    expect(refused.status()).toBe(403);
    const allowed = await recruiter.context().request.get(`${baseUrl}${path}.csv?table=stage`);
    expect((await allowed.text()).split("\r\n")[0]).toMatch(/^Stage,Interviews,/);
  });
});
