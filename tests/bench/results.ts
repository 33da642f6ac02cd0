/** Writes tests/bench/RESULTS.md from one full run. */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GenerationResult } from "./generate.ts";
import type { LoadSettings } from "./load.ts";
import type { PathResult } from "./run.ts";

export interface Environment {
  cores: number;
  cpu: string;
  node: string;
  postgres: string;
  date: string;
}

interface Report {
  environment: Environment;
  command: string;
  generation: GenerationResult;
  anchor: string;
  settings: LoadSettings;
  results: PathResult[];
  memory: { rssMiB: number; peakMiB: number } | null;
  dashboard: { p50: number; p95: number; max: number; errors: number } | null;
  dashboardRuns: number;
  dashboardNote: string | null;
}

const fixed = (value: number, digits = 0) => value.toFixed(digits);

function ratio(api: PathResult["api"], baseline: PathResult["baseline"]): string {
  return api && baseline?.requestsPerSecond
    ? `${fixed((100 * api.requestsPerSecond) / baseline.requestsPerSecond)}%`
    : "—";
}

function row(r: PathResult): string {
  const api = r.api ? `${fixed(r.api.requestsPerSecond)} | ${r.api.p50} | ${r.api.p99}` : `${r.note ?? "n/a"} | — | —`;
  const baseline = r.baseline
    ? `${fixed(r.baseline.requestsPerSecond)} | ${r.baseline.p50} | ${r.baseline.p99}`
    : "— | — | —";
  const prepared = r.preparedBaseline ? fixed(r.preparedBaseline.requestsPerSecond) : "—";
  return (
    `| ${r.name} | ${api} | ${r.statements ?? "—"} | ${baseline} | ${ratio(r.api, r.baseline)} | ` +
    `${prepared} | ${ratio(r.api, r.preparedBaseline)} | ${r.api ? r.api.errors : "—"} |`
  );
}

const ms = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(2));

function cpuRow(r: PathResult): string {
  const cells = [r.api, r.baseline, r.preparedBaseline].map((result) =>
    result?.cpu ? `${ms(result.cpu.server)} | ${ms(result.cpu.postgres)}` : "— | —",
  );
  return `| ${r.name} | ${cells.join(" | ")} |`;
}

export function writeResults(report: Report): string {
  const { environment: env, generation, settings } = report;
  const counts = Object.entries(generation.counts)
    .map(([table, count]) => `${table} ${count.toLocaleString("en-GB")}`)
    .join(", ");
  const dashboard = report.dashboard
    ? `p50 **${fixed(report.dashboard.p50)} ms**, p95 **${fixed(report.dashboard.p95)} ms** (max ${fixed(report.dashboard.max)} ms, ` +
      `${report.dashboard.errors} errors) over ${report.dashboardRuns} sequential requests; target p95 < 300 ms.`
    : `${report.dashboardNote === "not available" ? "not available: `organizationMetrics` is not in the API schema yet" : `failed: ${report.dashboardNote}`}.`;
  const memory = report.memory
    ? `${fixed(report.memory.rssMiB)} MiB resident after the load runs (peak ${fixed(report.memory.peakMiB)} MiB).`
    : "not measured (no /proc).";
  const text = `# Benchmark results

Written by \`${report.command}\` (tests/bench/run.ts); rerun it to refresh this file.

| | |
| --- | --- |
| date | ${env.date} |
| machine | ${env.cores} cores, ${env.cpu} |
| Node | ${env.node} |
| PostgreSQL | ${env.postgres} (loopback) |
| command | \`${report.command}\` |
| load | autocannon, ${settings.connections} connections (the dashboard: 2), ${settings.warmupSeconds} s warm-up then ${settings.seconds} s per path and server, over loopback |

## Data

One large tenant and ${Math.max(0, (generation.counts.Organization ?? 1) - 1)} small ones, seed-generated (anchor day ${generation.anchor}): ${counts}.
${generation.generated ? `Generated in ${fixed(generation.seconds, 1)} s (including ANALYZE).` : `Reused from an earlier run with the same seed and size${Number.isNaN(generation.seconds) ? "" : `, which generated it in ${fixed(generation.seconds, 1)} s`}.`}

## Hot paths

API = the real API (\`buildApp\`, production config, logger off, rate limit raised for the bench) in its own process;
its PostgreSQL statements are prepared once per connection.
Baseline = a bare Fastify route answering with one hand-written SQL statement through \`pg\` (session check included),
JSON built by PostgreSQL; it computes none of the derived text (sentences, summaries, due states, lint). It sends its
statement unprepared (\`pool.query(text, values)\`), as the issue describes it.
Prepared baseline = the same server with its statement prepared once per connection, as the API's are: the stricter
comparison, which isolates what the API's own layers (HTTP hooks, session check, GraphQL, Prisma) cost.
SQL/request = statements one API request sends (Prisma query events, counted in a separate process; the baselines
send 1). Ratio = API req/s ÷ baseline req/s; the target is ≥ 50% of the baseline for every read path with no errors.
Where the time goes, with profiles and query plans: [FINDINGS.md](FINDINGS.md).

| path | API req/s | p50 ms | p99 ms | SQL/request | baseline req/s | p50 ms | p99 ms | ratio | prepared baseline req/s | ratio to prepared | API errors |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${report.results.map(row).join("\n")}

API memory: ${memory}

CPU per request in ms during each counted run (user + system time from \`/proc\`, divided by the requests served):
the server's process and all PostgreSQL processes. On 2 shared cores these show which side is the limit.

| path | API | its PostgreSQL | baseline | its PostgreSQL | prepared baseline | its PostgreSQL |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${report.results.map(cpuRow).join("\n")}

## Dashboard (issue 5)

The GraphQL dashboard query (every headline figure plus a 12-month monthly trend, large tenant) through the API:
${dashboard}
`;
  const file = fileURLToPath(new URL("./RESULTS.md", import.meta.url));
  writeFileSync(file, text);
  // The repository's formatter owns Markdown too: write the file as `pnpm lint` expects it.
  spawnSync("pnpm", ["exec", "biome", "format", "--write", file], { stdio: "ignore" });
  return file;
}
