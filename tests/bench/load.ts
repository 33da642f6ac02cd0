/** autocannon against one server and one request shape; GraphQL errors count as errors too. */
import autocannon from "autocannon";
import { cpuMillisOf, postgresCpuBetween, postgresCpuMillis } from "./servers.ts";

export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

export interface RequestShape {
  path: string;
  headers: Record<string, string>;
  /** A body per request (so writes can rotate over rows). */
  body: () => string;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Transport errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  errors: number;
  firstError: string | null;
  /** CPU per request in ms during the counted run: the server's process, PostgreSQL's, the load generator's. */
  cpu: { server: number; postgres: number; loadGenerator: number } | null;
}

function run(
  url: string,
  shape: RequestShape,
  connections: number,
  seconds: number,
  result: { errors: number; firstError: string | null },
) {
  return autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        path: shape.path,
        headers: { "content-type": "application/json", ...shape.headers },
        setupRequest: (request) => ({ ...request, body: shape.body() }),
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && !body.includes('"errors":[')) return;
          result.errors += 1;
          result.firstError ??= `${status} ${body.slice(0, 300)}`;
        },
      },
    ],
  });
}

function cpuSnapshot(serverPid: number) {
  const usage = process.cpuUsage();
  return {
    server: cpuMillisOf(serverPid),
    postgres: postgresCpuMillis(),
    loadGenerator: (usage.user + usage.system) / 1000,
  };
}

function cpuPerRequest(
  before: ReturnType<typeof cpuSnapshot>,
  after: ReturnType<typeof cpuSnapshot>,
  requests: number,
) {
  if (!requests || before.server === null || after.server === null) return null;
  return {
    server: (after.server - before.server) / requests,
    postgres: postgresCpuBetween(before.postgres, after.postgres) / requests,
    loadGenerator: (after.loadGenerator - before.loadGenerator) / requests,
  };
}

export async function measure(
  url: string,
  shape: RequestShape,
  settings: LoadSettings,
  serverPid: number,
): Promise<LoadResult> {
  await run(url, shape, settings.connections, settings.warmupSeconds, { errors: 0, firstError: null });
  const counted = { errors: 0, firstError: null as string | null };
  const before = cpuSnapshot(serverPid);
  const result = await run(url, shape, settings.connections, settings.seconds, counted);
  const after = cpuSnapshot(serverPid);
  return {
    cpu: cpuPerRequest(before, after, result.requests.total),
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    // Requests still unanswered when the run ends are failures too (autocannon counts them nowhere).
    errors: counted.errors + result.errors + result.timeouts + (result.requests.total ? 0 : settings.connections),
    firstError:
      counted.firstError ??
      (result.errors + result.timeouts ? "connection errors or timeouts" : null) ??
      (result.requests.total ? null : `no answer within ${settings.seconds} s`),
  };
}

/** N sequential requests after a few warm-ups; latency percentiles in ms. */
export async function sequential(
  url: string,
  shape: RequestShape,
  count: number,
): Promise<{ p50: number; p95: number; max: number; errors: number }> {
  const once = async () => {
    const response = await fetch(url + shape.path, {
      method: "POST",
      headers: { "content-type": "application/json", ...shape.headers },
      body: shape.body(),
    });
    const text = await response.text();
    return response.ok && !text.includes('"errors":[');
  };
  for (let i = 0; i < 3; i++) await once();
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    if (!(await once())) errors += 1;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] as number;
  return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1] as number, errors };
}
