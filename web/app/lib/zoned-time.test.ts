import { describe, expect, it } from "vitest";
import { isLocalDate, nowZonedLocal, utcIsoToZonedLocal, zonedLocalToUtcIso } from "./zoned-time";

describe("zonedLocalToUtcIso", () => {
  it("reads a datetime-local value as wall-clock time in the zone", () => {
    expect(zonedLocalToUtcIso("2026-01-15T10:30", "Europe/Berlin")).toBe("2026-01-15T09:30:00Z");
    expect(zonedLocalToUtcIso("2026-07-15T10:30", "Europe/Berlin")).toBe("2026-07-15T08:30:00Z");
    expect(zonedLocalToUtcIso("2026-07-15T10:30:15", "America/New_York")).toBe("2026-07-15T14:30:15Z");
    expect(zonedLocalToUtcIso("2026-07-15T10:30", "UTC")).toBe("2026-07-15T10:30:00Z");
  });

  it("moves a time in the spring-forward gap forward by the gap", () => {
    // Berlin skips 02:00–03:00 on 29 March 2026: 02:30 does not exist, 03:30 CEST is 01:30 UTC.
    expect(zonedLocalToUtcIso("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00Z");
    // New York skips 02:00–03:00 on 8 March 2026: 02:15 becomes 03:15 EDT = 07:15 UTC.
    expect(zonedLocalToUtcIso("2026-03-08T02:15", "America/New_York")).toBe("2026-03-08T07:15:00Z");
  });

  it("takes the earlier instant of an ambiguous fall-back time", () => {
    // Berlin repeats 02:00–03:00 on 25 October 2026; the first 02:30 is CEST (UTC+2).
    expect(zonedLocalToUtcIso("2026-10-25T02:30", "Europe/Berlin")).toBe("2026-10-25T00:30:00Z");
  });

  it("refuses blank, malformed and impossible values and unknown zones", () => {
    expect(zonedLocalToUtcIso("", "Europe/Berlin")).toBeNull();
    expect(zonedLocalToUtcIso("tomorrow", "Europe/Berlin")).toBeNull();
    expect(zonedLocalToUtcIso("2026-02-30T10:00", "Europe/Berlin")).toBeNull();
    expect(zonedLocalToUtcIso("2026-01-15T25:00", "Europe/Berlin")).toBeNull();
    expect(zonedLocalToUtcIso("2026-01-15T10:00Z", "Europe/Berlin")).toBeNull();
    expect(zonedLocalToUtcIso("2026-01-15T10:00", "Mars/Olympus_Mons")).toBeNull();
  });
});

describe("utcIsoToZonedLocal", () => {
  it("gives the wall-clock value for a datetime-local input", () => {
    expect(utcIsoToZonedLocal("2026-07-15T08:30:00.000Z", "Europe/Berlin")).toBe("2026-07-15T10:30");
    expect(utcIsoToZonedLocal("2026-03-29T01:30:00Z", "Europe/Berlin")).toBe("2026-03-29T03:30");
    expect(utcIsoToZonedLocal(null, "Europe/Berlin")).toBe("");
    expect(utcIsoToZonedLocal("not a date", "Europe/Berlin")).toBe("");
  });

  it("round-trips with zonedLocalToUtcIso", () => {
    const local = "2026-11-02T16:45";
    const utc = zonedLocalToUtcIso(local, "Asia/Kolkata");
    expect(utc).toBe("2026-11-02T11:15:00Z");
    expect(utcIsoToZonedLocal(utc, "Asia/Kolkata")).toBe(local);
    expect(nowZonedLocal("UTC", new Date("2026-05-01T12:34:56Z"))).toBe("2026-05-01T12:34");
  });
});

describe("isLocalDate", () => {
  it("accepts real calendar dates only", () => {
    expect(isLocalDate("2026-12-24")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("24/12/2026")).toBe(false);
  });
});
