import { Temporal } from "temporal-polyfill";

/**
 * `<input type="datetime-local">` values are wall-clock times in the organisation's time zone.
 * These helpers turn them into UTC instants for the API and back. Server-side only (loaders and
 * actions), so that client bundles never carry the Temporal polyfill.
 */

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/**
 * "2026-03-29T10:30" in "Europe/Berlin" → "2026-03-29T08:30:00Z". Null for a blank or malformed value
 * or an unknown zone. A time that does not exist (the hour skipped when clocks go forward) moves
 * forward by the length of the gap, as a wall clock would; an ambiguous time (clocks go back) takes
 * the earlier of the two instants.
 */
export function zonedLocalToUtcIso(value: string, timeZone: string): string | null {
  const trimmed = value.trim();
  if (!LOCAL_DATE_TIME.test(trimmed)) return null;
  try {
    const local = Temporal.PlainDateTime.from(trimmed, { overflow: "reject" });
    const zoned = local.toZonedDateTime(timeZone, { disambiguation: "compatible" });
    return zoned.toInstant().toString({ smallestUnit: "second" });
  } catch {
    return null;
  }
}

/** "2026-03-29T08:30:00Z" in "Europe/Berlin" → "2026-03-29T10:30", for a datetime-local input's value. */
export function utcIsoToZonedLocal(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return "";
  try {
    const local = Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone).toPlainDateTime();
    return local.toString({ smallestUnit: "minute" });
  } catch {
    return "";
  }
}

/** The current wall-clock time in a zone, as a datetime-local value (for `max` and defaults). */
export function nowZonedLocal(timeZone: string, now: Date = new Date()): string {
  return utcIsoToZonedLocal(now.toISOString(), timeZone);
}

/** "YYYY-MM-DD" that is a real calendar date. */
export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: "reject" });
    return true;
  } catch {
    return false;
  }
}
