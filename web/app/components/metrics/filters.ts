import type { TrendInterval } from "~/lib/operations";

/** The dashboard's filters as they appear in its query string (dates are local, `to` inclusive). */
export type MetricsFilterValues = {
  from: string;
  to: string;
  interval: TrendInterval;
  job: string;
  stage: string;
  interviewer: string;
};

export const STAGE_FILTER_OPTIONS = [
  { value: "SCREEN", label: "Screen" },
  { value: "TECHNICAL", label: "Technical" },
  { value: "ONSITE", label: "Onsite" },
  { value: "FINAL", label: "Final" },
  { value: "OTHER", label: "Other" },
] as const;

/** The query string of the current filters, blanks left out, plus any extra parameters. */
export function filterQuery(values: MetricsFilterValues, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...values, ...extra })) {
    if (value) params.set(name, value);
  }
  return params.toString();
}
