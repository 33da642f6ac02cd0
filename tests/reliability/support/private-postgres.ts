/**
 * A private PostgreSQL cluster for tests that stop and restart the database: the shared server at
 * 127.0.0.1:5432 is used by others and must never be restarted by a test.
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createDatabase, type Database } from "@candor/db";
import { applyMigrations } from "@candor/db/migrate";
import { freePort } from "../../../api/src/test/ports.ts";

function postgresBinDir(): string {
  const candidates: string[] = [];
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim());
  } catch {
    // pg_config is optional: Debian's server package installs under /usr/lib/postgresql/<version>/bin.
  }
  if (existsSync("/usr/lib/postgresql")) {
    const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  }
  const found = candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")));
  if (!found) {
    throw new Error(
      "PostgreSQL server binaries (initdb, pg_ctl) were not found: install Debian's postgresql package (apt-get install -y postgresql).",
    );
  }
  return found;
}

const isRoot = process.getuid?.() === 0;

/** initdb and postgres refuse to run as root: run them as the postgres user then. */
function asPostgresUser(bin: string, args: string[]): [string, string[]] {
  return isRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
}

/** Async, so that a test's requests keep flowing while the server stops and starts. */
async function runPg(bin: string, args: string[]): Promise<void> {
  const [command, fullArgs] = asPostgresUser(bin, args);
  try {
    await promisify(execFile)(command, fullArgs, { timeout: 60_000 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${path.basename(bin)} ${args.join(" ")} failed:\n${stdout ?? ""}\n${stderr ?? ""}`);
  }
}

function postgresUserIds(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    throw new Error("As root, the private cluster runs as the postgres user, which does not exist here.");
  }
}

export interface PrivatePostgres {
  url: string;
  start(): Promise<void>;
  /** Stops the server the way `pg_ctl -m fast` does: open transactions roll back, every client is cut off. */
  stop(): Promise<void>;
  remove(): void;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(path.join(tmpdir(), "candor-pg-"));
  if (isRoot) {
    const { uid, gid } = postgresUserIds();
    chownSync(dir, uid, gid);
  }
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  await runPg(path.join(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const pgCtl = path.join(bin, "pg_ctl");

  const cluster: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => runPg(pgCtl, ["-D", dataDir, "-l", logFile, "-o", serverOptions, "-w", "start"]),
    stop: () => runPg(pgCtl, ["-D", dataDir, "-m", "fast", "-w", "stop"]),
    remove: () => {
      spawnSync(...asPostgresUser(pgCtl, ["-D", dataDir, "-m", "immediate", "stop"]));
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

/** A private cluster with Candor's migrations applied, and a Prisma client on it for setup and checks. */
export async function startMigratedPostgres(): Promise<{ cluster: PrivatePostgres; db: Database }> {
  const cluster = await startPrivatePostgres();
  const db = await createDatabase({ databaseUrl: cluster.url, poolSize: 2 });
  await applyMigrations(db.adapterFactory);
  return { cluster, db };
}
