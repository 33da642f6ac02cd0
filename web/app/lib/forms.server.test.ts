import { describe, expect, it } from "vitest";
import { readForm } from "./forms.server";
import { safeRedirectTo } from "./session.server";

function post(origin: string | null) {
  const headers = new Headers({ "Content-Type": "application/x-www-form-urlencoded" });
  if (origin) headers.set("Origin", origin);
  return new Request("http://localhost:3000/signin", { method: "POST", headers, body: "email=a%40b.test" });
}

describe("readForm (CSRF)", () => {
  it("accepts a same-origin POST and one without Origin", async () => {
    expect((await readForm(post("http://localhost:3000"))).get("email")).toBe("a@b.test");
    expect((await readForm(post(null))).get("email")).toBe("a@b.test");
  });

  it("refuses a POST from another origin with 403", async () => {
    const thrown = await readForm(post("https://evil.example")).catch((error: unknown) => error);
    expect(thrown).toMatchObject({ init: { status: 403 } });
  });
});

describe("safeRedirectTo", () => {
  it("keeps same-site paths and refuses everything else", () => {
    expect(safeRedirectTo("/org/1/members?x=1")).toBe("/org/1/members?x=1");
    expect(safeRedirectTo("//evil.example")).toBe("/home");
    expect(safeRedirectTo("/\\evil.example")).toBe("/home");
    expect(safeRedirectTo("https://evil.example")).toBe("/home");
    expect(safeRedirectTo(null)).toBe("/home");
  });
});
