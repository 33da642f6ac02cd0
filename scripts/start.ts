/**
 * `pnpm start`: builds the portal, migrates and seeds the database (embedded PGlite unless
 * DATABASE_URL is set), starts the API and the portal, and prints where to go and how to sign in.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, renameSync } from "node:fs";
import { createServer } from "node:net";
import { DEMO_PASSWORD, demoLogins } from "@candor/db/seed";

const apiPort = process.env.API_PORT ?? "4000";
const webPort = process.env.PORT ?? "3000";
const portalUrl = process.env.PORTAL_URL ?? `http://localhost:${webPort}`;
const env = { ...process.env, API_PORT: apiPort, PORT: webPort, PORTAL_URL: portalUrl };
const children: ChildProcess[] = [];

function attempt(title: string, command: string, args: string[]): number {
  console.log(`\n▸ ${title}`);
  return spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;
}

function run(title: string, command: string, args: string[]): void {
  const status = attempt(title, command, args);
  if (status !== 0) {
    console.error(`✗ ${title} failed (exit ${status}).`);
    process.exit(status);
  }
}

/** Refuses to start beside another server on the same port (it would answer our readiness checks). */
async function ensurePortFree(port: string, name: string, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(Number(port), "127.0.0.1", () => server.close(() => resolve(true)));
  });
  if (!free) {
    console.error(`✗ Port ${port} (${name}) is in use: is Candor already running? Stop it, or set ${variable}.`);
    process.exit(1);
  }
}

function start(name: string, command: string, args: string[], extraEnv: Record<string, string> = {}): void {
  // Its own process group, so that stopping it also stops what pnpm and tsx started under it.
  const child = spawn(command, args, { stdio: "inherit", env: { ...env, ...extraEnv }, detached: true });
  child.on("exit", (code, signal) => {
    if (shuttingDown) return;
    console.error(`✗ ${name} stopped (${signal ?? `exit ${code}`}); stopping everything.`);
    shutdown(1);
  });
  children.push(child);
}

async function waitFor(url: string, name: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000} s`);
}

let shuttingDown = false;
function shutdown(code = 0): void {
  shuttingDown = true;
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 500).unref();
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

await ensurePortFree(apiPort, "API", "API_PORT");
await ensurePortFree(webPort, "portal", "PORT");
const started = Date.now();
if (process.env.SKIP_BUILD !== "1" || !existsSync("web/build/server/index.js")) {
  run("Building the portal", "pnpm", ["--filter", "@candor/web", "build"]);
}
const seed = ["--filter", "@candor/db", "seed"];
if (env.DATABASE_URL) {
  run("Migrating and seeding PostgreSQL", "pnpm", seed);
} else if (attempt("Migrating and seeding embedded PGlite (.data/)", "pnpm", seed) !== 0) {
  // A process killed mid-write can leave PGlite's files unreadable. They hold only the demo data, which is
  // seeded afresh on every start: keep them aside for inspection and start from an empty directory.
  const dataDir = env.DATA_DIR || ".data";
  const aside = `${dataDir}.unreadable-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}`;
  if (existsSync(dataDir)) renameSync(dataDir, aside);
  console.log(`\nThe embedded database in ${dataDir}/ could not be opened; moved it to ${aside}/ and starting afresh.`);
  run("Migrating and seeding a fresh embedded PGlite (.data/)", "pnpm", seed);
}
start("API", "pnpm", ["--filter", "@candor/api", "start"]);
await waitFor(`http://127.0.0.1:${apiPort}/readyz`, "API");
start("Portal", "node", ["web/server.mjs"], { API_URL: `http://127.0.0.1:${apiPort}/graphql` });
await waitFor(`http://127.0.0.1:${webPort}/signin`, "Portal");

const width = Math.max(...demoLogins.map((login) => login.persona.length));
console.log(`
Candor is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s).

  Portal   ${portalUrl}
  API      http://127.0.0.1:${apiPort}/graphql (GraphiQL at /graphiql)
  Outbox   ${portalUrl}/dev/outbox (emails, since SMTP_URL is ${env.SMTP_URL ? "set" : "not set"})

Demo logins (password for all: ${DEMO_PASSWORD}):
${demoLogins.map((login) => `  ${login.persona.padEnd(width)}  ${login.email}  (${login.organization})`).join("\n")}

Press Ctrl+C to stop.`);
