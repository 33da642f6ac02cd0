import { chromium } from "playwright-core";
const BASE = "http://127.0.0.1:3400";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const step = process.argv[2] ?? "all";
async function login(email) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  page.on("console", (m) => { if (m.type() === "error") console.log("console error:", m.text()); });
  page.on("pageerror", (e) => console.log("page error:", e.message));
  await page.goto(`${BASE}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("candor-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
  return page;
}
async function shot(page, name) {
  await page.screenshot({ path: `/tmp/web-shots-4/${name}.png`, fullPage: true });
  console.log("shot", name, page.url());
}
if (step === "interviewer" || step === "all") {
  const page = await login("interviewer@acme.test");
  await page.goto(`${BASE}/home`);
  const link = page.getByRole("link", { name: /My interviews|Interviewer/ }).first();
  console.log("home", page.url());
  const org = (await page.content()).match(/\/org\/([^/"]+)\/interviews/)?.[1];
  await page.goto(`${BASE}/org/${org}/interviews`);
  await shot(page, "01-interviewer-home");
  const write = page.getByRole("link", { name: /Write scorecard/ }).first();
  await write.click();
  await page.waitForURL(/scorecard/);
  await page.waitForLoadState("networkidle");
  await shot(page, "02-scorecard-form");
  console.log(await page.locator("main").innerText().then((t) => t.slice(0, 600)));
}
await browser.close();
