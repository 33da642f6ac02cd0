/**
 * `pnpm bench` — generate (or reuse) the bench data set, start the API and the baseline, load each hot
 * path, time the dashboard, print the table and write tests/bench/RESULTS.md.
 * `pnpm bench dashboard` — only the dashboard's sequential p50/p95 (issue 5).
 * `pnpm bench <words>` — only the hot paths whose name contains one of the words (e.g. `pnpm bench public`);
 * a partial run prints its table but leaves RESULTS.md alone.
 */
import { cpus } from "node:os";
import type pg from "pg";
import {
  BENCH_DATABASE,
  BENCH_PASSWORD,
  BENCH_USERS,
  benchDatabaseUrl,
  DATA_SIZE,
  LARGE_TENANT_SLUG,
  SEED,
} from "./config.ts";
import { connect, DatabaseUnreachable, prepareBenchDatabase, redacted } from "./database.ts";
import {
  CANDIDATE_APPLICATION,
  CANDIDATE_HOME,
  DASHBOARD,
  dashboardVariables,
  INTERVIEWER_HOME,
  PUBLIC_PROMISE_PAGE,
  SAVE_SCORECARD_DRAFT,
} from "./documents.ts";
import { anchorDay, ensureBenchData, type GenerationResult } from "./generate.ts";
import { type LoadResult, type LoadSettings, measure, type RequestShape, sequential } from "./load.ts";
import { type Environment, writeResults } from "./results.ts";
import { memoryOf, type Server, startServer } from "./servers.ts";
import { statementsPerRequest } from "./statements.ts";

const SETTINGS: LoadSettings = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 2),
  seconds: Number(process.env.BENCH_SECONDS ?? 8),
};
/** An analytics query is not a page 10 people reload at once: the dashboard is loaded by 2 connections. */
const DASHBOARD_SETTINGS: LoadSettings = { ...SETTINGS, connections: Math.min(2, SETTINGS.connections) };
const DASHBOARD_RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 50);
const TARGET_RATIO = 0.5;

export interface PathResult {
  name: string;
  /** SQL statements one request of this path sends (Prisma query events). */
  statements: number | null;
  kind: "read" | "write" | "floor";
  api: LoadResult | null;
  baseline: LoadResult | null;
  /** The same baseline with its statement prepared once per connection, as the API's statements are. */
  preparedBaseline: LoadResult | null;
  note?: string;
}

interface Fixtures {
  organizationId: string;
  candidateApplicationId: string;
  drafts: Array<{ interviewId: string; competencyIds: string[] }>;
  tokens: { candidate: string; interviewer: string; admin: string };
}

async function signIn(api: Server, email: string): Promise<string> {
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation SignIn($input: SignInInput!) { signIn(input: $input) { token } }",
      variables: { input: { email, password: BENCH_PASSWORD } },
    }),
  });
  const body = (await response.json()) as { data?: { signIn?: { token: string } }; errors?: unknown };
  const token = body.data?.signIn?.token;
  if (!token) throw new Error(`Signing in as ${email} failed: ${JSON.stringify(body.errors)}`);
  return token;
}

async function loadFixtures(client: pg.Client, api: Server): Promise<Fixtures> {
  const org = await client.query<{ id: string }>(`select id from "Organization" where slug = $1`, [LARGE_TENANT_SLUG]);
  const organizationId = org.rows[0]?.id;
  if (!organizationId) throw new Error("The bench data has no large tenant: delete the marker table and rerun.");
  const application = await client.query<{ id: string }>(
    `select a.id from "Application" a
     join "Candidate" c on c.id = a."candidateId" join "User" u on u.id = c."userId"
     where u.email = $1 and a."organizationId" = $2
     order by (select count(*) from "FeedbackRelease" r where r."applicationId" = a.id) desc,
       (select count(*) from "Interview" i where i."applicationId" = a.id) desc, a.id
     limit 1`,
    [BENCH_USERS.candidate, organizationId],
  );
  const drafts = await client.query<{ interviewId: string; competencyIds: string[] }>(
    `select i.id as "interviewId", array_agg(fc.id order by fc.position) as "competencyIds"
     from "Interview" i
     join "InterviewAssignment" ia on ia."interviewId" = i.id
     join "User" u on u.id = ia."interviewerId"
     join "JobStage" st on st.id = i."stageId"
     left join "Scorecard" s on s."interviewId" = i.id and s."interviewerId" = u.id
     join "FormTemplate" t on t.id = coalesce(s."templateId", (select t2.id from "FormTemplate" t2
       where t2."organizationId" = i."organizationId" and t2."stageKind" = st.kind and t2."isCurrent"
       order by t2.version desc limit 1))
     join "FormCompetency" fc on fc."templateId" = t.id
     where u.email = $1 and i.status = 'COMPLETED' and (s.id is null or s.status = 'DRAFT')
     group by i.id order by i.id limit 40`,
    [BENCH_USERS.interviewer],
  );
  const candidateApplicationId = application.rows[0]?.id;
  if (!candidateApplicationId || !drafts.rows.length) throw new Error("The bench data lacks the bench personas' rows.");
  const [candidate, interviewer, admin] = await Promise.all([
    signIn(api, BENCH_USERS.candidate),
    signIn(api, BENCH_USERS.interviewer),
    signIn(api, BENCH_USERS.admin),
  ]);
  return { organizationId, candidateApplicationId, drafts: drafts.rows, tokens: { candidate, interviewer, admin } };
}

interface PathSpec {
  name: string;
  kind: "read" | "write" | "floor";
  token: string | null;
  graphql: { query: string; variables: () => unknown };
  baseline: { path: string; body: () => unknown } | null;
}

function pathSpecs(f: Fixtures, now: Date): PathSpec[] {
  let next = 0;
  const draft = () => {
    const target = f.drafts[next++ % f.drafts.length] as Fixtures["drafts"][number];
    return {
      input: {
        interviewId: target.interviewId,
        ratings: target.competencyIds.map((competencyId, index) => ({
          competencyId,
          rating: 1 + ((next + index) % 3),
          evidence: "Walked through the retry path and named where it would fail under load.",
        })),
        strengths: "Asked about volumes first, then sized the design to them; explained each trade-off.",
        growthAreas: [{ area: "Testing", suggestion: "Name the test that would catch the riskiest path first." }],
      },
    };
  };
  const dashboard = dashboardVariables(f.organizationId, now);
  return [
    {
      // The stack's floor: helmet, rate limit, session check, Mercurius and no database work at all.
      name: "floor: { ping } signed in",
      kind: "floor",
      token: f.tokens.candidate,
      graphql: { query: "query Ping { ping }", variables: () => ({}) },
      baseline: null,
    },
    {
      name: "candidate home",
      kind: "read",
      token: f.tokens.candidate,
      graphql: { query: CANDIDATE_HOME, variables: () => ({}) },
      baseline: { path: "/candidate-home", body: () => ({}) },
    },
    {
      name: "candidate application",
      kind: "read",
      token: f.tokens.candidate,
      graphql: { query: CANDIDATE_APPLICATION, variables: () => ({ id: f.candidateApplicationId }) },
      baseline: { path: "/candidate-application", body: () => ({ id: f.candidateApplicationId }) },
    },
    {
      name: "interviewer queue",
      kind: "read",
      token: f.tokens.interviewer,
      graphql: { query: INTERVIEWER_HOME, variables: () => ({ organizationId: f.organizationId }) },
      baseline: { path: "/interviewer-home", body: () => ({ organizationId: f.organizationId }) },
    },
    {
      name: "save scorecard draft",
      kind: "write",
      token: f.tokens.interviewer,
      graphql: { query: SAVE_SCORECARD_DRAFT, variables: draft },
      baseline: { path: "/save-scorecard-draft", body: draft },
    },
    {
      name: "public promise page",
      kind: "read",
      token: null,
      graphql: { query: PUBLIC_PROMISE_PAGE, variables: () => ({ slug: LARGE_TENANT_SLUG }) },
      baseline: { path: "/public-promise-page", body: () => ({ slug: LARGE_TENANT_SLUG }) },
    },
    {
      name: "dashboard",
      kind: "read",
      token: f.tokens.admin,
      graphql: { query: DASHBOARD, variables: () => dashboard },
      baseline: { path: "/dashboard", body: () => dashboard },
    },
  ];
}

function shapes(spec: PathSpec): { api: RequestShape; baseline: RequestShape | null } {
  const headers: Record<string, string> = spec.token ? { authorization: `Bearer ${spec.token}` } : {};
  return {
    api: {
      path: "/graphql",
      headers,
      body: () => JSON.stringify({ query: spec.graphql.query, variables: spec.graphql.variables() }),
    },
    baseline: spec.baseline && {
      path: spec.baseline.path,
      headers,
      body: (
        (baseline) => () =>
          JSON.stringify(baseline.body())
      )(spec.baseline),
    },
  };
}

/** One request: null when it succeeded, else why not ("not available" when the schema lacks the field). */
async function probe(url: string, shape: RequestShape): Promise<string | null> {
  const response = await fetch(url + shape.path, {
    method: "POST",
    headers: { "content-type": "application/json", ...shape.headers },
    body: shape.body(),
  });
  const text = await response.text();
  if (response.ok && !text.includes('"errors":[')) return null;
  if (/Cannot query field \\?"organizationMetrics\\?"|Unknown type \\?"MetricsInput/.test(text)) return "not available";
  return `${response.status} ${text.slice(0, 300)}`;
}

async function environment(client: pg.Client): Promise<Environment> {
  const version = await client.query<{ server_version: string }>("show server_version");
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    node: process.version,
    postgres: version.rows[0]?.server_version ?? "unknown",
    date: new Date().toISOString(),
  };
}

const pidOf = (server: Server) => server.process.pid as number;

function percentOf(api: LoadResult, baseline: LoadResult): string {
  return `${((100 * api.requestsPerSecond) / baseline.requestsPerSecond).toFixed(0)}%`;
}

function printTable(results: PathResult[]) {
  const rows = results.map((r) => {
    const ratio =
      r.api && r.baseline?.requestsPerSecond ? r.api.requestsPerSecond / r.baseline.requestsPerSecond : null;
    return {
      path: r.name,
      "req/s": r.api ? r.api.requestsPerSecond.toFixed(0) : (r.note ?? "n/a"),
      "p50 ms": r.api?.p50 ?? "",
      "p99 ms": r.api?.p99 ?? "",
      "SQL/req": r.statements ?? "",
      "CPU ms/req API/PG": r.api?.cpu ? `${r.api.cpu.server.toFixed(2)}/${r.api.cpu.postgres.toFixed(2)}` : "",
      "baseline req/s": r.baseline ? r.baseline.requestsPerSecond.toFixed(0) : "n/a",
      "baseline p50/p99 ms": r.baseline ? `${r.baseline.p50}/${r.baseline.p99}` : "",
      ratio: ratio === null ? "" : `${(ratio * 100).toFixed(0)}%`,
      "prepared baseline req/s": r.preparedBaseline ? r.preparedBaseline.requestsPerSecond.toFixed(0) : "n/a",
      "ratio to prepared": r.api && r.preparedBaseline ? percentOf(r.api, r.preparedBaseline) : "",
      errors: r.api ? r.api.errors : "",
      "baseline errors": r.baseline ? r.baseline.errors : "",
    };
  });
  console.table(rows);
}

async function main() {
  const only = process.argv.slice(2);
  const dashboardOnly = only.length === 1 && only[0] === "dashboard";
  const selected = (name: string) => only.length === 0 || only.some((word) => name.includes(word));
  console.log(`Bench database: ${redacted(benchDatabaseUrl())}`);
  const migrations = await prepareBenchDatabase();
  if (migrations.length) console.log(`Applied migrations: ${migrations.join(", ")}`);

  const client = await connect(benchDatabaseUrl());
  let generation: GenerationResult;
  try {
    console.log(`Data: seed ${SEED}, ${DATA_SIZE.applications} applications in the large tenant…`);
    generation = await ensureBenchData(client, SEED, DATA_SIZE);
    console.log(
      generation.generated
        ? `Generated in ${generation.seconds.toFixed(1)} s: ${JSON.stringify(generation.counts)}`
        : `Reusing the data generated for ${generation.anchor} (same seed and size; drop the database ${BENCH_DATABASE} to regenerate).`,
    );
  } catch (error) {
    await client.end();
    throw error;
  }

  const env = { DATABASE_URL: benchDatabaseUrl() };
  const api = await startServer("API", "./api-server.ts", env);
  const baseline = dashboardOnly ? null : await startServer("baseline", "./baseline-server.ts", env);
  const preparedBaseline = dashboardOnly
    ? null
    : await startServer("prepared baseline", "./baseline-server.ts", { ...env, BASELINE_PREPARED: "1" });
  try {
    const fixtures = await loadFixtures(client, api);
    const allSpecs = pathSpecs(fixtures, new Date());
    const specs = allSpecs.filter((spec) => selected(spec.name));
    const dashboardSpec = allSpecs.find((s) => s.name === "dashboard") as PathSpec;
    const dashboardProbe = await probe(api.url, shapes(dashboardSpec).api);

    let dashboard: Awaited<ReturnType<typeof sequential>> | null = null;
    if (dashboardProbe === null && selected("dashboard")) {
      console.log(`Dashboard: ${DASHBOARD_RUNS} sequential requests through the API…`);
      dashboard = await sequential(api.url, shapes(dashboardSpec).api, DASHBOARD_RUNS);
      console.log(
        `Dashboard p50 ${dashboard.p50.toFixed(0)} ms, p95 ${dashboard.p95.toFixed(0)} ms, max ${dashboard.max.toFixed(0)} ms, ` +
          `errors ${dashboard.errors} (target: p95 under 300 ms)`,
      );
    } else {
      console.log(
        `Dashboard: ${dashboardProbe === "not available" ? "not available (organizationMetrics is not in the API schema yet)" : `failed: ${dashboardProbe}`}`,
      );
    }
    if (dashboardOnly || !baseline || !preparedBaseline) return;

    console.log("Counting SQL statements per request…");
    const statements = await statementsPerRequest(
      benchDatabaseUrl(),
      specs.map((spec) => ({ name: spec.name, token: spec.token, body: shapes(spec).api.body })),
    );
    const results: PathResult[] = [];
    for (const spec of specs) {
      const shape = shapes(spec);
      const apiProblem = spec.name === "dashboard" ? dashboardProbe : await probe(api.url, shape.api);
      const baselineProblem = shape.baseline && (await probe(baseline.url, shape.baseline));
      if (baselineProblem) console.warn(`${spec.name}: baseline answered ${baselineProblem}`);
      if (apiProblem && apiProblem !== "not available") console.warn(`${spec.name}: API answered ${apiProblem}`);
      console.log(`Loading ${spec.name}…`);
      const settings = spec.name === "dashboard" ? DASHBOARD_SETTINGS : SETTINGS;
      const apiResult = apiProblem === "not available" ? null : await measure(api.url, shape.api, settings, pidOf(api));
      const baselineResult = shape.baseline && (await measure(baseline.url, shape.baseline, settings, pidOf(baseline)));
      const preparedResult =
        shape.baseline && (await measure(preparedBaseline.url, shape.baseline, settings, pidOf(preparedBaseline)));
      results.push({
        name: spec.name,
        statements: statements.get(spec.name) ?? null,
        kind: spec.kind,
        api: apiResult,
        baseline: baselineResult,
        preparedBaseline: preparedResult,
        ...(apiResult ? {} : { note: "not available" }),
      });
    }
    const memory = memoryOf(api.process.pid as number);
    printTable(results);
    if (memory)
      console.log(
        `API resident memory after the load: ${memory.rssMiB.toFixed(0)} MiB (peak ${memory.peakMiB.toFixed(0)} MiB)`,
      );
    const failing = results.filter(
      (r) =>
        r.kind === "read" &&
        r.api &&
        r.baseline &&
        r.api.requestsPerSecond < TARGET_RATIO * r.baseline.requestsPerSecond,
    );
    const withErrors = results.filter((r) => (r.api?.errors ?? 0) > 0);
    console.log(
      `Target (every GraphQL read path ≥ ${TARGET_RATIO * 100}% of its baseline, no errors): ` +
        (failing.length || withErrors.length
          ? `missed by ${[...failing, ...withErrors].map((r) => r.name).join(", ")}`
          : "met by every measured path"),
    );
    if (only.length) return;
    const file = writeResults({
      environment: await environment(client),
      command: "pnpm bench",
      generation,
      anchor: anchorDay().toISOString().slice(0, 10),
      settings: SETTINGS,
      results,
      memory,
      dashboard,
      dashboardRuns: DASHBOARD_RUNS,
      dashboardNote: dashboardProbe,
    });
    console.log(`Results written to ${file}`);
  } finally {
    await Promise.all([api.stop(), baseline?.stop(), preparedBaseline?.stop()]);
    await client.end();
  }
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseUnreachable) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
