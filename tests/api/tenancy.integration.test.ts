/**
 * Black-box authorisation: one organisation's people cannot read or change another's data, and a
 * candidate cannot reach another candidate's data, whatever GraphQL operation they try.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApi,
  inviteAndAccept,
  operations,
  signUpCompany,
  type TestApi,
  uniqueEmail,
} from "../../api/src/test/harness.ts";

let api: TestApi;
let acme: Awaited<ReturnType<typeof signUpCompany>>;
let globex: Awaited<ReturnType<typeof signUpCompany>>;
let acmeRecruiter: Awaited<ReturnType<typeof inviteAndAccept>>;
let acmeInterviewer: Awaited<ReturnType<typeof inviteAndAccept>>;
let globexRecruiter: Awaited<ReturnType<typeof inviteAndAccept>>;
let globexInterviewer: Awaited<ReturnType<typeof inviteAndAccept>>;
let alice: Awaited<ReturnType<typeof inviteAndAccept>>;
let bob: Awaited<ReturnType<typeof inviteAndAccept>>;
let acmeInvitationId: string;

async function giveApplication(organizationId: string, email: string, title: string) {
  const job = await api.prisma.job.create({
    data: { organizationId, title, stages: { create: [{ name: "Screen", kind: "SCREEN", position: 1 }] } },
    include: { stages: true },
  });
  const candidate = await api.prisma.candidate.findFirstOrThrow({ where: { organizationId, email } });
  await api.prisma.application.create({
    data: { organizationId, candidateId: candidate.id, jobId: job.id, currentStageId: job.stages[0]?.id ?? null },
  });
}

beforeAll(async () => {
  api = await createTestApi();
  acme = await signUpCompany(api, "Acme");
  globex = await signUpCompany(api, "Globex");
  acmeRecruiter = await inviteAndAccept(api, acme, "RECRUITER");
  acmeInterviewer = await inviteAndAccept(api, acme, "INTERVIEWER");
  globexRecruiter = await inviteAndAccept(api, globex, "RECRUITER");
  globexInterviewer = await inviteAndAccept(api, globex, "INTERVIEWER");
  alice = await inviteAndAccept(api, acme, "CANDIDATE");
  bob = await inviteAndAccept(api, acme, "CANDIDATE");
  await giveApplication(acme.organizationId, alice.email, "Alice's job");
  await giveApplication(acme.organizationId, bob.email, "Bob's job");
  const pending = await api.gql(
    operations.INVITE,
    { input: { organizationId: acme.organizationId, email: uniqueEmail(), role: "INTERVIEWER" } },
    { token: acme.token },
  );
  acmeInvitationId = pending.data?.inviteMember.id;
});
afterAll(() => api.close());

/** Every operation that names something of Acme's, as Globex's people (or Acme's candidates) would try it. */
function operationsOnAcme() {
  const org = acme.organizationId;
  return [
    { name: "organization", query: `query($id: ID!) { organization(id: $id) { name } }`, variables: { id: org } },
    { name: "members", query: `query($id: ID!) { members(organizationId: $id) { id } }`, variables: { id: org } },
    {
      name: "invitations",
      query: `query($id: ID!) { invitations(organizationId: $id) { id } }`,
      variables: { id: org },
    },
    {
      name: "recruiterHome",
      query: `query($id: ID!) { recruiterHome(organizationId: $id) { openJobs } }`,
      variables: { id: org },
    },
    {
      name: "interviewerHome",
      query: `query($id: ID!) { interviewerHome(organizationId: $id) { upcoming { id } } }`,
      variables: { id: org },
    },
    {
      name: "inviteMember",
      query: operations.INVITE,
      variables: { input: { organizationId: org, email: uniqueEmail(), role: "CANDIDATE", name: "Intruder" } },
    },
    {
      name: "revokeInvitation",
      query: `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
      variables: { id: acmeInvitationId },
    },
    {
      name: "changeMemberRole",
      query: `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }`,
      variables: { input: { membershipId: acmeRecruiter.membershipId, role: "ADMIN" } },
    },
    {
      name: "removeMember",
      query: `mutation($id: ID!) { removeMember(membershipId: $id) }`,
      variables: { id: acmeInterviewer.membershipId },
    },
    {
      name: "endMemberSessions",
      query: `mutation($id: ID!) { endMemberSessions(membershipId: $id) }`,
      variables: { id: acmeRecruiter.membershipId },
    },
  ];
}

async function snapshot() {
  const [memberships, invitations, sessions, candidates] = await Promise.all([
    api.prisma.membership.findMany({ where: { organizationId: acme.organizationId }, orderBy: { id: "asc" } }),
    api.prisma.invitation.findMany({ where: { organizationId: acme.organizationId }, orderBy: { id: "asc" } }),
    api.prisma.session.count(),
    api.prisma.candidate.count({ where: { organizationId: acme.organizationId } }),
  ]);
  return { memberships, invitations, sessions, candidates };
}

describe("another organisation's people", () => {
  const outsiders = () => ({
    "Globex admin": globex.token,
    "Globex recruiter": globexRecruiter.token,
    "Globex interviewer": globexInterviewer.token,
    "Acme candidate": alice.token,
    "signed out": undefined,
  });

  it("cannot read or change anything of Acme's through any operation", async () => {
    const before = await snapshot();
    for (const [who, token] of Object.entries(outsiders())) {
      for (const operation of operationsOnAcme()) {
        const result = await api.gql(operation.query, operation.variables, { token });
        const code = result.errors?.[0]?.extensions?.code;
        expect({ who, operation: operation.name, data: result.data?.[operation.name] ?? null, denied: code }).toEqual({
          who,
          operation: operation.name,
          data: null,
          denied: expect.stringMatching(token ? /^(FORBIDDEN|NOT_FOUND)$/ : /^(UNAUTHENTICATED)$/),
        });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("while Acme's own admin can do those same things", async () => {
    for (const operation of operationsOnAcme().filter(
      (o) => !["removeMember", "changeMemberRole", "endMemberSessions"].includes(o.name),
    )) {
      const result = await api.gql(operation.query, operation.variables, { token: acme.token });
      expect({ operation: operation.name, errors: result.errors }).toEqual({
        operation: operation.name,
        errors: undefined,
      });
    }
  });
});

describe("staff roles inside one organisation", () => {
  it("keeps interviewers out of recruiter and admin operations", async () => {
    for (const name of [
      "members",
      "invitations",
      "recruiterHome",
      "inviteMember",
      "changeMemberRole",
      "removeMember",
    ]) {
      const operation = operationsOnAcme().find((o) => o.name === name);
      if (!operation) throw new Error(name);
      const result = await api.gql(operation.query, operation.variables, { token: acmeInterviewer.token });
      expect({ name, code: result.errors?.[0]?.extensions?.code }).toEqual({
        name,
        code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/),
      });
    }
  });

  it("keeps recruiters out of admin-only member management", async () => {
    for (const name of ["changeMemberRole", "removeMember", "endMemberSessions"]) {
      const operation = operationsOnAcme().find((o) => o.name === name);
      if (!operation) throw new Error(name);
      const result = await api.gql(operation.query, operation.variables, { token: acmeRecruiter.token });
      expect({ name, code: result.errors?.[0]?.extensions?.code }).toEqual({ name, code: "NOT_FOUND" });
    }
  });
});

describe("candidates", () => {
  it("see only their own applications", async () => {
    const home = `{ candidateHome { applications { jobTitle organizationName } } }`;
    expect((await api.gql(home, {}, { token: alice.token })).data?.candidateHome.applications).toEqual([
      { jobTitle: "Alice's job", organizationName: "Acme" },
    ]);
    expect((await api.gql(home, {}, { token: bob.token })).data?.candidateHome.applications).toEqual([
      { jobTitle: "Bob's job", organizationName: "Acme" },
    ]);
    expect((await api.gql(home, {}, { token: acme.token })).data?.candidateHome.applications).toEqual([]);
  });

  it("cannot reach staff views of the organisation they applied to", async () => {
    const result = await api.gql(
      `query($id: ID!) { interviewerHome(organizationId: $id) { upcoming { id } } }`,
      { id: acme.organizationId },
      { token: alice.token },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
