import { describe, expect, it } from "vitest";
import { filterQuery } from "./filters";
import { csvFileName, csvTableOf, defaultRange, filterErrorsFromApi, readMetricsFilters } from "./filters.server";

const now = new Date("2026-11-25T23:30:00Z"); // already 26 November in Berlin

describe("dashboard filters", () => {
  it("defaults to the 12 calendar months up to today in the organisation's zone", () => {
    expect(defaultRange("Europe/Berlin", now)).toEqual({ from: "2025-12-01", to: "2026-11-26" });
    expect(defaultRange("America/New_York", now)).toEqual({ from: "2025-12-01", to: "2026-11-25" });
  });

  it("turns local dates into instants, the last day included, across a DST change", () => {
    const params = new URLSearchParams({ from: "2026-03-01", to: "2026-03-31", interval: "WEEK" });
    const { input, fieldErrors } = readMetricsFilters(params, "Europe/Berlin", { isAdmin: true, now });
    expect(fieldErrors).toEqual({});
    expect(input).toMatchObject({ from: "2026-02-28T23:00:00Z", to: "2026-03-31T22:00:00Z", interval: "WEEK" });
  });

  it("fills blank dates with the default range and passes the chosen filters on", () => {
    const params = new URLSearchParams({ from: "", job: "job-1", stage: "ONSITE", interviewer: "user-1" });
    const { values, input } = readMetricsFilters(params, "UTC", { isAdmin: true, now });
    expect(values).toMatchObject({ from: "2025-12-01", to: "2026-11-25", interval: "MONTH" });
    expect(input).toMatchObject({ jobId: "job-1", stageKind: "ONSITE", interviewerId: "user-1" });
  });

  it("drops the interviewer filter for anyone but admins", () => {
    const params = new URLSearchParams({ interviewer: "user-1" });
    const { values, input } = readMetricsFilters(params, "UTC", { isAdmin: false, now });
    expect(values.interviewer).toBe("");
    expect(input?.interviewerId).toBeNull();
  });

  it("refuses dates it cannot read and stages that do not exist, per field", () => {
    const params = new URLSearchParams({ from: "2026-02-30", to: "yesterday", stage: "LUNCH" });
    const { input, fieldErrors } = readMetricsFilters(params, "UTC", { isAdmin: true, now });
    expect(input).toBeNull();
    expect(Object.keys(fieldErrors).sort()).toEqual(["from", "stage", "to"]);
  });

  it("puts the API's field messages next to the matching filter", () => {
    expect(filterErrorsFromApi({ to: "The start of the range must be before its end.", jobId: "Not ours." })).toEqual({
      to: "The start of the range must be before its end.",
      job: "Not ours.",
    });
    expect(filterErrorsFromApi({ organizationId: "Bad." })).toEqual({});
  });

  it("names CSV files after the table and the local dates, and builds their links", () => {
    expect(csvTableOf("job")).toBe("JOB");
    expect(csvTableOf("JOB")).toBeNull();
    expect(csvTableOf("members")).toBeNull();
    expect(csvFileName("TREND", { from: "2025-12-01", to: "2026-11-25" })).toBe(
      "candor-trend-2025-12-01-2026-11-25.csv",
    );
    const values = {
      from: "2025-12-01",
      to: "2026-11-25",
      interval: "MONTH",
      job: "",
      stage: "FINAL",
      interviewer: "",
    };
    expect(filterQuery(values as never, { table: "stage" })).toBe(
      "from=2025-12-01&to=2026-11-25&interval=MONTH&stage=FINAL&table=stage",
    );
  });
});
