import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type Prisma, PrismaClient } from "./generated/prisma/client.ts";
import { repoRoot } from "./paths.ts";

export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseOptions {
  /** `postgres://…` selects PostgreSQL; unset selects embedded PGlite. */
  databaseUrl?: string | undefined;
  /** Directory for PGlite files; `memory://` keeps the database in memory. */
  dataDir?: string | undefined;
  /** Largest number of pooled PostgreSQL connections. */
  poolSize?: number;
  /** Called with errors raised by idle pooled connections (a restarting server, say). */
  onPoolError?: (error: Error) => void;
  log?: Array<"query" | "info" | "warn" | "error">;
}

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * One hand-written read sent straight to the driver under Prisma, skipping Prisma's query engine,
   * which costs about three times the driver's CPU per statement: for the session check and the
   * busiest pages only (tests/bench/FINDINGS.md). The statement's text must be fixed (values as
   * parameters): on PostgreSQL it is prepared once per connection. Never call it inside a Prisma
   * transaction: it runs outside it (on PGlite it would wait for that transaction to end, which never
   * comes). Timestamps come back as Dates read as UTC, as Prisma's do; json is parsed; keep bigint and
   * numeric out of the selected columns (drivers differ on them).
   */
  read<Row>(query: Prisma.Sql): Promise<Row[]>;
  /** Liveness of the underlying connection: a trivial round trip. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function defaultDataDir(): string {
  return path.resolve(repoRoot, ".data");
}

export async function openPglite(dataDir: string): Promise<PGlite> {
  if (dataDir.startsWith("memory://")) return PGlite.create(dataDir);
  const dir = path.join(path.resolve(dataDir), "pglite");
  mkdirSync(dir, { recursive: true });
  return PGlite.create(dir);
}

/**
 * Timeouts keep a request from hanging while PostgreSQL is down or restarting: a connection attempt
 * gives up after 3 s, the server cancels a statement after 20 s, and the client stops waiting for an
 * answer after 25 s (a silent network). Broken connections leave the pool, so it recovers by itself.
 */
export function createPgPool(databaseUrl: string, options: DatabaseOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 20_000,
    query_timeout: 25_000,
    keepAlive: true,
  });
  // Without a listener, an idle client's error (e.g. a PostgreSQL restart) crashes the process.
  pool.on("error", (error) => options.onPoolError?.(error));
  return pool;
}

/** PostgreSQL's `timestamp` (without time zone): Prisma stores UTC in it. */
const TIMESTAMP_OID = 1114;
/** "2026-11-25 10:00:00.123" as UTC, whatever the process's time zone (pg would read it as local time). */
export function parseUtcTimestamp(value: string): Date {
  return new Date(`${value.replace(" ", "T")}Z`);
}

const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID ? parseUtcTimestamp : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Names a hand-written read after its text, so that pg prepares it once per connection: PostgreSQL
 * then parses it once and, after five runs, stops planning it (a generic plan). Planning was most of
 * the database's time on the pages these serve. Prisma's own statements stay unprepared: with generic
 * plans the interviewer queue and the dashboard's range queries got slower (tests/bench/FINDINGS.md).
 */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `candor_${createHash("sha1").update(sql).digest("base64url")}`;
    statementNames.set(sql, name);
  }
  return name;
}
/** One per statement text: `read` serves a handful of fixed statements, so this stays small. */
const statementNames = new Map<string, string>();

export async function createDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const url = options.databaseUrl;
  const log = options.log ?? [];
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error("DATABASE_URL must start with postgres:// or postgresql://");
    }
    const pool = createPgPool(url, options);
    const adapterFactory = new PrismaPg(pool);
    const prisma = new PrismaClient({ adapter: adapterFactory, log });
    return {
      kind: "postgres",
      prisma,
      adapterFactory,
      read: async <Row>(query: Prisma.Sql) => {
        const { text, values } = query;
        return (await pool.query({ name: statementName(text), text, values, types: pgTypes })).rows as Row[];
      },
      ping: async () => {
        await pool.query("select 1");
      },
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  return databaseOnPglite(await openPglite(options.dataDir ?? defaultDataDir()), log);
}

/** Wraps an open PGlite instance; closing the database closes the instance. */
export function databaseOnPglite(pglite: PGlite, log: DatabaseOptions["log"] = []): Database {
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory, log: log ?? [] });
  return {
    kind: "pglite",
    prisma,
    adapterFactory,
    read: async <Row>(query: Prisma.Sql) =>
      (await pglite.query<Row>(query.text, query.values, { parsers: { [TIMESTAMP_OID]: parseUtcTimestamp } })).rows,
    ping: async () => {
      await pglite.query("select 1");
    },
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Prisma: cannot reach, timed out, operation timed out, server closed the connection, pool timeout. */
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** SQLSTATE: connection exceptions (08…), shutting down or starting up (57P01–57P03), too many connections. */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
const UNREACHABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout|ECONNREFUSED|ECONNRESET/i;

/**
 * Whether an error (from Prisma, the driver adapter or pg, however deeply wrapped) means the database
 * could not be reached or dropped the connection, rather than a fault in the query or the data.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
  if (typeof e.kind === "string" && UNREACHABLE_KINDS.has(e.kind)) return true;
  if (typeof e.code === "string" && (UNREACHABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code))) {
    return true;
  }
  if (typeof e.message === "string" && UNREACHABLE_MESSAGE.test(e.message)) return true;
  const adapterError = (e.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(adapterError, depth + 1);
}
