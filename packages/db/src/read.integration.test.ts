import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client.ts";
import { Prisma } from "./generated/prisma/client.ts";
import { jsonDate, utc } from "./sql.ts";
import { createTestDatabase } from "./testing.ts";

describe("Database.read (hand-written reads on the driver)", () => {
  let db: Database;
  const processZone = process.env.TZ;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterEach(() => {
    if (processZone === undefined) delete process.env.TZ;
    else process.env.TZ = processZone;
  });
  afterAll(() => db?.close());

  it("reads timestamps as Prisma writes them (UTC), whatever the process's time zone", async () => {
    const createdAt = new Date("2026-07-01T22:30:15.123Z");
    const org = await db.prisma.organization.create({
      data: {
        name: "Read Co",
        slug: "read-co",
        createdAt,
        holidays: { create: { date: new Date("2026-12-25"), name: "Christmas" } },
      },
    });
    // pg's own parser reads `timestamp` as local time: in New York that is 4 hours off in July.
    process.env.TZ = "America/New_York";
    const query = Prisma.sql`
      select o."createdAt", o."publicTrackRecord", json_build_object('at', o."createdAt" at time zone 'UTC') as doc,
        (select json_agg(to_char(h.date, 'YYYY-MM-DD')) from "Holiday" h where h."organizationId" = o.id) as holidays
      from "Organization" o where o.id = ${org.id} and o."createdAt" <= ${utc(createdAt)}`;
    for (const attempt of [1, 2]) {
      const [row] = await db.read<{
        createdAt: Date;
        publicTrackRecord: boolean;
        doc: { at: string };
        holidays: string[];
      }>(query);
      expect(row?.createdAt, `attempt ${attempt}`).toEqual(createdAt);
      expect(jsonDate(row?.doc.at ?? "")).toEqual(createdAt);
      expect(row?.publicTrackRecord).toBe(false);
      expect(row?.holidays).toEqual(["2026-12-25"]);
    }
  });

  it("passes values as parameters, never as SQL", async () => {
    const rows = await db.read<{ id: string }>(
      Prisma.sql`select id from "Organization" where slug = ${"read-co' or '1'='1"}`,
    );
    expect(rows).toEqual([]);
  });

  it("fails with the database's error for a bad statement", async () => {
    await expect(db.read(Prisma.sql`select no_such_column from "Organization"`)).rejects.toThrow(/no_such_column/);
  });
});
