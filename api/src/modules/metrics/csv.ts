import type { SignedInContext } from "../../graphql/context.ts";
import { breakdown, headlineAndTrend, type MetricFigures, type MetricsRequest } from "./service.ts";

export type MetricsTable = "HEADLINE" | "TREND" | "JOB" | "STAGE" | "INTERVIEWER";

/** A hidden rating cell says why, as the dashboard does. */
const hidden = (f: MetricFigures) => `hidden (${(f.ratingsSuppressedReason ?? "fewer than 5 ratings").toLowerCase()})`;

const COLUMNS: Array<[string, (f: MetricFigures) => unknown]> = [
  ["Interviews", (f) => f.interviews],
  ["Feedback deadlines passed", (f) => f.interviewsDue],
  ["Promises kept", (f) => f.promisesKept],
  ["Promise-kept rate", (f) => f.promiseKeptRate],
  ["Feedback released", (f) => f.released],
  ["Time to feedback, median (hours)", (f) => f.timeToFeedbackMedianHours],
  ["Time to feedback, p90 (hours)", (f) => f.timeToFeedbackP90Hours],
  ["Time to feedback, median (business days)", (f) => f.timeToFeedbackMedianBusinessDays],
  ["Time to feedback, p90 (business days)", (f) => f.timeToFeedbackP90BusinessDays],
  ["Scorecard deadlines passed", (f) => f.scorecardsDue],
  ["Scorecards on time", (f) => f.scorecardsOnTime],
  ["Scorecard on-time rate", (f) => f.scorecardOnTimeRate],
  ["Active applications (now)", (f) => f.activeApplications],
  ["Ghosted applications (now)", (f) => f.ghostedApplications],
  ["Ghosting rate (now)", (f) => f.ghostingRate],
  ["Ratings", (f) => (f.ratingsSuppressed ? hidden(f) : f.responses)],
  ["Candidate NPS", (f) => (f.ratingsSuppressed ? hidden(f) : f.nps)],
  ...(["overall", "communication", "timeliness", "respect", "clarity", "usefulness"] as const).map(
    (dimension): [string, (f: MetricFigures) => unknown] => [
      `Satisfaction: ${dimension}`,
      (f) => (f.ratingsSuppressed ? hidden(f) : (f.satisfaction?.[dimension] ?? null)),
    ],
  ),
  ["Rating invitations", (f) => f.invitations],
  ["Rating response rate", (f) => (f.ratingsSuppressed ? hidden(f) : f.responseRate)],
];

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? String(Math.round(value * 10_000) / 10_000) : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value !== "number") text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(header: string[], rows: unknown[][]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export async function metricsCsv(ctx: SignedInContext, request: MetricsRequest, table: MetricsTable) {
  const figureHeader = COLUMNS.map(([name]) => name);
  const figureCells = (f: MetricFigures) => COLUMNS.map(([, value]) => value(f));
  if (table === "HEADLINE" || table === "TREND") {
    const { headline, trend } = await headlineAndTrend(ctx, request);
    if (table === "HEADLINE")
      return toCsv(
        ["From", "To", ...figureHeader],
        [[request.from.toISOString(), request.to.toISOString(), ...figureCells(headline)]],
      );
    return toCsv(
      ["Period start", ...figureHeader],
      trend.map((point) => [point.periodStart, ...figureCells(point.figures)]),
    );
  }
  const rows = await breakdown(ctx, request, table);
  const first = table === "JOB" ? "Job" : table === "STAGE" ? "Stage" : "Interviewer";
  return toCsv(
    [first, ...figureHeader],
    rows.map((row) => [row.label, ...figureCells(row.figures)]),
  );
}
