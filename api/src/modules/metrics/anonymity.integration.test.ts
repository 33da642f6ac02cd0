/** Companies see ratings only in aggregate: every anonymity rule, and who may ask for what. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, inviteAndAccept, signUpCompany, type TestApi } from "../../test/harness.ts";

const DAY = 86_400_000;
let api: TestApi;
let counter = 0;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const METRICS = `query($input: MetricsInput!) { organizationMetrics(input: $input) {
  headline { responses nps ratingsSuppressed ratingsSuppressedReason satisfaction { overall } responseRate }
  trend { periodStart figures { responses nps ratingsSuppressed ratingsSuppressedReason } }
  breakdown(by: JOB) { key label figures { responses nps ratingsSuppressed ratingsSuppressedReason interviews } }
  comments { suppressed reason items { comment month } }
} }`;
const CSV = `query($input: MetricsInput!, $table: MetricsTable!) { organizationMetricsCsv(input: $input, table: $table) }`;

type Company = Awaited<ReturnType<typeof signUpCompany>>;

async function job(company: Company, title: string) {
  return api.prisma.job.create({
    data: {
      organizationId: company.organizationId,
      title,
      stages: { create: [{ name: "Screen", kind: "SCREEN", position: 1 }] },
    },
    include: { stages: true },
  });
}

/** A rating of the whole process by a new candidate, given `daysAgo`, on a closed application unless `open`. */
async function rating(
  company: Company,
  jobId: string,
  options: { daysAgo?: number; open?: boolean; comment?: string; share?: boolean; recommend?: number } = {},
) {
  const n = ++counter;
  const createdAt = new Date(Date.now() - (options.daysAgo ?? 3) * DAY);
  const candidate = await api.prisma.candidate.create({
    data: { organizationId: company.organizationId, email: `rater${n}@example.test`, name: `Rater Number${n}` },
  });
  const application = await api.prisma.application.create({
    data: {
      organizationId: company.organizationId,
      candidateId: candidate.id,
      jobId,
      status: options.open ? "ACTIVE" : "REJECTED",
      appliedAt: new Date(createdAt.getTime() - 20 * DAY),
      closedAt: options.open ? null : new Date(createdAt.getTime() - DAY),
    },
  });
  return api.prisma.experienceRating.create({
    data: {
      organizationId: company.organizationId,
      applicationId: application.id,
      candidateId: candidate.id,
      scope: "process",
      overall: 4,
      recommend: options.recommend ?? 9,
      communication: 4,
      timeliness: 3,
      respect: 5,
      clarity: 4,
      usefulness: 3,
      comment: options.comment ?? null,
      shareComment: options.share ?? false,
      createdAt,
    },
  });
}

const lastMonths = (months: number, extra: Record<string, unknown> = {}) => ({
  from: new Date(Date.now() - months * 30 * DAY).toISOString(),
  to: new Date(Date.now() + 60_000).toISOString(),
  ...extra,
});

describe("anonymity of experience ratings", () => {
  let company: Company;
  let jobs: Record<"a" | "b" | "c", Awaited<ReturnType<typeof job>>>;

  beforeAll(async () => {
    company = await signUpCompany(api, "Anonymity Co");
    jobs = { a: await job(company, "Job A"), b: await job(company, "Job B"), c: await job(company, "Job C") };
    for (let i = 0; i < 6; i++) {
      await rating(company, jobs.a.id, { comment: `Shared comment ${i} about job A`, share: i % 2 === 0 });
    }
    for (let i = 0; i < 7; i++) await rating(company, jobs.b.id, { recommend: 3 });
    for (let i = 0; i < 3; i++) await rating(company, jobs.c.id, { comment: "Private words", share: false });
    // Ratings of open applications never count, whatever their number.
    for (let i = 0; i < 6; i++)
      await rating(company, jobs.c.id, { open: true, comment: "Open and shared", share: true });
  });

  const metrics = async (input: Record<string, unknown>, token = company.token) =>
    api.gql(METRICS, { input: { organizationId: company.organizationId, ...input } }, { token });

  it("counts only ratings of closed applications in the headline", async () => {
    const result = await metrics(lastMonths(3));
    expect(result.errors).toBeUndefined();
    expect(result.data?.organizationMetrics.headline).toMatchObject({ responses: 16, ratingsSuppressed: false });
    // 3 promoters among 6, 7 detractors (B), 3 promoters (C): 100 · (9 − 7) / 16.
    expect(result.data?.organizationMetrics.headline.nps).toBeCloseTo(12.5, 9);
  });

  it("hides a group under 5 ratings, and the next smallest so that it cannot be worked out from the total", async () => {
    const rows = (await metrics(lastMonths(3))).data?.organizationMetrics.breakdown;
    const row = (label: string) => rows.find((r: { label: string }) => r.label === label).figures;
    expect(row("Job C")).toEqual({
      responses: null,
      nps: null,
      ratingsSuppressed: true,
      ratingsSuppressedReason: "Fewer than 5 ratings",
      interviews: 0,
    });
    expect(row("Job A")).toMatchObject({ responses: null, nps: null, ratingsSuppressed: true });
    expect(row("Job A").ratingsSuppressedReason).toMatch(/smaller group cannot be worked out/);
    expect(row("Job B")).toMatchObject({ responses: 7, nps: -100, ratingsSuppressed: false });
  });

  it("suppresses every rating figure of a filter with fewer than 5 ratings, and says so", async () => {
    const result = await metrics(lastMonths(3, { jobId: jobs.c.id }));
    expect(result.data?.organizationMetrics.headline).toEqual({
      responses: null,
      nps: null,
      ratingsSuppressed: true,
      ratingsSuppressedReason: "Fewer than 5 ratings",
      satisfaction: null,
      responseRate: null,
    });
    expect(result.data?.organizationMetrics.comments).toEqual({
      suppressed: true,
      reason: "Fewer than 5 ratings",
      items: [],
    });
  });

  it("shows only comments candidates chose to share, without their names", async () => {
    const result = await metrics(lastMonths(3));
    const comments = result.data?.organizationMetrics.comments;
    expect(comments.suppressed).toBe(false);
    expect(comments.items.map((c: { comment: string }) => c.comment).sort()).toEqual([
      "Shared comment 0 about job A",
      "Shared comment 2 about job A",
      "Shared comment 4 about job A",
    ]);
    expect(JSON.stringify(result.data)).not.toMatch(/Rater|Number\d|Private words|Open and shared/);
  });

  it("hides small trend periods with the same rules", async () => {
    await rating(company, jobs.b.id, { daysAgo: 75 });
    await rating(company, jobs.b.id, { daysAgo: 76 });
    const result = await metrics(lastMonths(4, { interval: "MONTH" }));
    const points = result.data?.organizationMetrics.trend.filter(
      (p: { figures: { ratingsSuppressed: boolean } }) => p.figures.ratingsSuppressed,
    );
    // The month with 2 ratings is hidden, and so is at least one more month (or the 2 could be recovered).
    expect(points.length).toBeGreaterThanOrEqual(2);
    for (const point of result.data?.organizationMetrics.trend ?? []) {
      if (!point.figures.ratingsSuppressed) expect(point.figures.responses).toBeGreaterThanOrEqual(5);
    }
  });

  it("writes 'hidden' in exported CSV cells and audits the export", async () => {
    const result = await api.gql(
      CSV,
      { input: { organizationId: company.organizationId, ...lastMonths(3) }, table: "JOB" },
      { token: company.token },
    );
    expect(result.errors).toBeUndefined();
    const lines = String(result.data?.organizationMetricsCsv).trim().split("\r\n");
    expect(lines[0]).toMatch(/^Job,Interviews,/);
    expect(lines.find((l) => l.startsWith("Job C"))).toMatch(/hidden \(fewer than 5 ratings\)/);
    // Job B: 7 detractors, then 2 promoters added by the trend test: 100 · (2 − 7) / 9.
    expect(lines.find((l) => l.startsWith("Job B"))).toMatch(/,9,-55.5556,/);
    const audit = await api.prisma.auditLog.findFirst({
      where: { organizationId: company.organizationId, action: "metrics.exported" },
    });
    expect(audit).toMatchObject({ actorUserId: company.userId, targetId: "JOB" });
  });

  it("shows a company's first ratings only once there are five", async () => {
    const fresh = await signUpCompany(api, "Fresh Co");
    const freshJob = await job(fresh, "Only job");
    for (let i = 0; i < 4; i++) await rating(fresh, freshJob.id);
    const query = () =>
      api.gql(METRICS, { input: { organizationId: fresh.organizationId, ...lastMonths(1) } }, { token: fresh.token });
    expect((await query()).data?.organizationMetrics.headline).toMatchObject({
      responses: null,
      ratingsSuppressed: true,
    });
    await rating(fresh, freshJob.id);
    expect((await query()).data?.organizationMetrics.headline).toMatchObject({
      responses: 5,
      ratingsSuppressed: false,
    });
  });
});

describe("who may see metrics, and bad filters", () => {
  let company: Company;
  let other: Company;
  let recruiter: Awaited<ReturnType<typeof inviteAndAccept>>;
  let interviewer: Awaited<ReturnType<typeof inviteAndAccept>>;

  beforeAll(async () => {
    company = await signUpCompany(api, "Access Co");
    other = await signUpCompany(api, "Other Co");
    recruiter = await inviteAndAccept(api, company, "RECRUITER");
    interviewer = await inviteAndAccept(api, company, "INTERVIEWER");
  });

  const ask = (input: Record<string, unknown>, token: string, breakdown = "JOB") =>
    api.gql(
      `query($input: MetricsInput!, $by: MetricsBreakdown!) { organizationMetrics(input: $input) {
        headline { interviews } breakdown(by: $by) { key } } }`,
      { input: { organizationId: company.organizationId, ...lastMonths(1), ...input }, by: breakdown },
      { token },
    );

  it("lets admins and recruiters in, and keeps interviewers and other companies out", async () => {
    expect((await ask({}, company.token)).errors).toBeUndefined();
    expect((await ask({}, recruiter.token)).errors).toBeUndefined();
    for (const token of [interviewer.token, other.token]) {
      expect((await ask({}, token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await api.gql(`{ __typename }`)).errors).toBeUndefined();
    const anonymous = await api.gql(`query($input: MetricsInput!) { organizationMetrics(input: $input) { from } }`, {
      input: { organizationId: company.organizationId, ...lastMonths(1) },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("gives the per-interviewer view to admins only", async () => {
    expect((await ask({}, company.token, "INTERVIEWER")).errors).toBeUndefined();
    const byRecruiter = await ask({}, recruiter.token, "INTERVIEWER");
    expect(byRecruiter.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    const filtered = await ask({ interviewerId: interviewer.userId }, recruiter.token);
    expect(filtered.errors?.[0]).toMatchObject({
      extensions: { code: "FORBIDDEN" },
      message: "Only admins can see figures per interviewer.",
    });
  });

  it("refuses reversed and over-long ranges, and filters naming another company's job or people", async () => {
    const reversed = await ask(
      { from: new Date().toISOString(), to: new Date(Date.now() - DAY).toISOString() },
      company.token,
    );
    expect(reversed.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION",
      fields: { to: "The start of the range must be before its end." },
    });
    const tooLong = await ask(
      { from: new Date(Date.now() - 6 * 365 * DAY).toISOString(), to: new Date().toISOString() },
      company.token,
    );
    expect(tooLong.errors?.[0]?.extensions?.fields).toEqual({ to: "Choose a range of at most 5 years." });
    const otherJob = await job(other, "Their job");
    const foreign = await ask({ jobId: otherJob.id, interviewerId: other.userId }, company.token);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION",
      fields: {
        jobId: "That job is not one of this organisation's jobs.",
        interviewerId: "That person is not a member of this organisation.",
      },
    });
    const badDate = await ask({ from: "last tuesday" }, company.token);
    expect(badDate.errors?.[0]?.message).toMatch(/ISO-8601/);
  });
});
