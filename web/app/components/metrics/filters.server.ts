import { Temporal } from "temporal-polyfill";
import type { MetricsInput, MetricsTable, StageKind, TrendInterval } from "~/lib/operations";
import { isLocalDate, nowZonedLocal, zonedLocalToUtcIso } from "../../lib/zoned-time"; // relative: the unit tests run without the ~ alias
import { type MetricsFilterValues, STAGE_FILTER_OPTIONS } from "./filters";

/** Field names of the API's MetricsInput → the dashboard's query-string names. */
const FORM_FIELD_OF_INPUT: Record<string, keyof MetricsFilterValues> = {
  from: "from",
  to: "to",
  interval: "interval",
  jobId: "job",
  stageKind: "stage",
  interviewerId: "interviewer",
};

/** The default range: the 12 calendar months up to today (this month so far included), in the org's zone. */
export function defaultRange(timeZone: string, now: Date = new Date()): { from: string; to: string } {
  const today = Temporal.PlainDate.from(nowZonedLocal(timeZone, now).slice(0, 10));
  return { from: today.with({ day: 1 }).subtract({ months: 11 }).toString(), to: today.toString() };
}

export type ParsedMetricsFilters = {
  values: MetricsFilterValues;
  /** The API input without the organisation; null when a field is invalid. */
  input: Omit<MetricsInput, "organizationId"> | null;
  fieldErrors: Partial<Record<keyof MetricsFilterValues, string>>;
};

/**
 * Reads the dashboard's GET filters. `from` and `to` are local dates in the organisation's time zone and
 * `to` is inclusive: the range sent to the API runs from the start of `from` to the start of the day after
 * `to`. A blank date takes its default; the interviewer filter is dropped for anyone but admins.
 */
export function readMetricsFilters(
  params: URLSearchParams,
  timeZone: string,
  options: { isAdmin: boolean; now?: Date },
): ParsedMetricsFilters {
  const defaults = defaultRange(timeZone, options.now);
  const raw = (name: string) => (params.get(name) ?? "").trim();
  const interval: TrendInterval = raw("interval") === "WEEK" ? "WEEK" : "MONTH";
  const values: MetricsFilterValues = {
    from: raw("from") || defaults.from,
    to: raw("to") || defaults.to,
    interval,
    job: raw("job"),
    stage: raw("stage"),
    interviewer: options.isAdmin ? raw("interviewer") : "",
  };
  const fieldErrors: ParsedMetricsFilters["fieldErrors"] = {};
  if (!isLocalDate(values.from)) fieldErrors.from = "Enter the first day as a date (YYYY-MM-DD).";
  if (!isLocalDate(values.to)) fieldErrors.to = "Enter the last day as a date (YYYY-MM-DD).";
  if (values.stage && !STAGE_FILTER_OPTIONS.some((option) => option.value === values.stage)) {
    fieldErrors.stage = "Choose one of the listed stages.";
  }
  if (Object.keys(fieldErrors).length > 0) return { values, input: null, fieldErrors };

  const from = zonedLocalToUtcIso(`${values.from}T00:00`, timeZone);
  const dayAfter = Temporal.PlainDate.from(values.to).add({ days: 1 }).toString();
  const to = zonedLocalToUtcIso(`${dayAfter}T00:00`, timeZone);
  if (!from || !to)
    return { values, input: null, fieldErrors: { to: "These dates cannot be read in your time zone." } };
  return {
    values,
    input: {
      from,
      to,
      interval,
      jobId: values.job || null,
      stageKind: (values.stage || null) as StageKind | null,
      interviewerId: values.interviewer || null,
    },
    fieldErrors,
  };
}

/** The API's per-field validation messages, keyed by the dashboard's field names (unknown fields left out). */
export function filterErrorsFromApi(fields: Record<string, string>): ParsedMetricsFilters["fieldErrors"] {
  const errors: ParsedMetricsFilters["fieldErrors"] = {};
  for (const [field, message] of Object.entries(fields)) {
    const formField = FORM_FIELD_OF_INPUT[field];
    if (formField) errors[formField] = message;
  }
  return errors;
}

const CSV_TABLES: Record<string, MetricsTable> = {
  headline: "HEADLINE",
  trend: "TREND",
  job: "JOB",
  stage: "STAGE",
  interviewer: "INTERVIEWER",
};

/** "job" → "JOB"; null for anything else. */
export function csvTableOf(value: string | null): MetricsTable | null {
  return (value && CSV_TABLES[value]) || null;
}

/** `candor-job-2025-12-01-2026-11-25.csv`: the table and the local dates of the range, both inclusive. */
export function csvFileName(table: MetricsTable, values: Pick<MetricsFilterValues, "from" | "to">): string {
  return `candor-${table.toLowerCase()}-${values.from}-${values.to}.csv`;
}
