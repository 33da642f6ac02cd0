import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApi,
  inviteAndAccept,
  jobWithCandidate,
  pipelineOperations,
  publishPromise,
  signUpCompany,
  type TestApi,
} from "../../test/harness.ts";

let api: TestApi;
let admin: Awaited<ReturnType<typeof signUpCompany>>;
let recruiter: Awaited<ReturnType<typeof inviteAndAccept>>;
beforeAll(async () => {
  api = await createTestApi();
  admin = await signUpCompany(api, "Promise Co");
  recruiter = await inviteAndAccept(api, admin, "RECRUITER");
});
afterAll(() => api.close());

const draft = (overrides: Record<string, unknown> = {}) => ({
  input: {
    organizationId: admin.organizationId,
    stageKind: "ONSITE",
    level: "DETAILED",
    candidateDeadlineBusinessDays: 5,
    scorecardDeadlineHours: 48,
    statusCadenceDays: 5,
    ...overrides,
  },
});
const HISTORY = `query($org: ID!, $kind: StageKind!, $job: ID) {
  promiseHistory(organizationId: $org, stageKind: $kind, jobId: $job) { version status publishedByName }
}`;

describe("feedback promises", () => {
  it("refuses absurd terms field by field and saves nothing", async () => {
    const result = await api.gql(
      pipelineOperations.SAVE_DRAFT,
      draft({ candidateDeadlineBusinessDays: 61, scorecardDeadlineHours: -1, statusCadenceDays: 0 }),
      { token: admin.token },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("VALIDATION");
    expect(Object.keys(result.errors?.[0]?.extensions?.fields ?? {}).sort()).toEqual([
      "candidateDeadlineBusinessDays",
      "scorecardDeadlineHours",
      "statusCadenceDays",
    ]);
    expect(await api.prisma.feedbackPromise.count({ where: { organizationId: admin.organizationId } })).toBe(0);
  });

  it("publishes drafts as versions; the previous version is superseded, never edited", async () => {
    const saved = await api.gql(pipelineOperations.SAVE_DRAFT, draft(), { token: admin.token });
    expect(saved.data?.savePromiseDraft).toMatchObject({
      version: 1,
      status: "DRAFT",
      description:
        "After an onsite interview you will receive detailed feedback on each competency within 5 business days.",
    });
    const resaved = await api.gql(pipelineOperations.SAVE_DRAFT, draft({ candidateDeadlineBusinessDays: 4 }), {
      token: admin.token,
    });
    expect(resaved.data?.savePromiseDraft.id).toBe(saved.data?.savePromiseDraft.id);

    const first = await api.gql(
      pipelineOperations.PUBLISH,
      { id: saved.data?.savePromiseDraft.id },
      { token: admin.token },
    );
    expect(first.data?.publishPromise).toMatchObject({ version: 1, status: "PUBLISHED" });
    const again = await api.gql(
      pipelineOperations.PUBLISH,
      { id: saved.data?.savePromiseDraft.id },
      { token: admin.token },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");

    await publishPromise(api, admin, { stageKind: "ONSITE", days: 3 });
    const history = await api.gql(HISTORY, { org: admin.organizationId, kind: "ONSITE" }, { token: recruiter.token });
    expect(history.data?.promiseHistory).toEqual([
      { version: 2, status: "PUBLISHED", publishedByName: "Ada Admin" },
      { version: 1, status: "SUPERSEDED", publishedByName: "Ada Admin" },
    ]);
    expect(
      await api.prisma.auditLog.count({ where: { organizationId: admin.organizationId, action: "promise.published" } }),
    ).toBe(2);
  });

  it("lets recruiters read promises but not change them", async () => {
    const listed = await api.gql(
      `query($org: ID!) { promises(organizationId: $org) { stageKind status } }`,
      { org: admin.organizationId },
      {
        token: recruiter.token,
      },
    );
    expect(listed.errors).toBeUndefined();
    const attempt = await api.gql(pipelineOperations.SAVE_DRAFT, draft({ stageKind: "SCREEN" }), {
      token: recruiter.token,
    });
    expect(attempt.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const saved = await api.gql(pipelineOperations.SAVE_DRAFT, draft({ stageKind: "SCREEN" }), { token: admin.token });
    const publish = await api.gql(
      pipelineOperations.PUBLISH,
      { id: saved.data?.savePromiseDraft.id },
      { token: recruiter.token },
    );
    expect(publish.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const discarded = await api.gql(
      `mutation($id: ID!) { discardPromiseDraft(id: $id) }`,
      { id: saved.data?.savePromiseDraft.id },
      {
        token: admin.token,
      },
    );
    expect(discarded.data?.discardPromiseDraft).toBe(true);
  });

  it("overrides a promise for one job of the same organisation only", async () => {
    const { jobId } = await jobWithCandidate(api, admin);
    await publishPromise(api, admin, { stageKind: "TECHNICAL", days: 2, jobId });
    const history = await api.gql(
      HISTORY,
      { org: admin.organizationId, kind: "TECHNICAL", job: jobId },
      { token: admin.token },
    );
    expect(history.data?.promiseHistory).toHaveLength(1);
    const other = await signUpCompany(api, "Other Promise Co");
    const foreign = await api.gql(
      pipelineOperations.SAVE_DRAFT,
      { input: { ...draft().input, organizationId: other.organizationId, jobId } },
      {
        token: other.token,
      },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("business calendar", () => {
  const ADD = `mutation($input: AddHolidayInput!) { addHoliday(input: $input) { id date name } }`;

  it("adds and removes holidays, refusing impossible and duplicate dates", async () => {
    const added = await api.gql(
      ADD,
      { input: { organizationId: admin.organizationId, date: "2026-12-25", name: "Christmas Day" } },
      {
        token: admin.token,
      },
    );
    expect(added.data?.addHoliday).toMatchObject({ date: "2026-12-25", name: "Christmas Day" });
    const duplicate = await api.gql(
      ADD,
      { input: { organizationId: admin.organizationId, date: "2026-12-25", name: "Again" } },
      {
        token: admin.token,
      },
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const impossible = await api.gql(
      ADD,
      { input: { organizationId: admin.organizationId, date: "2026-02-30", name: "Nope" } },
      {
        token: admin.token,
      },
    );
    expect(impossible.errors?.[0]?.extensions?.fields).toEqual({ date: "That date does not exist in the calendar." });
    const byRecruiter = await api.gql(
      `mutation($id: ID!) { removeHoliday(id: $id) }`,
      { id: added.data?.addHoliday.id },
      {
        token: recruiter.token,
      },
    );
    expect(byRecruiter.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const removed = await api.gql(
      `mutation($id: ID!) { removeHoliday(id: $id) }`,
      { id: added.data?.addHoliday.id },
      { token: admin.token },
    );
    expect(removed.data?.removeHoliday).toBe(true);
  });

  it("refuses an unknown time zone", async () => {
    const result = await api.gql(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { timeZone } }`,
      { input: { organizationId: admin.organizationId, timeZone: "Europe/Atlantis" } },
      { token: admin.token },
    );
    expect(result.errors?.[0]?.extensions?.fields?.timeZone).toMatch(/Choose a time zone/);
    const org = await api.prisma.organization.findUniqueOrThrow({ where: { id: admin.organizationId } });
    expect(org.timeZone).toBe("UTC");
  });

  it("refuses an update that changes nothing, and records nothing", async () => {
    const audits = await api.prisma.auditLog.count({ where: { organizationId: admin.organizationId } });
    const result = await api.gql(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      { input: { organizationId: admin.organizationId } },
      { token: admin.token },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION",
      fields: { organizationId: "Nothing to change: give a new name, a time zone or the track record setting." },
    });
    expect(await api.prisma.auditLog.count({ where: { organizationId: admin.organizationId } })).toBe(audits);
  });
});

describe("public promise page", () => {
  it("shows published promises in plain language to anyone, drafts never", async () => {
    const company = await signUpCompany(api, "Open Book Ltd");
    await publishPromise(api, company, { stageKind: "SCREEN", level: "OUTCOME", days: 2, cadence: 5 });
    await publishPromise(api, company, { stageKind: "ONSITE", level: "DETAILED", days: 5, cadence: 7 });
    await api.gql(
      pipelineOperations.SAVE_DRAFT,
      { input: { ...draft().input, organizationId: company.organizationId, stageKind: "FINAL" } },
      {
        token: company.token,
      },
    );
    const page = await api.gql(
      `query($slug: String!) { publicPromisePage(slug: $slug) { organizationName promises { stageKind sentence } cadenceSentence } }`,
      { slug: "open-book-ltd" },
    );
    expect(page.data?.publicPromisePage).toEqual({
      organizationName: "Open Book Ltd",
      promises: [
        {
          stageKind: "SCREEN",
          sentence: "After a screening call you will receive the outcome within 2 business days.",
        },
        {
          stageKind: "ONSITE",
          sentence:
            "After an onsite interview you will receive detailed feedback on each competency within 5 business days.",
        },
      ],
      cadenceSentence: "We will update you at least every 7 days while your application is open.",
    });
    const unknown = await api.gql(`{ publicPromisePage(slug: "no-such-company") { organizationName } }`);
    expect(unknown.data?.publicPromisePage).toBeNull();
  });

  it("lists a job's own promises after the defaults while the job is open, and finds the page by any spelling of its slug", async () => {
    const company = await signUpCompany(api, "Job Specific Ltd");
    const { jobId } = await jobWithCandidate(api, company);
    await publishPromise(api, company, { stageKind: "TECHNICAL", level: "SUMMARY", days: 3, jobId });
    await publishPromise(api, company, { stageKind: "ONSITE", level: "OUTCOME", days: 4 });
    await publishPromise(api, company, { stageKind: "SCREEN", level: "OUTCOME", days: 1 });
    const PAGE = `query($slug: String!) { publicPromisePage(slug: $slug) { slug promises { stageKind jobTitle level } } }`;
    const open = await api.gql(PAGE, { slug: "  Job-Specific-LTD " });
    expect(open.data?.publicPromisePage).toEqual({
      slug: "job-specific-ltd",
      promises: [
        { stageKind: "SCREEN", jobTitle: null, level: "OUTCOME" },
        { stageKind: "ONSITE", jobTitle: null, level: "OUTCOME" },
        { stageKind: "TECHNICAL", jobTitle: "Backend Engineer", level: "SUMMARY" },
      ],
    });
    const closed = await api.gql(
      `mutation($id: ID!) { setJobStatus(jobId: $id, status: CLOSED) { status } }`,
      { id: jobId },
      { token: company.token },
    );
    expect(closed.data?.setJobStatus.status).toBe("CLOSED");
    const after = await api.gql(PAGE, { slug: "job-specific-ltd" });
    expect(after.data?.publicPromisePage.promises.map((p: { jobTitle: string | null }) => p.jobTitle)).toEqual([
      null,
      null,
    ]);
  });
});
