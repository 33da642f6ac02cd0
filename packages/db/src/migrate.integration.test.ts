import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema, pendingMigrations, readMigrations } from "./migrate.ts";
import { createTestDatabase } from "./testing.ts";

describe("migrations", () => {
  it("agree with schema.prisma: a diff from the migrations to the schema is empty", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  }, 60_000);

  it("are in Prisma's folder format and all applied to a fresh test database", async () => {
    const list = readMigrations();
    expect(list.lockfile.content).toMatch(/provider = "postgresql"/);
    for (const dir of list.migrationDirectories) expect(dir.path).toMatch(/^\d{14}_[a-z0-9_]+$/);
    const db = await createTestDatabase();
    try {
      expect(await pendingMigrations((sql) => db.prisma.$queryRawUnsafe(sql))).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
