/**
 * SQL statements per request on the hot paths, counted from Prisma's query events: no N+1, so the
 * count must not grow when the candidate has more applications, an application more interviews, or
 * the interviewer more assignments. Uses the same GraphQL documents as the bench (tests/bench).
 */
import { buildApp } from "@candor/api/app";
import { loadConfig } from "@candor/api/config";
import { type Database, hashPassword } from "@candor/db";
import { countingDatabase, createTestDatabase } from "@candor/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeDefs } from "../../api/src/graphql/schema.ts";
import {
  CANDIDATE_APPLICATION,
  CANDIDATE_HOME,
  DASHBOARD,
  dashboardVariables,
  INTERVIEWER_HOME,
  PUBLIC_PROMISE_PAGE,
  SAVE_SCORECARD_DRAFT,
} from "../bench/documents.ts";

const PASSWORD = "query-count-password";
const DAY = 86_400_000;
/**
 * Statements per request today: a change that adds one to a hot path shows up here. The session check
 * is one; the candidate's pages and the public page are one hand-written statement each; Prisma reads
 * each nested select in one statement (relationJoins).
 */
const EXPECTED_STATEMENTS = {
  candidateHome: 2,
  candidateApplication: 2,
  interviewerHome: 4,
  saveScorecardDraft: 9,
  publicPromisePage: 1,
  dashboard: 7,
} as const;

let db: Database;
let counting: Database;
let app: Awaited<ReturnType<typeof buildApp>>;
let statements = 0;
let organizationId: string;
let interviewerId: string;
let candidateId: string;
const tokens = { admin: "", interviewer: "", candidate: "" };
let jobCounter = 0;

async function gql(query: string, variables: unknown, token?: string) {
  const response = await app.inject({
    method: "POST",
    url: "/graphql",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: JSON.stringify({ query, variables }),
  });
  return response.json() as { data: Record<string, any> | null; errors?: unknown[] };
}

/** Statements one request sends, and its answer (which must carry no errors). PRINT_SQL=1 prints them. */
async function counted(query: string, variables: unknown, token?: string) {
  if (process.env.PRINT_SQL) process.stdout.write(`${query.slice(0, 60)}…\n`);
  await new Promise((resolve) => setImmediate(resolve));
  const before = statements;
  const result = await gql(query, variables, token);
  await new Promise((resolve) => setImmediate(resolve));
  expect(result.errors).toBeUndefined();
  return { count: statements - before, data: result.data };
}

async function signIn(email: string): Promise<string> {
  const result = await gql("mutation SignIn($input: SignInInput!) { signIn(input: $input) { token } }", {
    input: { email, password: PASSWORD },
  });
  return result.data?.signIn.token as string;
}

/** Applications for the candidate, each at a new job, with completed interviews, releases and a scheduled one. */
async function addApplications(count: number, interviewsEach: number): Promise<string[]> {
  const prisma = db.prisma;
  const now = Date.now();
  const ids: string[] = [];
  for (let a = 0; a < count; a++) {
    const job = await prisma.job.create({
      data: {
        organizationId,
        title: `Engineer ${++jobCounter}`,
        stages: {
          create: (["SCREEN", "TECHNICAL", "ONSITE", "FINAL"] as const).map((kind, index) => ({
            name: kind.toLowerCase(),
            kind,
            position: index + 1,
          })),
        },
      },
      include: { stages: { orderBy: { position: "asc" } } },
    });
    const stage = job.stages[0] as (typeof job.stages)[number];
    const application = await prisma.application.create({
      data: {
        organizationId,
        candidateId,
        jobId: job.id,
        currentStageId: stage.id,
        appliedAt: new Date(now - 40 * DAY),
      },
    });
    ids.push(application.id);
    for (let i = 0; i <= interviewsEach; i++) {
      const scheduled = i === interviewsEach;
      const start = new Date(now + (scheduled ? 3 : -(i + 1) * 2) * DAY);
      const end = new Date(start.getTime() + 3_600_000);
      const interview = await prisma.interview.create({
        data: {
          organizationId,
          applicationId: application.id,
          stageId: stage.id,
          status: scheduled ? "SCHEDULED" : "COMPLETED",
          scheduledStart: start,
          scheduledEnd: end,
          endedAt: scheduled ? null : end,
          scorecardDueAt: new Date(end.getTime() + DAY),
          candidateFeedbackDueAt: new Date(end.getTime() + 5 * DAY),
          assignments: { create: { interviewerId } },
        },
      });
      await prisma.timelineEvent.create({
        data: { applicationId: application.id, kind: "interview.scheduled", data: { stageName: stage.name } },
      });
      if (scheduled || i % 2) continue;
      await prisma.feedbackRelease.create({
        data: {
          interviewId: interview.id,
          applicationId: application.id,
          level: "SUMMARY",
          outcome: "ADVANCING",
          summary: "Clear reasoning about trade-offs.",
          dueAt: interview.candidateFeedbackDueAt,
          releasedAt: new Date(end.getTime() + DAY),
          keptPromise: true,
        },
      });
    }
    await prisma.statusUpdate.create({ data: { applicationId: application.id, body: "Still reviewing." } });
  }
  return ids;
}

/** A completed interview of the interviewer's with a first draft saved, so the measured save is an update. */
async function draftTarget(): Promise<{ interviewId: string; competencyIds: string[] }> {
  const interview = await db.prisma.interview.findFirstOrThrow({
    where: { organizationId, status: "COMPLETED", assignments: { some: { interviewerId } }, scorecards: { none: {} } },
    orderBy: { scheduledStart: "desc" },
  });
  const first = await gql(SAVE_SCORECARD_DRAFT, { input: { interviewId: interview.id } }, tokens.interviewer);
  const competencies = first.data?.saveScorecardDraft.template.competencies as Array<{ id: string }>;
  return { interviewId: interview.id, competencyIds: competencies.map((c) => c.id) };
}

function draftInput(target: { interviewId: string; competencyIds: string[] }) {
  return {
    input: {
      interviewId: target.interviewId,
      ratings: target.competencyIds.map((competencyId) => ({ competencyId, rating: 2, evidence: "Named the risk." })),
      strengths: "Explained each trade-off with an example.",
      growthAreas: [{ area: "Testing", suggestion: "Start from the riskiest path." }],
    },
  };
}

interface Measured {
  candidateHome: number;
  candidateApplication: number;
  interviewerHome: number;
  saveScorecardDraft: number;
  publicPromisePage: number;
  dashboard: number | null;
}

const dashboardInSchema = typeDefs.includes("organizationMetrics(");

async function measureAll(applicationId: string): Promise<Measured> {
  const home = await counted(CANDIDATE_HOME, {}, tokens.candidate);
  const detail = await counted(CANDIDATE_APPLICATION, { id: applicationId }, tokens.candidate);
  const queue = await counted(INTERVIEWER_HOME, { organizationId }, tokens.interviewer);
  const save = await counted(SAVE_SCORECARD_DRAFT, draftInput(await draftTarget()), tokens.interviewer);
  const page = await counted(PUBLIC_PROMISE_PAGE, { slug: "query-counts" });
  const dashboard = dashboardInSchema
    ? await counted(DASHBOARD, dashboardVariables(organizationId, new Date()), tokens.admin)
    : null;
  return {
    candidateHome: home.count,
    candidateApplication: detail.count,
    interviewerHome: queue.count,
    saveScorecardDraft: save.count,
    publicPromisePage: page.count,
    dashboard: dashboard?.count ?? null,
  };
}

let small: Measured;
let large: Measured;
let smallData: { applications: number; interviewsInDetail: number; queue: number };
let largeData: { applications: number; interviewsInDetail: number; queue: number };

beforeAll(async () => {
  db = await createTestDatabase();
  counting = countingDatabase(db, (sql) => {
    if (process.env.PRINT_SQL) process.stdout.write(`  ${sql}\n`);
    statements += 1;
  });
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", PORTAL_URL: "http://portal.test" });
  app = await buildApp({ config, db: counting, migrate: false, logger: false });
  await app.ready();

  const passwordHash = await hashPassword(PASSWORD);
  const org = await db.prisma.organization.create({
    data: { slug: "query-counts", name: "Query Counts Ltd", timeZone: "Europe/Berlin" },
  });
  organizationId = org.id;
  const person = async (email: string, role: "ADMIN" | "INTERVIEWER" | null) => {
    const user = await db.prisma.user.create({ data: { email, name: email.split("@")[0] as string, passwordHash } });
    if (role) await db.prisma.membership.create({ data: { organizationId, userId: user.id, role } });
    return user.id;
  };
  const adminId = await person("admin@counts.test", "ADMIN");
  interviewerId = await person("interviewer@counts.test", "INTERVIEWER");
  const candidateUserId = await person("candidate@counts.test", null);
  candidateId = (
    await db.prisma.candidate.create({
      data: { organizationId, userId: candidateUserId, email: "candidate@counts.test", name: "Casey Candidate" },
    })
  ).id;
  for (const stageKind of ["SCREEN", "TECHNICAL", "ONSITE", "FINAL"] as const) {
    await db.prisma.feedbackPromise.create({
      data: {
        organizationId,
        stageKind,
        version: 1,
        status: "PUBLISHED",
        level: "SUMMARY",
        candidateDeadlineBusinessDays: 5,
        scorecardDeadlineHours: 48,
        statusCadenceDays: 7,
        publishedAt: new Date(),
        publishedById: adminId,
      },
    });
  }
  tokens.admin = await signIn("admin@counts.test");
  tokens.interviewer = await signIn("interviewer@counts.test");
  tokens.candidate = await signIn("candidate@counts.test");

  const [first] = await addApplications(1, 2);
  smallData = { applications: 1, interviewsInDetail: 3, queue: 3 };
  small = await measureAll(first as string);
  const grown = await addApplications(6, 6);
  largeData = { applications: 7, interviewsInDetail: 7, queue: 3 + 6 * 7 };
  large = await measureAll(grown[0] as string);
}, 120_000);

afterAll(async () => {
  if (small && large) console.info("SQL statements per request (small data, grown data):", { small, large });
  await app?.close();
  await counting?.close();
});

describe("SQL statements per request (Prisma query events and hand-written reads)", () => {
  it("grew the data between the two measurements", () => {
    expect(largeData.applications).toBeGreaterThan(smallData.applications * 5);
    expect(largeData.interviewsInDetail).toBeGreaterThan(smallData.interviewsInDetail * 2);
    expect(largeData.queue).toBeGreaterThan(smallData.queue * 10);
  });

  for (const path of [
    "candidateHome",
    "candidateApplication",
    "interviewerHome",
    "saveScorecardDraft",
    "publicPromisePage",
  ] as const) {
    it(`${path}: ${EXPECTED_STATEMENTS[path]} statements, however much data there is`, () => {
      expect(small[path]).toBe(EXPECTED_STATEMENTS[path]);
      expect(large[path]).toBe(small[path]);
    });
  }

  it.skipIf(!dashboardInSchema)("dashboard: a fixed number of statements that does not grow with the data", () => {
    expect(small.dashboard).toBe(EXPECTED_STATEMENTS.dashboard);
    expect(large.dashboard).toBe(small.dashboard);
  });
});
