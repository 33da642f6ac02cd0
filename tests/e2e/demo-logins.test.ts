/** Every printed demo login signs in and lands on that persona's home. */
import { DEMO_PASSWORD } from "@candor/db/seed";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { eventually, launchChromium, screenshot, signIn } from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const homes = [
  { email: "admin@acme.test", path: /^\/org\/[^/]+$/, heading: "Acme Robotics", shot: "demo-admin" },
  { email: "recruiter@acme.test", path: /^\/org\/[^/]+$/, heading: "Acme Robotics", shot: "demo-recruiter" },
  {
    email: "interviewer@acme.test",
    path: /^\/org\/[^/]+\/interviews$/,
    heading: "My interviews at Acme Robotics",
    shot: "demo-interviewer",
  },
  { email: "candidate@demo.test", path: /^\/candidate$/, heading: "My applications", shot: "demo-candidate" },
  { email: "sam@acme.test", path: /^\/home$/, heading: "Welcome, Sam Okafor", shot: "demo-two-roles" },
];

describe("demo logins", () => {
  for (const home of homes) {
    it(`${home.email} lands on their home`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await signIn(page, baseUrl, home.email, DEMO_PASSWORD);
      expect(new URL(page.url()).pathname).toMatch(home.path);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), eventually).toBe(home.heading);
      await screenshot(page, home.shot);
      await context.close();
    });
  }
});
