import { Prisma } from "./generated/prisma/client.ts";

/**
 * Helpers for hand-written SQL over the UTC `timestamp(3)` columns Prisma writes.
 * In JSON built by PostgreSQL, write such a column as `col AT TIME ZONE 'UTC'`: it then carries its
 * offset ("2026-11-25T10:00:00+00:00"), which `jsonDate` reads exactly whatever the session's time zone.
 */

/** A timestamp parameter comparable with those columns, whatever the session's time zone. */
export function utc(date: Date): Prisma.Sql {
  return Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/** A timestamp read from JSON built by PostgreSQL (see above). */
export function jsonDate(value: string): Date;
export function jsonDate(value: string | null): Date | null;
export function jsonDate(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}
