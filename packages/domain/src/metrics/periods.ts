import { Temporal } from "temporal-polyfill";

export type TrendInterval = "WEEK" | "MONTH";

/** Longest date range the metrics accept. */
export const MAX_METRICS_RANGE_YEARS = 5;

/**
 * The start (a local date, YYYY-MM-DD) of every trend period that overlaps [from, to) in `timeZone`: weeks
 * start on Monday (ISO weeks, like PostgreSQL's `date_trunc('week', …)`), months on the 1st. The SQL
 * buckets rows with the same rule, so a period without rows still appears here and is drawn as empty.
 */
export function trendPeriods(from: Date, to: Date, interval: TrendInterval, timeZone: string): string[] {
  if (!(from.getTime() < to.getTime())) return [];
  const localDay = (instant: Date) =>
    Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone).toPlainDate();
  const periodStart = (day: Temporal.PlainDate) =>
    interval === "WEEK" ? day.subtract({ days: day.dayOfWeek - 1 }) : day.with({ day: 1 });
  const last = localDay(new Date(to.getTime() - 1));
  const step = interval === "WEEK" ? { weeks: 1 } : { months: 1 };
  const periods: string[] = [];
  for (let day = periodStart(localDay(from)); Temporal.PlainDate.compare(day, last) <= 0; day = day.add(step)) {
    periods.push(day.toString());
  }
  return periods;
}

/**
 * {@link trendPeriods} with the instant each period starts (local midnight in `timeZone`, DST included),
 * so that SQL can bucket rows by comparing timestamps instead of converting every row to local time.
 */
export function trendPeriodStarts(
  from: Date,
  to: Date,
  interval: TrendInterval,
  timeZone: string,
): Array<{ periodStart: string; startsAt: Date }> {
  return trendPeriods(from, to, interval, timeZone).map((periodStart) => ({
    periodStart,
    startsAt: new Date(
      Temporal.PlainDate.from(periodStart).toZonedDateTime({ timeZone }).toInstant().epochMilliseconds,
    ),
  }));
}

/** Whether [from, to) is a usable metrics range: a message a person can act on, or null when it is. */
export function metricsRangeProblem(from: Date, to: Date): string | null {
  if (!(from.getTime() < to.getTime())) return "The start of the range must be before its end.";
  const limit = new Date(from);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_METRICS_RANGE_YEARS);
  if (to.getTime() > limit.getTime()) return `Choose a range of at most ${MAX_METRICS_RANGE_YEARS} years.`;
  return null;
}
