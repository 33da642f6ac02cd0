import type { TrendInterval } from "~/lib/operations";

/** What a hidden rating figure says instead of a number: never 0, never blank. */
export const HIDDEN_HEADLINE = "Hidden: fewer than 5 ratings — shown once 5 candidates have rated";
export const HIDDEN_CELL = "Hidden (fewer than 5 ratings)";
export const HIDDEN_CELL_COMPLEMENTARY = "Hidden (protects a smaller group)";

/** The API hides a group either for its own size or so that a smaller group cannot be worked out. */
export function hiddenCellText(reason: string | null): string {
  return !reason || /^fewer than/i.test(reason) ? HIDDEN_CELL : HIDDEN_CELL_COMPLEMENTARY;
}

/** 0.8667 → "87%"; null → "—". */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "—" : `${Math.round(rate * 100)}%`;
}

/** 24.63 → "24.6 h". */
export function hours(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${value.toFixed(1)}\u00a0h`;
}

/** 1 → "1 business day", 1.5 → "1.5 business days". */
export function businessDays(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  const rounded = Math.round(value * 10) / 10;
  return `${rounded}\u00a0business\u00a0${rounded === 1 ? "day" : "days"}`;
}

/** NPS in points with its sign, with a real minus: 12.4 → "+12", -33.3 → "−33". */
export function nps(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  const rounded = Math.round(value);
  if (rounded === 0) return "0";
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

/** A 1–5 mean: 4.25 → "4.3". */
export function score(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : value.toFixed(1);
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const SHORT_DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** A trend period's name: "Nov 2026" or "Week of 23 Nov 2026" (periodStart is a local YYYY-MM-DD). */
export function periodLabel(periodStart: string, interval: TrendInterval): string {
  const date = new Date(`${periodStart}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return periodStart;
  return interval === "MONTH" ? MONTH.format(date) : `Week of ${DAY.format(date)}`;
}

/** A chart axis tick: "Nov 2026" or "23 Nov". */
export function periodTick(periodStart: string, interval: TrendInterval): string {
  const date = new Date(`${periodStart}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return periodStart;
  return interval === "MONTH" ? MONTH.format(date) : SHORT_DAY.format(date);
}

/** "2026-11" → "Nov 2026". */
export function monthLabel(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : MONTH.format(date);
}

/** "2026-03-01" → "1 Mar 2026" (a local date shown as written). */
export function localDateLabel(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : DAY.format(parsed);
}
