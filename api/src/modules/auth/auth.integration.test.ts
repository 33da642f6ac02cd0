import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApi,
  PASSWORD,
  signUpCompany,
  type TestApi,
  tokenFromOutbox,
  uniqueEmail,
} from "../../test/harness.ts";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt viewer { user { email } } } }`;
const VIEWER = `{ viewer { user { id email name } memberships { role organization { name } } sessionExpiresAt } }`;

describe("sign-up", () => {
  it("creates the organisation and its admin, and signs the admin in", async () => {
    const email = uniqueEmail();
    const result = await api.gql(
      `mutation($input: SignUpInput!) { signUp(input: $input) { token viewer { user { email name } memberships { role organization { name slug timeZone } } } } }`,
      {
        input: {
          name: "  Grace Hopper ",
          email: email.toUpperCase(),
          password: PASSWORD,
          organizationName: "Hopper Labs",
          timeZone: "Europe/Berlin",
        },
      },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data?.signUp;
    expect(payload.viewer.user).toEqual({ email, name: "Grace Hopper" });
    expect(payload.viewer.memberships).toEqual([
      { role: "ADMIN", organization: { name: "Hopper Labs", slug: "hopper-labs", timeZone: "Europe/Berlin" } },
    ]);
    const cookie = String(result.headers["set-cookie"]);
    expect(cookie).toMatch(/candor_session=[a-z2-7]{32}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const me = await api.gql(VIEWER, {}, { token: payload.token });
    expect(me.data?.viewer.user.email).toBe(email);
  });

  it("stores passwords with argon2id (19 MiB, 2 iterations, parallelism 1) and session tokens only hashed", async () => {
    const company = await signUpCompany(api);
    const user = await api.prisma.user.findUniqueOrThrow({ where: { id: company.userId } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const sessions = await api.prisma.session.findMany({ where: { userId: company.userId } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.id).toBe(createHash("sha256").update(company.token).digest("hex"));
  });

  it("rejects bad input field by field and writes nothing", async () => {
    const before = await api.prisma.organization.count();
    const result = await api.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, {
      input: { name: "", email: "not-an-email", password: "short", organizationName: "X", timeZone: "Mars/Olympus" },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("VALIDATION");
    expect(Object.keys(result.errors?.[0]?.extensions?.fields ?? {}).sort()).toEqual(
      ["email", "name", "organizationName", "password", "timeZone"].sort(),
    );
    expect(await api.prisma.organization.count()).toBe(before);
  });

  it("refuses a duplicate email and suggests a free slug when one is taken", async () => {
    const first = await signUpCompany(api, "Duplicate Co");
    const users = await api.prisma.user.count();
    const duplicate = await api.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, {
      input: { name: "Again", email: first.email, password: PASSWORD, organizationName: "Another Co" },
    });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(duplicate.errors?.[0]?.message).toMatch(/already exists/);
    expect(await api.prisma.user.count()).toBe(users);

    const slugTaken = await api.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, {
      input: {
        name: "B",
        email: uniqueEmail(),
        password: PASSWORD,
        organizationName: "Dup",
        organizationSlug: "duplicate-co",
      },
    });
    expect(slugTaken.errors?.[0]?.extensions?.fields).toEqual({ organizationSlug: "Taken. Try duplicate-co-2." });
  });
});

describe("sign-in and sessions", () => {
  it("gives the same answer for an unknown email and a wrong password", async () => {
    const company = await signUpCompany(api);
    const wrongPassword = await api.gql(
      SIGN_IN,
      { input: { email: company.email, password: "wrong password!" } },
      { ip: "10.0.0.1" },
    );
    const unknownEmail = await api.gql(
      SIGN_IN,
      { input: { email: uniqueEmail(), password: "wrong password!" } },
      { ip: "10.0.0.1" },
    );
    expect(wrongPassword.errors?.[0]?.message).toBe("Email or password is incorrect.");
    expect(unknownEmail.errors?.[0]).toEqual({ ...wrongPassword.errors?.[0] });
  });

  it("starts a new session at sign-in and ends the one the request came with", async () => {
    const company = await signUpCompany(api);
    const signedIn = await api.gql(
      SIGN_IN,
      { input: { email: company.email, password: PASSWORD } },
      { token: company.token },
    );
    const newToken = signedIn.data?.signIn.token;
    expect(newToken).toMatch(/^[a-z2-7]{32}$/);
    expect(newToken).not.toBe(company.token);
    expect((await api.gql(VIEWER, {}, { token: company.token })).data?.viewer).toBeNull();
    expect((await api.gql(VIEWER, {}, { token: newToken })).data?.viewer.user.email).toBe(company.email);
  });

  it("locks an account's sign-in after 5 failures, even with the right password", async () => {
    const company = await signUpCompany(api);
    for (let i = 0; i < 5; i++) {
      const failed = await api.gql(
        SIGN_IN,
        { input: { email: company.email, password: `wrong-${i}-password` } },
        { ip: `10.1.0.${i}` },
      );
      expect(failed.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const locked = await api.gql(SIGN_IN, { input: { email: company.email, password: PASSWORD } }, { ip: "10.1.0.99" });
    expect(locked.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(locked.errors?.[0]?.message).toMatch(/Wait 15 minutes/);
  });

  it("limits failures per IP address across accounts", async () => {
    const ip = "10.2.0.1";
    for (let i = 0; i < 30; i++) {
      await api.gql(SIGN_IN, { input: { email: uniqueEmail(), password: "nope nope nope" } }, { ip });
    }
    const company = await signUpCompany(api);
    const blocked = await api.gql(SIGN_IN, { input: { email: company.email, password: PASSWORD } }, { ip });
    expect(blocked.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    const elsewhere = await api.gql(
      SIGN_IN,
      { input: { email: company.email, password: PASSWORD } },
      { ip: "10.2.0.2" },
    );
    expect(elsewhere.errors).toBeUndefined();
  });

  it("ends the session on the server at sign-out", async () => {
    const company = await signUpCompany(api);
    expect((await api.gql(`mutation { signOut }`, {}, { token: company.token })).data?.signOut).toBe(true);
    expect((await api.gql(VIEWER, {}, { token: company.token })).data?.viewer).toBeNull();
    expect(await api.prisma.session.count({ where: { userId: company.userId } })).toBe(0);
  });

  it("rejects a session past its inactivity timeout or its absolute lifetime", async () => {
    const idle = await signUpCompany(api);
    await api.prisma.session.updateMany({
      where: { userId: idle.userId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await api.gql(VIEWER, {}, { token: idle.token })).data?.viewer).toBeNull();

    const old = await signUpCompany(api);
    await api.prisma.session.updateMany({
      where: { userId: old.userId },
      data: { absoluteExpiresAt: new Date(Date.now() - 1000) },
    });
    expect((await api.gql(VIEWER, {}, { token: old.token })).data?.viewer).toBeNull();
    expect(await api.prisma.session.count({ where: { userId: old.userId } })).toBe(0);
  });

  it("renews a sliding session past half its life, never beyond the absolute limit", async () => {
    const company = await signUpCompany(api);
    const soon = new Date(Date.now() + 60 * 60 * 1000);
    await api.prisma.session.updateMany({ where: { userId: company.userId }, data: { expiresAt: soon } });
    const me = await api.gql(VIEWER, {}, { token: company.token });
    const renewed = new Date(me.data?.viewer.sessionExpiresAt);
    expect(renewed.getTime()).toBeGreaterThan(soon.getTime() + 60 * 60 * 1000);
    const session = await api.prisma.session.findFirstOrThrow({ where: { userId: company.userId } });
    expect(renewed.getTime()).toBeLessThanOrEqual(session.absoluteExpiresAt.getTime());
  });

  it("refuses a cookie-authenticated mutation from another origin (CSRF)", async () => {
    const company = await signUpCompany(api);
    const cookie = `candor_session=${company.token}`;
    const foreign = await api.gql(`mutation { signOut }`, {}, { headers: { cookie, origin: "https://evil.example" } });
    expect(foreign.statusCode).toBe(403);
    expect((await api.gql(VIEWER, {}, { token: company.token })).data?.viewer).not.toBeNull();
    const portal = await api.gql(`mutation { signOut }`, {}, { headers: { cookie, origin: "http://portal.test" } });
    expect(portal.data?.signOut).toBe(true);
  });
});

describe("passwords", () => {
  const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;

  it("resets a password by emailed token, once, ending every session", async () => {
    const company = await signUpCompany(api);
    const asked = await api.gql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, {
      email: company.email,
    });
    expect(asked.data?.requestPasswordReset).toBe(true);
    const token = await tokenFromOutbox(api, company.email, "reset-password");

    const weak = await api.gql(RESET, { input: { token, password: "short" } });
    expect(weak.errors?.[0]?.extensions?.fields).toEqual({ password: "Use at least 12 characters for your password." });

    const reset = await api.gql(RESET, { input: { token, password: "a brand new passphrase" } });
    expect(reset.data?.resetPassword).toBe(true);
    expect((await api.gql(VIEWER, {}, { token: company.token })).data?.viewer).toBeNull();
    const reused = await api.gql(RESET, { input: { token, password: "another new passphrase" } });
    expect(reused.errors?.[0]?.message).toMatch(/invalid, already used or expired/);

    const signedIn = await api.gql(SIGN_IN, { input: { email: company.email, password: "a brand new passphrase" } });
    expect(signedIn.errors).toBeUndefined();
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const email = uniqueEmail();
    const result = await api.gql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email });
    expect(result.data?.requestPasswordReset).toBe(true);
    expect(await api.prisma.emailMessage.count({ where: { toAddress: email } })).toBe(0);
  });

  it("refuses an expired reset token", async () => {
    const company = await signUpCompany(api);
    await api.gql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: company.email });
    const token = await tokenFromOutbox(api, company.email, "reset-password");
    await api.prisma.passwordResetToken.updateMany({
      where: { userId: company.userId },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    const result = await api.gql(RESET, { input: { token, password: "a brand new passphrase" } });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
  });

  it("changes a password and ends the other sessions but not this one", async () => {
    const company = await signUpCompany(api);
    const other = (await api.gql(SIGN_IN, { input: { email: company.email, password: PASSWORD } })).data?.signIn.token;
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const wrong = await api.gql(
      CHANGE,
      { input: { currentPassword: "not it at all", newPassword: "fresh passphrase 1" } },
      { token: company.token },
    );
    expect(wrong.errors?.[0]?.extensions?.fields).toEqual({ currentPassword: "Your current password is not correct." });
    const changed = await api.gql(
      CHANGE,
      { input: { currentPassword: PASSWORD, newPassword: "fresh passphrase 1" } },
      { token: company.token },
    );
    expect(changed.data?.changePassword).toBe(true);
    expect((await api.gql(VIEWER, {}, { token: company.token })).data?.viewer).not.toBeNull();
    expect((await api.gql(VIEWER, {}, { token: other })).data?.viewer).toBeNull();
  });
});
