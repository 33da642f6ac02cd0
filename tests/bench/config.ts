/** Where the bench runs and what it generates; every value can be overridden by environment. */

export const DEFAULT_SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres";
export const BENCH_DATABASE = process.env.BENCH_DATABASE ?? "candor_bench";

/** Bump when the generator's output changes, so an older data set is regenerated. */
export const GENERATOR_VERSION = 2;

export interface DataSize {
  /** Applications of the large tenant; interviews are about 2.5 per application. */
  applications: number;
  interviewers: number;
  smallTenants: number;
  smallTenantApplications: number;
}

export const DATA_SIZE: DataSize = {
  applications: Number(process.env.BENCH_APPLICATIONS ?? 100_000),
  interviewers: 200,
  smallTenants: 3,
  smallTenantApplications: 300,
};

export const SEED = Number(process.env.BENCH_SEED ?? 20_261_125);

/** Users who sign in during the bench: only they get a real argon2id hash of this password. */
export const BENCH_PASSWORD = "candor-bench-2026";
export const BENCH_USERS = {
  admin: "admin@northwind.bench.test",
  recruiter: "recruiter@northwind.bench.test",
  interviewer: "interviewer@northwind.bench.test",
  candidate: "candidate@bench.test",
} as const;
export const LARGE_TENANT_SLUG = "northwind-bench";

export function serverUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_SERVER_URL;
}

export function benchDatabaseUrl(): string {
  const url = new URL(serverUrl());
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}
