import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client.ts";
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

export function createPgPool(databaseUrl: string, options: DatabaseOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // Without a listener, an idle client's error (e.g. a PostgreSQL restart) crashes the process.
  pool.on("error", (error) => options.onPoolError?.(error));
  return pool;
}

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
    ping: async () => {
      await pglite.query("select 1");
    },
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
