/**
 * `pnpm start`: builds the portal, migrates and seeds the database (embedded PGlite unless
 * DATABASE_URL is set), starts the API and the portal, and prints where to go and how to sign in.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { DEMO_PASSWORD, demoLogins } from "@candor/db/seed";

const apiPort = process.env.API_PORT ?? "4000";
const webPort = process.env.PORT ?? "3000";
const portalUrl = process.env.PORTAL_URL ?? `http://localhost:${webPort}`;
const env = { ...process.env, API_PORT: apiPort, PORT: webPort, PORTAL_URL: portalUrl };
const children: ChildProcess[] = [];

function run(title: string, command: string, args: string[]): void {
  console.log(`\n▸ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✗ ${title} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function start(name: string, command: string, args: string[], extraEnv: Record<string, string> = {}): void {
  const child = spawn(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
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
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500).unref();
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

const started = Date.now();
if (process.env.SKIP_BUILD !== "1" || !existsSync("web/build/server/index.js")) {
  run("Building the portal", "pnpm", ["--filter", "@candor/web", "build"]);
}
run(`Migrating and seeding ${env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite (.data/)"}`, "pnpm", [
  "--filter",
  "@candor/db",
  "seed",
]);
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
