import { chromium } from "playwright-core";
const BASE = "http://127.0.0.1:3400";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const js = process.argv[2] !== "nojs";
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: js });
const page = await ctx.newPage();
page.on("console", (m) => { if (m.type() === "error") console.log("console error:", m.text()); });
page.on("pageerror", (e) => console.log("page error:", e.message));
await page.goto(`${BASE}/signin`);
await page.getByLabel("Email").fill("interviewer@acme.test");
await page.getByLabel("Password").fill("candor-demo-2026");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
await page.getByRole("link", { name: /Write scorecard/ }).first().click();
await page.waitForURL(/scorecard/);
const url = page.url();
const shot = async (n) => { await page.screenshot({ path: `/tmp/web-shots-4/${n}.png`, fullPage: true }); console.log("shot", n); };
if (js) {
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Strengths (shared with the candidate)").fill("Good culture fit, nice guy.");
  await page.waitForTimeout(2500);
  console.log("status:", await page.locator(".save-status").innerText());
  console.log("lint:", (await page.locator(".lint").innerText()).replace(/\n/g, " | "));
  await shot("03-scorecard-live-lint");
  // a change that is not saved (offline) must survive a reload
  await ctx.setOffline(true);
  await page.getByLabel("Growth area 1", { exact: true }).fill("Testing depth");
  await page.waitForTimeout(2200);
  console.log("offline status:", await page.locator(".save-status").innerText());
  await ctx.setOffline(false);
  await page.reload();
  await page.waitForLoadState("networkidle");
  const restore = page.getByRole("button", { name: "Restore unsaved changes" });
  console.log("restore offered:", await restore.isVisible());
  await shot("04-scorecard-restore");
  if (await restore.isVisible()) await restore.click();
  console.log("growth 1 after restore:", await page.getByLabel("Growth area 1", { exact: true }).inputValue());
  await page.waitForTimeout(2500);
  console.log("status after restore:", await page.locator(".save-status").innerText());
}
await page.getByRole("button", { name: "Submit scorecard" }).click();
await page.waitForLoadState("networkidle");
await page.waitForTimeout(1000);
console.log("after submit:", (await page.locator("[role=alert].error-summary, .alert").first().innerText().catch(() => "none")).replace(/\n/g, " | "));
await shot(js ? "05-scorecard-submit-errors" : "05n-scorecard-submit-errors-nojs");
// fix and submit
await page.getByLabel("Strengths (shared with the candidate)").fill("Structured the fleet dashboard walkthrough clearly and asked about operators' night-shift constraints before proposing changes.");
await page.getByLabel("Growth area 1", { exact: true }).fill("Testing depth");
await page.getByLabel("Suggestion for growth area 1").fill("Practise writing usability test plans with explicit success criteria before a design review.");
const evid = page.locator("textarea[name$='.evidence']");
for (let i = 0; i < await evid.count(); i++) {
  if ((await evid.nth(i).inputValue()).trim() === "") await evid.nth(i).fill("Walked through a prior redesign and named the metric they used to judge it, with numbers.");
}
const groups = page.locator("fieldset.scale");
for (let i = 0; i < await groups.count(); i++) {
  if (!(await groups.nth(i).locator("input:checked").count())) await groups.nth(i).locator("input").nth(2).check();
}
await page.getByLabel("Yes", { exact: true }).check();
await page.getByLabel("Private notes (internal, never shown to the candidate)").fill("Would pair well with the fleet team.");
await page.getByRole("button", { name: "Submit scorecard" }).click();
await page.waitForLoadState("networkidle");
await page.waitForTimeout(1500);
console.log("after 2nd submit:", (await page.locator("main").innerText()).slice(0, 900).replace(/\n/g, " | "));
await shot(js ? "06-scorecard-submitted" : "06n-scorecard-submitted-nojs");
if (js) {
  const ls = await page.evaluate(() => Object.keys(localStorage));
  console.log("localStorage keys after submit:", ls);
}
await browser.close();
