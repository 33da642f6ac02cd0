import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canInvite,
  emailSchema,
  fieldErrors,
  INVITATION_ROLES,
  isTimeZone,
  STAFF_ROLES,
  signUpInput,
  slugify,
  slugSchema,
} from "./accounts.ts";

describe("emailSchema", () => {
  it("normalises case and whitespace", () => {
    expect(emailSchema.parse("  Ada@Example.COM ")).toBe("ada@example.com");
  });
  it.each(["", "ada", "ada@", "@example.com", "ada@example", `${"a".repeat(250)}@x.io`])("rejects %j", (value) => {
    expect(emailSchema.safeParse(value).success).toBe(false);
  });
});

describe("slugify", () => {
  it.each([
    ["Acme Robotics", "acme-robotics"],
    ["Zürich Labs GmbH", "zurich-labs-gmbh"],
    ["  --Acme & Co.--  ", "acme-co"],
    ["Ä", "a-co"],
    ["!!!", "org-co"],
  ])("%j → %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("always yields a valid slug", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (name) => slugSchema.safeParse(slugify(name)).success));
  });
});

describe("isTimeZone", () => {
  it("accepts IANA zones and rejects others", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

describe("signUpInput", () => {
  it("reports every bad field with a message a person can act on", () => {
    const result = signUpInput.safeParse({ name: " ", email: "x", password: "123", organizationName: "" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrors(result.error)).toEqual({
      name: "Enter your name.",
      email: "Enter an email address like name@example.com.",
      password: "Use at least 12 characters for your password.",
      organizationName: "Enter your company's name (at least 2 characters).",
    });
  });
});

describe("canInvite", () => {
  it("lets admins invite anyone, recruiters candidates, interviewers no one", () => {
    const allowed = STAFF_ROLES.flatMap((actor) =>
      INVITATION_ROLES.filter((invitee) => canInvite(actor, invitee)).map((invitee) => `${actor}→${invitee}`),
    );
    expect(allowed).toEqual([
      "ADMIN→ADMIN",
      "ADMIN→RECRUITER",
      "ADMIN→INTERVIEWER",
      "ADMIN→CANDIDATE",
      "RECRUITER→CANDIDATE",
    ]);
  });
});
