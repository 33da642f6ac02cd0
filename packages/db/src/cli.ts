import { createDatabase } from "./client.ts";
import { applyMigrations, createMigration } from "./migrate.ts";
import { seedDemoData } from "./seed.ts";

const [command, arg] = process.argv.slice(2);
const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = process.env.DATA_DIR || undefined;

async function main(): Promise<void> {
  if (command === "migration") {
    if (!arg) throw new Error("Usage: pnpm db:migration <name>   e.g. pnpm db:migration add_ratings");
    const folder = await createMigration(arg);
    console.log(folder ? `Wrote ${folder}` : "schema.prisma matches the migrations: nothing to write.");
    return;
  }
  const db = await createDatabase({ databaseUrl, dataDir });
  try {
    const applied = await applyMigrations(db.adapterFactory);
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
    if (command === "seed") {
      const result = await seedDemoData(db.prisma);
      console.log(result.seeded ? "Seeded demo data." : "Demo data already present: left as is.");
    } else if (command !== "migrate") {
      throw new Error(`Unknown command "${command}". Use migrate, migration <name> or seed.`);
    }
  } finally {
    await db.close();
  }
}

// Exit explicitly: the WASM schema engine leaves timers behind that would keep Node alive for seconds.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
