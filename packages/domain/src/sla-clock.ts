import { Temporal } from "temporal-polyfill";

/**
 * The SLA clock: business days in an organisation's time zone, skipping weekends and its holidays.
 *
 * Time-zone conversions (instant ⇄ local date, the end of a local day) go through Temporal
 * (`temporal-polyfill`), so DST changes and odd offsets come from the IANA database, never from
 * hand-written offset arithmetic. Once an instant has become a local calendar date, dates are handled
 * as whole-day numbers (days since 1970-01-01), which has no time-zone content: it only lets counting
 * business days cost O(holidays) instead of one step per day.
 */

/** ISO calendar dates "YYYY-MM-DD" of an organisation's holidays. */
export type HolidayList = readonly string[];
export interface BusinessCalendar {
  timeZone: string;
  holidays: HolidayList;
}

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for Monday–Friday that is not a holiday. `date` is a local calendar date "YYYY-MM-DD". */
export function isBusinessDay(date: string, holidays: HolidayList): boolean {
  const day = dayNumber(date, "date");
  return isWeekday(day) && !holidaySet(holidays).has(day);
}

/** The local calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return toPlainDate(localDayNumber(instant, checkTimeZone(timeZone), "instant")).toString();
}

/**
 * The candidate feedback deadline: the end (23:59:59.999 local time — store the last millisecond, and
 * when formatted it reads 23:59:59) of the Nth business day AFTER the local calendar day on which the
 * interview ended. Weekends and holidays are skipped; the day of the interview never counts, even if it
 * ended early. N >= 1. Correct across DST changes (the deadline is 23:59:59 local whatever the offset)
 * and year ends.
 */
export function candidateFeedbackDeadline(endedAt: Date, businessDays: number, calendar: BusinessCalendar): Date {
  const timeZone = checkTimeZone(calendar.timeZone);
  const endDay = localDayNumber(endedAt, timeZone, "endedAt");
  if (!Number.isSafeInteger(businessDays) || businessDays < 1) {
    throw new RangeError(`The number of business days must be a whole number of at least 1, not ${businessDays}.`);
  }
  const holidays = sortedWeekdayHolidays(calendar.holidays);
  const deadlineDay = nthBusinessDayAfter(endDay, businessDays, holidays);
  return new Date(endOfLocalDay(deadlineDay, timeZone));
}

/** The interviewer scorecard deadline: `hours` elapsed hours (not business hours) after the interview ended. */
export function scorecardDeadline(endedAt: Date, hours: number): Date {
  const start = checkInstant(endedAt, "endedAt");
  if (!Number.isSafeInteger(hours) || hours < 1) {
    throw new RangeError(`The number of hours must be a whole number of at least 1, not ${hours}.`);
  }
  return checkedDate(start + hours * MS_PER_HOUR);
}

/**
 * Whole business days from `from` to `to` counted on local dates (0 when same day; negative when to < from).
 * Used for "due in 3 business days" and time-to-feedback in business days.
 *
 * For from-date < to-date it is the number of business days in (fromDate, toDate]: the day one starts on
 * never counts and the day one ends on does, like the deadline itself. For to-date < from-date it is minus
 * the count in (toDate, fromDate], so `businessDaysBetween(a, b) === -businessDaysBetween(b, a)`.
 */
export function businessDaysBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  const timeZone = checkTimeZone(calendar.timeZone);
  const fromDay = localDayNumber(from, timeZone, "from");
  const toDay = localDayNumber(to, timeZone, "to");
  const holidays = sortedWeekdayHolidays(calendar.holidays);
  if (fromDay <= toDay) return businessDaysIn(fromDay, toDay, holidays);
  return 0 - businessDaysIn(toDay, fromDay, holidays); // never -0
}

export type DueState =
  | { state: "DUE"; dueAt: Date; hoursLeft: number; businessDaysLeft: number }
  | { state: "OVERDUE"; dueAt: Date; hoursOver: number; businessDaysOver: number };

/**
 * Live status of a deadline at `now` (hours rounded down; business days via businessDaysBetween on the calendar).
 * A deadline is still DUE at its own last millisecond (a release at `dueAt` keeps the promise) and OVERDUE after.
 */
export function dueState(dueAt: Date, now: Date, calendar: BusinessCalendar): DueState {
  const due = checkInstant(dueAt, "dueAt");
  const at = checkInstant(now, "now");
  if (at <= due) {
    return {
      state: "DUE",
      dueAt,
      hoursLeft: Math.floor((due - at) / MS_PER_HOUR),
      businessDaysLeft: businessDaysBetween(now, dueAt, calendar),
    };
  }
  return {
    state: "OVERDUE",
    dueAt,
    hoursOver: Math.floor((at - due) / MS_PER_HOUR),
    businessDaysOver: businessDaysBetween(dueAt, now, calendar),
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Validation and time-zone conversion (Temporal).                                                 */

function checkInstant(value: Date, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not a valid date.`);
  return ms;
}

function checkedDate(ms: number): Date {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new RangeError("The resulting date is out of range.");
  return date;
}

/**
 * Accepts what Temporal accepts as a time-zone identifier (IANA names in any letter case, "UTC", "+05:30")
 * and rejects anything else, including date-time strings that merely carry a "[Zone]" annotation.
 */
function checkTimeZone(timeZone: string): string {
  if (typeof timeZone === "string" && timeZone.trim() === timeZone && timeZone !== "") {
    try {
      const id = Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone).timeZoneId;
      if (id.toLowerCase() === timeZone.toLowerCase()) return id;
    } catch {
      // Reported below with a message a person can act on.
    }
  }
  throw new RangeError(`Unknown time zone ${JSON.stringify(timeZone)}. Use an IANA time zone such as Europe/Berlin.`);
}

/** The local calendar date of an instant, as a day number. */
function localDayNumber(instant: Date, timeZone: string, name: string): number {
  const ms = checkInstant(instant, name);
  let local: Temporal.PlainDate;
  try {
    local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate();
  } catch {
    throw new RangeError(`${name} is out of the supported date range.`);
  }
  return plainDateToDay(local);
}

/**
 * The last millisecond of a local calendar day: one millisecond before the next local day starts.
 * That reads 23:59:59.999 local whatever the offset; if 23:59:59.999 occurs twice (a DST fall-back at
 * midnight) it is the later one, i.e. the true end of the day.
 */
function endOfLocalDay(day: number, timeZone: string): number {
  try {
    return toPlainDate(day + 1).toZonedDateTime(timeZone).epochMilliseconds - 1;
  } catch {
    throw new RangeError("The resulting deadline is out of the supported date range.");
  }
}

/* ---------------------------------------------------------------------------------------------- */
/* Calendar-day counting on day numbers (days since 1970-01-01; no time zones involved).           */

function plainDateToDay(date: Temporal.PlainDate): number {
  return date.toZonedDateTime("UTC").epochMilliseconds / MS_PER_DAY;
}

function toPlainDate(day: number): Temporal.PlainDate {
  const date = new Date(day * MS_PER_DAY);
  return new Temporal.PlainDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Parses a strict "YYYY-MM-DD" that names a real calendar date. */
function dayNumber(value: string, what: string): number {
  if (typeof value === "string" && ISO_DATE.test(value)) {
    try {
      const date = Temporal.PlainDate.from(value, { overflow: "reject" });
      return plainDateToDay(date);
    } catch {
      // Reported below.
    }
  }
  throw new RangeError(`The ${what} ${JSON.stringify(value)} is not a calendar date written YYYY-MM-DD.`);
}

function holidaySet(holidays: HolidayList): Set<number> {
  if (!Array.isArray(holidays)) throw new RangeError("Holidays must be a list of dates written YYYY-MM-DD.");
  return new Set(holidays.map((holiday) => dayNumber(holiday, "holiday")));
}

/** Holidays that fall on weekdays (weekend holidays change nothing), without repeats, in order. */
function sortedWeekdayHolidays(holidays: HolidayList): number[] {
  return [...holidaySet(holidays)].filter(isWeekday).sort((a, b) => a - b);
}

/** Day 0 (1970-01-01) was a Thursday; Monday-based index 0..6. */
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function isWeekday(day: number): boolean {
  return weekdayIndex(day) < 5;
}

/** Weekdays (Mon–Fri) on or before `day`, counted from a fixed Monday; only differences matter. */
function weekdaysThrough(day: number): number {
  const mondayBased = day + 3;
  const weeks = Math.floor(mondayBased / 7);
  return weeks * 5 + Math.min(mondayBased - weeks * 7 + 1, 5);
}

/** The earliest day whose weekdaysThrough is `count`: the inverse of weekdaysThrough on weekdays. */
function weekdayNumbered(count: number): number {
  const weeks = Math.floor((count - 1) / 5);
  return weeks * 7 + (count - 1 - weeks * 5) - 3;
}

/** Weekday holidays h with after < h <= through. */
function holidaysIn(after: number, through: number, holidays: readonly number[]): number {
  let count = 0;
  for (const holiday of holidays) if (holiday > after && holiday <= through) count++;
  return count;
}

/** Business days in (after, through], for after <= through. */
function businessDaysIn(after: number, through: number, holidays: readonly number[]): number {
  return weekdaysThrough(through) - weekdaysThrough(after) - holidaysIn(after, through, holidays);
}

/**
 * The Nth business day after `day`: the Nth weekday, pushed on by one weekday for every holiday met
 * on the way (each push can meet further holidays, so repeat until a push meets none).
 */
function nthBusinessDayAfter(day: number, n: number, holidays: readonly number[]): number {
  let target = weekdayNumbered(weekdaysThrough(day) + n);
  let pending = holidaysIn(day, target, holidays);
  while (pending > 0) {
    const next = weekdayNumbered(weekdaysThrough(target) + pending);
    pending = holidaysIn(target, next, holidays);
    target = next;
  }
  return target;
}
