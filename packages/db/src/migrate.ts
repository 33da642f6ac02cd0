import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { migrationsDir, schemaPath } from "./paths.ts";

// Node's global WebAssembly, typed just enough for this file (the DOM lib is not loaded here).
const wasm = (
  globalThis as unknown as {
    WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: unknown } }> };
  }
).WebAssembly;
const noFilters = { externalTables: [], externalEnums: [] };
let wasmReady: Promise<void> | undefined;

/** Loads Prisma's schema engine as WASM. Node 20 cannot import a `.wasm` ES module, so instantiate it by hand. */
function loadEngineWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const { instance } = await wasm.instantiate(bytes, { "./schema_engine_bg.js": engineBindings });
    const exports = instance.exports as { __wbindgen_start: () => void };
    engineBindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

async function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadEngineWasm();
  const schema = readFileSync(schemaPath, "utf8");
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

export function readMigrations(dir = migrationsDir): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const directories = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: readFileSync(lockPath, "utf8") },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies pending migrations, recording them in Prisma's `_prisma_migrations` table. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return withEngine(adapterFactory, async (engine) => {
    const result = await engine.applyMigrations({
      migrationsList: readMigrations(),
      filters: noFilters,
    });
    return result.appliedMigrationNames;
  });
}

/** The SQL script that takes a database built from the migrations to `schema.prisma`. */
async function diffScript(): Promise<string> {
  const scratch = new PrismaPGlite(await PGlite.create());
  return withEngine(scratch, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrations() },
      to: {
        tag: "schemaDatamodel",
        files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }],
      },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  });
}

/** The statements of `diffScript()` without comments: empty when migrations and schema agree. */
export async function diffMigrationsToSchema(): Promise<string> {
  return stripped(await diffScript());
}

function stripped(sql: string): string {
  return sql
    .split("\n")
    .filter((line) => !line.trim().startsWith("--"))
    .join("\n")
    .trim();
}

/** Writes a new migration folder for the changes in `schema.prisma`, diffed on an in-memory shadow database. */
export async function createMigration(name: string): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error("Migration names use lower-case letters, digits and underscores, e.g. add_ratings");
  }
  const script = await diffScript();
  if (!stripped(script)) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = path.join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), script);
  return folder;
}

/** Names of migrations in the folder that the database has not applied (cheap: no schema engine). */
export async function pendingMigrations(
  query: (sql: string) => Promise<Array<{ migration_name: string }>>,
): Promise<string[]> {
  const wanted = readMigrations().migrationDirectories.map((dir) => dir.path);
  let applied: Set<string>;
  try {
    const rows = await query(
      `select migration_name from "_prisma_migrations" where finished_at is not null and rolled_back_at is null`,
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch {
    return wanted;
  }
  return wanted.filter((name) => !applied.has(name));
}

/** Applies migrations only when some are pending, skipping the schema engine's start-up otherwise. */
export async function migrateIfNeeded(db: {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  prisma: { $queryRawUnsafe: <T>(sql: string) => Promise<T> };
}): Promise<string[]> {
  const pending = await pendingMigrations((sql) => db.prisma.$queryRawUnsafe(sql));
  return pending.length ? applyMigrations(db.adapterFactory) : [];
}
