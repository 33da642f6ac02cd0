/**
 * Test databases: every test file gets its own freshly migrated database.
 * - PGlite (default): an in-memory copy of a migrated template dumped once per run.
 * - PostgreSQL (TEST_DB=postgres with DATABASE_URL): `CREATE DATABASE … TEMPLATE` of a migrated template.
 * `prepareTestTemplates()` runs once in Vitest's global setup; `createTestDatabase()` in each file.
 */
import { randomBytes } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createDatabase, type Database, databaseOnPglite } from "./client.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { applyMigrations } from "./migrate.ts";

const TEMPLATE_FILE_ENV = "CANDOR_TEST_PGLITE_TEMPLATE";
const TEMPLATE_DB_ENV = "CANDOR_TEST_PG_TEMPLATE";

export function testBackend(): "pglite" | "postgres" {
  return process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
}

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("TEST_DB=postgres needs DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres");
  return url;
}

function urlForDatabase(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Builds the migrated template once; returns a teardown. */
export async function prepareTestTemplates(): Promise<() => Promise<void>> {
  if (testBackend() === "postgres") {
    const name = `candor_template_${process.pid}_${randomBytes(3).toString("hex")}`;
    await withAdminClient((client) => client.query(`create database "${name}"`));
    const db = await createDatabase({ databaseUrl: urlForDatabase(name), poolSize: 1 });
    await applyMigrations(db.adapterFactory);
    await db.close();
    process.env[TEMPLATE_DB_ENV] = name;
    return async () => {
      await withAdminClient(async (client) => {
        const { rows } = await client.query<{ datname: string }>(
          `select datname from pg_database where datname like $1 or datname = $2`,
          [`${name.replace("template", "t")}%`, name],
        );
        for (const row of rows) await client.query(`drop database if exists "${row.datname}" with (force)`);
      });
    };
  }
  const pglite = await PGlite.create();
  await applyMigrations(databaseOnPglite(pglite).adapterFactory);
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const file = path.join(tmpdir(), `candor-template-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  process.env[TEMPLATE_FILE_ENV] = file;
  return () => rm(file, { force: true });
}

/** A fresh migrated database for one test file. Close it in afterAll. */
export async function createTestDatabase(options: { log?: Array<"query"> } = {}): Promise<Database> {
  if (testBackend() === "postgres") {
    const template = process.env[TEMPLATE_DB_ENV];
    if (!template) throw new Error("Test templates are missing: is the Vitest global setup configured?");
    const name = `${template.replace("template", "t")}_${randomBytes(4).toString("hex")}`;
    await withAdminClient((client) => client.query(`create database "${name}" template "${template}"`));
    const db = await createDatabase({ databaseUrl: urlForDatabase(name), poolSize: 4, log: options.log ?? [] });
    return {
      ...db,
      close: async () => {
        await db.close();
        await withAdminClient((client) => client.query(`drop database if exists "${name}" with (force)`));
      },
    };
  }
  const file = process.env[TEMPLATE_FILE_ENV];
  if (!file) throw new Error("Test templates are missing: is the Vitest global setup configured?");
  const pglite = await PGlite.create({ loadDataDir: new Blob([await readFile(file)]) });
  return databaseOnPglite(pglite, options.log ?? []);
}

/**
 * The same database, calling `onStatement` for every SQL statement sent through it: Prisma's (from its
 * query events) and hand-written reads. Closing it closes the database too.
 */
export function countingDatabase(db: Database, onStatement: (sql: string) => void): Database {
  const client = new PrismaClient({ adapter: db.adapterFactory, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => onStatement(event.query));
  return {
    ...db,
    prisma: client as unknown as PrismaClient,
    read: (query) => {
      onStatement(query.text);
      return db.read(query);
    },
    close: async () => {
      await client.$disconnect();
      await db.close();
    },
  };
}
