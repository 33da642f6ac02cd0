/**
 * The metrics of DESIGN.md ("Experience rating", "Metrics") as pure functions over plain arrays.
 *
 * These are the reference definitions: the SQL aggregates in PostgreSQL are checked against them on random
 * histories, so each doc comment states the exact definition and the SQL it corresponds to.
 *
 * Conventions:
 * - "No data" is `null`, never 0 or NaN: an empty input, or a rate with nothing in its denominator.
 * - Rates are fractions in [0, 1], not percentages; NPS is in points from -100 to 100. Nothing is rounded
 *   here; display code rounds with {@link roundTo}.
 * - Invalid input (NaN, ±Infinity, an invalid Date, a score out of its scale) throws a RangeError rather
 *   than producing a plausible-looking figure.
 * - Instants compare by their millisecond timestamps; "at or before" is `<=`.
 */

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

function checkFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, not ${value}.`);
}

function time(date: Date, what: string): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${what} must be a valid date.`);
  return ms;
}

function checkScale(value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${what} must be a whole number from ${min} to ${max}, not ${value}.`);
  }
}

/**
 * The continuous percentile `p` (0 ≤ p ≤ 1) of `values`, exactly as PostgreSQL's
 * `percentile_cont(p) WITHIN GROUP (ORDER BY value)` computes it for float8:
 *
 * sort ascending into v[0..n-1]; pos = p·(n−1); lo = floor(pos); hi = ceil(pos);
 * result = v[lo] + (v[hi] − v[lo])·(pos − lo).
 *
 * So p = 0 is the minimum, p = 1 the maximum, a single value is every percentile, and the value lies on the
 * straight line between the two closest ranks (e.g. [1, 2, 3, 4] at 0.9 → pos 2.7 → 3 + 1·0.7 = 3.7). The
 * arithmetic follows PostgreSQL's float8 interpolation step for step, so results agree to the last bit for
 * float8 columns. Null for no values (PostgreSQL returns NULL too). Throws a RangeError for p outside
 * [0, 1] (PostgreSQL raises an error) or a non-finite value.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`The percentile must be between 0 and 1, not ${p}.`);
  for (const v of values) checkFinite(v, "Every value");
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const low = sorted[lo] as number;
  const high = sorted[hi] as number;
  if (lo === hi) return low;
  return low + (high - low) * (pos - lo);
}

/** `percentile(values, 0.5)`: for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}

/**
 * The arithmetic mean: the sum in input order divided by the count (`avg(value)` in SQL). Null for no
 * values. For whole-number ratings PostgreSQL's `avg` returns an exact numeric, so compare with a tolerance
 * (1e-9 is ample) or cast to float8 before comparing.
 */
export function mean(values: readonly number[]): number | null {
  let sum = 0;
  for (const v of values) {
    checkFinite(v, "Every value");
    sum += v;
  }
  return values.length === 0 ? null : sum / values.length;
}

/**
 * `numerator / denominator` as a fraction in [0, 1]; null when the denominator is 0 (nothing to measure).
 * Both must be finite, with 0 ≤ numerator ≤ denominator: a rate is the share of a whole, so anything else is
 * a counting bug and throws a RangeError. SQL: `count(*) FILTER (WHERE …)::float8 / NULLIF(count(*), 0)`.
 */
export function rate(numerator: number, denominator: number): number | null {
  checkFinite(numerator, "The numerator");
  checkFinite(denominator, "The denominator");
  if (numerator < 0 || denominator < 0 || numerator > denominator) {
    throw new RangeError(`A rate needs 0 ≤ numerator ≤ denominator, not ${numerator} / ${denominator}.`);
  }
  return denominator === 0 ? null : numerator / denominator;
}

/** Shifts the decimal point of a non-negative finite number by `places` using its exact decimal text. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = "0"] = String(value).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/**
 * `value` rounded to `digits` decimal places (0–15), halves away from zero, as PostgreSQL's
 * `round(value::numeric, digits)` does. It rounds the number's shortest decimal text, so 1.005 → 1.01 and
 * -6.25 → -6.3 (where `Math.round(x * 100) / 100` would give 1 and -6.2).
 */
export function roundTo(value: number, digits: number): number {
  checkFinite(value, "The value to round");
  checkScale(digits, 0, 15, "The number of decimal places");
  const rounded = shiftDecimal(Math.round(shiftDecimal(Math.abs(value), digits)), -digits);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * Candidate Net Promoter Score of "likelihood to recommend applying" scores (whole numbers 0–10):
 * 100 · (promoters − detractors) / responses, computed in that order, where promoters score 9–10 and
 * detractors 0–6 (7–8 are passives: they count in the responses only). Unrounded, from -100 to 100; show it
 * with `roundTo(score, 0)` or `roundTo(score, 1)`. Null for no responses. Throws a RangeError for any score
 * that is not a whole number from 0 to 10.
 * SQL: `100.0 * (count(*) FILTER (WHERE recommend >= 9) - count(*) FILTER (WHERE recommend <= 6)) / NULLIF(count(*), 0)`.
 */
export function nps(scores: readonly number[]): number | null {
  let promoters = 0;
  let detractors = 0;
  for (const score of scores) {
    checkScale(score, 0, 10, "A likelihood-to-recommend score");
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
  }
  return scores.length === 0 ? null : (100 * (promoters - detractors)) / scores.length;
}

/**
 * Promise-kept rate as of `now`: kept / due, as a fraction.
 *
 * - Due: the candidate deadline has passed, `dueAt ≤ now`. Only these count, kept or broken, so every
 *   counted interview has a final outcome. An interview released early whose deadline is still ahead is
 *   NOT counted yet (in neither numerator nor denominator); it counts as kept once its deadline passes.
 *   Counting it early would count the successes of the not-yet-due interviews but not their failures,
 *   flattering the rate.
 * - Kept: released at or before the deadline, `releasedAt ≤ dueAt` (a release at the deadline's exact
 *   instant is kept). Anything else is broken: never released, or released after the deadline.
 * - A release after `now` has not happened yet as of `now`, so the function can be evaluated at any past
 *   instant of a history. (With `releasedAt ≤ dueAt ≤ now` this needs no separate check.)
 *
 * Null when nothing is due. SQL: `count(*) FILTER (WHERE released_at <= due_at)::float8 / NULLIF(count(*), 0)
 * … WHERE due_at <= now`.
 */
export function promiseKeptRate(
  interviews: ReadonlyArray<{ dueAt: Date; releasedAt: Date | null }>,
  now: Date,
): number | null {
  return onTimeRate(
    interviews.map((i) => ({ dueAt: i.dueAt, doneAt: i.releasedAt })),
    now,
    "release",
  );
}

/**
 * Scorecard on-time rate as of `now`: scorecards submitted by their deadline over those whose deadline has
 * passed, with exactly the rules of {@link promiseKeptRate} (`dueAt ≤ now` to count; on time when
 * `submittedAt ≤ dueAt`).
 */
export function scorecardOnTimeRate(
  scorecards: ReadonlyArray<{ dueAt: Date; submittedAt: Date | null }>,
  now: Date,
): number | null {
  return onTimeRate(
    scorecards.map((s) => ({ dueAt: s.dueAt, doneAt: s.submittedAt })),
    now,
    "submission",
  );
}

function onTimeRate(items: ReadonlyArray<{ dueAt: Date; doneAt: Date | null }>, now: Date, what: string) {
  const nowMs = time(now, "The current time");
  let due = 0;
  let onTime = 0;
  for (const item of items) {
    const dueMs = time(item.dueAt, "A deadline");
    const doneMs = item.doneAt === null ? null : time(item.doneAt, `A ${what} time`);
    if (dueMs > nowMs) continue;
    due++;
    if (doneMs !== null && doneMs <= dueMs) onTime++;
  }
  return rate(onTime, due);
}

/**
 * Ghosting rate as of `now`: the share of active applications with no candidate-facing contact within their
 * cadence. Inactive applications are ignored. An active application is ghosted when its next contact was
 * due strictly before `now`: `lastContactAt + cadenceDays · 24 h < now` (cadence days are elapsed 24-hour
 * periods, not calendar or business days; at the exact instant the cadence ends it is not yet ghosted).
 * `lastContactAt` is the latest candidate-facing contact (for a new application, when it was received).
 * Null when there are no active applications. Throws a RangeError for a cadence that is not a positive
 * whole number of days.
 * SQL: `… FILTER (WHERE last_contact_at + cadence_days * interval '24 hours' < now) … WHERE active`.
 */
export function ghostingRate(
  applications: ReadonlyArray<{ active: boolean; lastContactAt: Date; cadenceDays: number }>,
  now: Date,
): number | null {
  const nowMs = time(now, "The current time");
  let active = 0;
  let ghosted = 0;
  for (const application of applications) {
    const contactMs = time(application.lastContactAt, "The last contact time");
    const { cadenceDays } = application;
    if (!Number.isSafeInteger(cadenceDays) || cadenceDays < 1) {
      throw new RangeError(`The cadence must be a whole number of days of at least 1, not ${cadenceDays}.`);
    }
    if (!application.active) continue;
    active++;
    if (contactMs + cadenceDays * MS_PER_DAY < nowMs) ghosted++;
  }
  return rate(ghosted, active);
}

export const SATISFACTION_DIMENSIONS = [
  "overall",
  "communication",
  "timeliness",
  "respect",
  "clarity",
  "usefulness",
] as const;
export type SatisfactionDimension = (typeof SATISFACTION_DIMENSIONS)[number];

/**
 * Satisfaction per dimension: the {@link mean} of each dimension over all ratings (every dimension is a
 * required whole number from 1 to 5, so each mean has the same count). Every dimension is null when there
 * are no ratings. Throws a RangeError for a score outside 1–5 or not whole.
 */
export function satisfaction(
  ratings: ReadonlyArray<Record<SatisfactionDimension, number>>,
): Record<SatisfactionDimension, number | null> {
  for (const rating of ratings) {
    for (const dimension of SATISFACTION_DIMENSIONS) checkScale(rating[dimension], 1, 5, `The ${dimension} score`);
  }
  const result = {} as Record<SatisfactionDimension, number | null>;
  for (const dimension of SATISFACTION_DIMENSIONS) result[dimension] = mean(ratings.map((r) => r[dimension]));
  return result;
}

/** No breakdown with fewer ratings than this is shown to a company (DESIGN: "Experience rating"). */
export const ANONYMITY_THRESHOLD = 5;

export type GroupResult<T> =
  | { key: string; suppressed: false; count: number; value: T }
  | { key: string; suppressed: true; count: null; value: null; reason: string };

/**
 * Hides every group with fewer than `threshold` ratings: `count < threshold` is suppressed, so exactly
 * `threshold` is shown. A suppressed group keeps only its key and the reason ("Fewer than 5 ratings"); its
 * count and value become null so neither leaks. Order is preserved.
 *
 * This is per-group suppression only: callers must not show a total from which a suppressed group's count
 * could be recovered by subtraction.
 */
export function suppressSmallGroups<T>(
  groups: ReadonlyArray<{ key: string; count: number; value: T }>,
  threshold: number = ANONYMITY_THRESHOLD,
): GroupResult<T>[] {
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new RangeError(`The anonymity threshold must be a whole number of at least 1, not ${threshold}.`);
  }
  return groups.map(({ key, count, value }): GroupResult<T> => {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`A group's count must be a whole number of at least 0, not ${count}.`);
    }
    return count < threshold
      ? { key, suppressed: true, count: null, value: null, reason: `Fewer than ${threshold} ratings` }
      : { key, suppressed: false, count, value };
  });
}

/**
 * Whether a rating counts in the company's figures as of `asOf`: only once the candidate's application is
 * closed, `applicationClosedAt ≤ asOf`, so rating honestly can never affect a decision. An open application
 * (null) never counts.
 */
export function countsInMetrics(rating: { applicationClosedAt: Date | null }, asOf: Date): boolean {
  const asOfMs = time(asOf, "The as-of time");
  if (rating.applicationClosedAt === null) return false;
  return time(rating.applicationClosedAt, "The closing time") <= asOfMs;
}

/**
 * Time to feedback: elapsed wall-clock hours (not business hours) from the end of the interview to the
 * release of feedback, `(releasedAt − endedAt) / 3 600 000 ms`, unrounded.
 * SQL: `extract(epoch FROM released_at - ended_at) / 3600`. Throws a RangeError if released before the end.
 */
export function timeToFeedbackHours(endedAt: Date, releasedAt: Date): number {
  const elapsed = time(releasedAt, "The release time") - time(endedAt, "The interview end");
  if (elapsed < 0) throw new RangeError("Feedback cannot be released before the interview ends.");
  return elapsed / MS_PER_HOUR;
}

/** Median and 90th percentile ({@link percentile}) of the hours to feedback of released interviews. */
export function timeToFeedbackSummary(interviews: ReadonlyArray<{ endedAt: Date; releasedAt: Date }>): {
  median: number | null;
  p90: number | null;
} {
  const hours = interviews.map((i) => timeToFeedbackHours(i.endedAt, i.releasedAt));
  return { median: percentile(hours, 0.5), p90: percentile(hours, 0.9) };
}

/**
 * {@link suppressSmallGroups} for groups that add up to a total the company also sees (a breakdown beside
 * its headline, trend periods beside the range's figure). Hiding only the small groups would let anyone
 * recover one by subtraction, so while the hidden groups together hold fewer than `threshold` ratings
 * (but more than none), the smallest visible group is hidden as well ("complementary suppression").
 */
export function suppressBreakdown<T>(
  groups: ReadonlyArray<{ key: string; count: number; value: T }>,
  threshold: number = ANONYMITY_THRESHOLD,
): GroupResult<T>[] {
  const result = suppressSmallGroups(groups, threshold);
  const hiddenCount = () => result.reduce((sum, group, i) => sum + (group.suppressed ? (groups[i]?.count ?? 0) : 0), 0);
  while (hiddenCount() > 0 && hiddenCount() < threshold) {
    let smallest = -1;
    result.forEach((group, i) => {
      const count = groups[i]?.count ?? 0;
      if (!group.suppressed && (smallest < 0 || count < (groups[smallest]?.count ?? 0))) smallest = i;
    });
    if (smallest < 0) break;
    const { key } = result[smallest] as GroupResult<T>;
    result[smallest] = {
      key,
      suppressed: true,
      count: null,
      value: null,
      reason: "Hidden so that a smaller group cannot be worked out from the total",
    };
  }
  return result;
}
