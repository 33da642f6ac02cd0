import { describe, expect, it } from "vitest";
import { metricsRangeProblem, trendPeriodStarts, trendPeriods } from "./periods.ts";

describe("trendPeriods", () => {
  it("lists the months overlapping the range in the organisation's time zone", () => {
    // 31 Jan 23:30 UTC is already 1 Feb in Berlin.
    const from = new Date("2026-01-31T23:30:00Z");
    const to = new Date("2026-04-01T00:00:00Z");
    expect(trendPeriods(from, to, "MONTH", "Europe/Berlin")).toEqual(["2026-02-01", "2026-03-01", "2026-04-01"]);
    expect(trendPeriods(from, to, "MONTH", "UTC")).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
  });

  it("starts weeks on Monday, like date_trunc('week')", () => {
    // Wednesday 25 Nov 2026 to Monday 7 Dec 2026 (exclusive).
    const periods = trendPeriods(new Date("2026-11-25T12:00:00Z"), new Date("2026-12-07T00:00:00Z"), "WEEK", "UTC");
    expect(periods).toEqual(["2026-11-23", "2026-11-30"]);
  });

  it("covers twelve months as 12 or 13 periods and nothing for an empty range", () => {
    const from = new Date("2025-11-25T00:00:00Z");
    expect(trendPeriods(from, new Date("2026-11-25T00:00:00Z"), "MONTH", "UTC")).toHaveLength(13);
    expect(trendPeriods(from, new Date("2025-12-01T00:00:00Z"), "MONTH", "UTC")).toEqual(["2025-11-01"]);
    expect(trendPeriods(from, from, "MONTH", "UTC")).toEqual([]);
  });
});

describe("metricsRangeProblem", () => {
  const from = new Date("2021-03-01T00:00:00Z");
  it("accepts up to exactly five years", () => {
    expect(metricsRangeProblem(from, new Date("2026-03-01T00:00:00Z"))).toBeNull();
  });
  it("refuses reversed, empty and over-long ranges", () => {
    expect(metricsRangeProblem(from, from)).toBe("The start of the range must be before its end.");
    expect(metricsRangeProblem(from, new Date("2020-01-01T00:00:00Z"))).toBe(
      "The start of the range must be before its end.",
    );
    expect(metricsRangeProblem(from, new Date("2026-03-01T00:00:00.001Z"))).toBe("Choose a range of at most 5 years.");
  });
});

describe("trendPeriodStarts", () => {
  it("gives each period's local midnight as an instant, across a DST change", () => {
    const starts = trendPeriodStarts(
      new Date("2026-02-15T00:00:00Z"),
      new Date("2026-04-15T00:00:00Z"),
      "MONTH",
      "Europe/Berlin",
    );
    expect(starts.map((s) => [s.periodStart, s.startsAt.toISOString()])).toEqual([
      ["2026-02-01", "2026-01-31T23:00:00.000Z"],
      ["2026-03-01", "2026-02-28T23:00:00.000Z"],
      // Summer time since 29 March: midnight is 22:00 UTC.
      ["2026-04-01", "2026-03-31T22:00:00.000Z"],
    ]);
  });
});
