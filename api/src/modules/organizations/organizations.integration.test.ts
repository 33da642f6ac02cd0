import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApi,
  inviteAndAccept,
  operations,
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

const PREVIEW = `query($token: String!) { invitationPreview(token: $token) { email role organizationName hasAccount } }`;
const MEMBERS = `query($id: ID!) { members(organizationId: $id) { id role user { email } } }`;

describe("invitations", () => {
  it("invites an interviewer who accepts once and joins with that role", async () => {
    const admin = await signUpCompany(api, "Invite Co");
    const email = uniqueEmail("interviewer");
    const invited = await api.gql(
      operations.INVITE,
      { input: { organizationId: admin.organizationId, email, role: "INTERVIEWER" } },
      { token: admin.token },
    );
    expect(invited.data?.inviteMember).toMatchObject({ email, role: "INTERVIEWER", status: "PENDING" });

    const stored = await api.prisma.invitation.findFirstOrThrow({ where: { email } });
    const token = await tokenFromOutbox(api, email, "invite");
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    const preview = await api.gql(PREVIEW, { token });
    expect(preview.data?.invitationPreview).toEqual({
      email,
      role: "INTERVIEWER",
      organizationName: "Invite Co",
      hasAccount: false,
    });

    const accepted = await api.gql(operations.ACCEPT, {
      input: { token, name: "Ivy Interviewer", password: PASSWORD },
    });
    expect(accepted.data?.acceptInvitation.viewer.memberships).toEqual([
      { id: expect.any(String), role: "INTERVIEWER" },
    ]);

    const again = await api.gql(operations.ACCEPT, { input: { token, name: "Ivy", password: PASSWORD } });
    expect(again.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(again.errors?.[0]?.message).toMatch(/invalid, already used or expired/);
    expect((await api.gql(PREVIEW, { token })).data?.invitationPreview).toBeNull();
  });

  it("asks an existing account for its password instead of creating a second one", async () => {
    const other = await signUpCompany(api, "Other Co");
    const admin = await signUpCompany(api, "Second Home Co");
    await api.gql(
      operations.INVITE,
      { input: { organizationId: admin.organizationId, email: other.email, role: "RECRUITER" } },
      { token: admin.token },
    );
    const token = await tokenFromOutbox(api, other.email, "invite");
    expect((await api.gql(PREVIEW, { token })).data?.invitationPreview.hasAccount).toBe(true);
    const wrong = await api.gql(operations.ACCEPT, { input: { token, password: "not the password" } });
    expect(wrong.errors?.[0]?.extensions?.fields?.password).toMatch(/not the password of the existing Candor account/);
    const accepted = await api.gql(operations.ACCEPT, { input: { token, password: PASSWORD } });
    expect(accepted.data?.acceptInvitation.viewer.memberships.map((m: { role: string }) => m.role).sort()).toEqual([
      "ADMIN",
      "RECRUITER",
    ]);
    expect(await api.prisma.user.count({ where: { email: other.email } })).toBe(1);
  });

  it("refuses expired, revoked and unknown invitations and changes nothing", async () => {
    const admin = await signUpCompany(api);
    const expiredEmail = uniqueEmail();
    await api.gql(
      operations.INVITE,
      { input: { organizationId: admin.organizationId, email: expiredEmail, role: "INTERVIEWER" } },
      { token: admin.token },
    );
    const expiredToken = await tokenFromOutbox(api, expiredEmail, "invite");
    await api.prisma.invitation.updateMany({
      where: { email: expiredEmail },
      data: { expiresAt: new Date(Date.now() - 1) },
    });

    const revokedEmail = uniqueEmail();
    const revoked = await api.gql(
      operations.INVITE,
      { input: { organizationId: admin.organizationId, email: revokedEmail, role: "INTERVIEWER" } },
      { token: admin.token },
    );
    const revokedToken = await tokenFromOutbox(api, revokedEmail, "invite");
    const revoking = await api.gql(
      `mutation($id: ID!) { revokeInvitation(id: $id) { status } }`,
      { id: revoked.data?.inviteMember.id },
      { token: admin.token },
    );
    expect(revoking.data?.revokeInvitation.status).toBe("REVOKED");

    const users = await api.prisma.user.count();
    for (const token of [expiredToken, revokedToken, "a".repeat(32)]) {
      const result = await api.gql(operations.ACCEPT, { input: { token, name: "Late Person", password: PASSWORD } });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    }
    expect(await api.prisma.user.count()).toBe(users);
  });

  it("validates invitations: malformed email, duplicate member, candidate without a name", async () => {
    const admin = await signUpCompany(api);
    const invite = (input: Record<string, unknown>) =>
      api.gql(operations.INVITE, { input: { organizationId: admin.organizationId, ...input } }, { token: admin.token });
    expect((await invite({ email: "nope", role: "INTERVIEWER" })).errors?.[0]?.extensions?.fields).toEqual({
      email: "Enter an email address like name@example.com.",
    });
    expect((await invite({ email: admin.email, role: "RECRUITER" })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await invite({ email: uniqueEmail(), role: "CANDIDATE" })).errors?.[0]?.extensions?.fields).toEqual({
      name: "Enter the candidate's name.",
    });
    expect((await invite({ email: uniqueEmail(), role: "OWNER" })).errors?.[0]?.extensions?.code).toBe(
      "GRAPHQL_VALIDATION",
    );
  });

  it("lets recruiters invite candidates only, and interviewers no one", async () => {
    const admin = await signUpCompany(api);
    const recruiter = await inviteAndAccept(api, admin, "RECRUITER");
    const interviewer = await inviteAndAccept(api, admin, "INTERVIEWER");
    const invite = (token: string, role: string) =>
      api.gql(
        operations.INVITE,
        { input: { organizationId: admin.organizationId, email: uniqueEmail(), role, name: "Cand Idate" } },
        { token },
      );
    expect((await invite(recruiter.token, "CANDIDATE")).errors).toBeUndefined();
    expect((await invite(recruiter.token, "INTERVIEWER")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await invite(interviewer.token, "CANDIDATE")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("links an invited candidate's account to their candidate record", async () => {
    const admin = await signUpCompany(api, "Candidate Co");
    const candidate = await inviteAndAccept(api, admin, "CANDIDATE");
    const record = await api.prisma.candidate.findFirstOrThrow({ where: { email: candidate.email } });
    expect(record.userId).toBe(candidate.userId);
    const viewer = await api.gql(
      `{ viewer { memberships { id } candidacies { organization { name } } } }`,
      {},
      { token: candidate.token },
    );
    expect(viewer.data?.viewer).toEqual({ memberships: [], candidacies: [{ organization: { name: "Candidate Co" } }] });
  });
});

describe("members", () => {
  it("changes roles, keeps the last admin, and removing a member revokes access at once", async () => {
    const admin = await signUpCompany(api);
    const recruiter = await inviteAndAccept(api, admin, "RECRUITER");
    const CHANGE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`;

    const demoteSelf = await api.gql(
      CHANGE,
      { input: { membershipId: admin.membershipId, role: "RECRUITER" } },
      { token: admin.token },
    );
    expect(demoteSelf.errors?.[0]?.message).toMatch(/needs an admin/);

    const promoted = await api.gql(
      CHANGE,
      { input: { membershipId: recruiter.membershipId, role: "ADMIN" } },
      { token: admin.token },
    );
    expect(promoted.data?.changeMemberRole.role).toBe("ADMIN");
    const audit = await api.prisma.auditLog.findFirst({
      where: { action: "member.role_changed", targetId: recruiter.membershipId ?? "" },
    });
    expect(audit?.data).toEqual({ from: "RECRUITER", to: "ADMIN" });

    expect((await api.gql(MEMBERS, { id: admin.organizationId }, { token: recruiter.token })).errors).toBeUndefined();
    const removed = await api.gql(
      `mutation($id: ID!) { removeMember(membershipId: $id) }`,
      { id: recruiter.membershipId },
      { token: admin.token },
    );
    expect(removed.data?.removeMember).toBe(true);
    const after = await api.gql(MEMBERS, { id: admin.organizationId }, { token: recruiter.token });
    expect(after.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("ends a member's sessions", async () => {
    const admin = await signUpCompany(api);
    const interviewer = await inviteAndAccept(api, admin, "INTERVIEWER");
    const ended = await api.gql(
      `mutation($id: ID!) { endMemberSessions(membershipId: $id) }`,
      { id: interviewer.membershipId },
      { token: admin.token },
    );
    expect(ended.data?.endMemberSessions).toBe(1);
    expect((await api.gql(`{ viewer { user { id } } }`, {}, { token: interviewer.token })).data?.viewer).toBeNull();
  });

  it("lists members for admins and recruiters, not interviewers", async () => {
    const admin = await signUpCompany(api);
    const interviewer = await inviteAndAccept(api, admin, "INTERVIEWER");
    const listed = await api.gql(MEMBERS, { id: admin.organizationId }, { token: admin.token });
    expect(listed.data?.members.map((m: { role: string }) => m.role).sort()).toEqual(["ADMIN", "INTERVIEWER"]);
    expect(
      (await api.gql(MEMBERS, { id: admin.organizationId }, { token: interviewer.token })).errors?.[0]?.extensions
        ?.code,
    ).toBe("FORBIDDEN");
  });
});
