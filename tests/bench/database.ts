/** The bench's own PostgreSQL database: created if missing, migrated with the project's migration code. */
import { createDatabase } from "@candor/db";
import { migrateIfNeeded } from "@candor/db/migrate";
import pg from "pg";
import { BENCH_DATABASE, benchDatabaseUrl, serverUrl } from "./config.ts";

export class DatabaseUnreachable extends Error {}

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  return client;
}

export async function prepareBenchDatabase(): Promise<string[]> {
  let admin: pg.Client;
  try {
    admin = await connect(serverUrl());
  } catch (error) {
    throw new DatabaseUnreachable(
      [
        `PostgreSQL is not reachable at ${redacted(serverUrl())} (${(error as Error).message}).`,
        "The bench needs a PostgreSQL 15+ server. Either start the local one",
        "  (Debian: pg_ctlcluster 15 main start; it listens on 127.0.0.1:5432, user postgres)",
        "or point DATABASE_URL at a server where the user may create a database, e.g.",
        "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench",
      ].join("\n"),
    );
  }
  try {
    const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [BENCH_DATABASE]);
    if (!rowCount) await admin.query(`create database "${BENCH_DATABASE}"`);
  } finally {
    await admin.end();
  }
  const db = await createDatabase({ databaseUrl: benchDatabaseUrl(), poolSize: 1 });
  try {
    return await migrateIfNeeded(db);
  } finally {
    await db.close();
  }
}

export function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
