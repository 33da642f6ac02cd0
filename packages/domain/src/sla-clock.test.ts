import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  type BusinessCalendar,
  businessDaysBetween,
  candidateFeedbackDeadline,
  dueState,
  type HolidayList,
  isBusinessDay,
  localDate,
  scorecardDeadline,
} from "./sla-clock.ts";

/* ---------------------------------------------------------------------------------------------- */
/* Generators and a day-by-day reference for the properties                                       */

const ZONES = [
  "Europe/Berlin",
  "Europe/London",
  "America/New_York",
  "America/Los_Angeles",
  "America/St_Johns", // −03:30 / −02:30
  "America/Sao_Paulo",
  "Asia/Kolkata", // +05:30
  "Asia/Kathmandu", // +05:45
  "Asia/Tokyo",
  "Australia/Adelaide", // +09:30 / +10:30
  "Pacific/Auckland",
  "Pacific/Chatham", // +12:45 / +13:45
  "UTC",
] as const;

/** Holidays as day offsets from the interview's local date, mostly inside the deadline's window. */
const holidayOffsets = fc.array(fc.integer({ min: -5, max: 120 }), { maxLength: 25 });

function holidaysFrom(start: Temporal.PlainDate, offsets: readonly number[]): string[] {
  return offsets.map((days) => start.add({ days }).toString());
}

/** Reference count of business days in (after, through], one day at a time. */
function countBusinessDays(after: Temporal.PlainDate, through: Temporal.PlainDate, holidays: HolidayList): number {
  let count = 0;
  for (let d = after.add({ days: 1 }); Temporal.PlainDate.compare(d, through) <= 0; d = d.add({ days: 1 })) {
    if (d.dayOfWeek <= 5 && !holidays.includes(d.toString())) count++;
  }
  return count;
}

const scenario = fc.record({
  endedAt: fc.date({
    min: new Date("1990-01-01T00:00:00Z"),
    max: new Date("2060-01-01T00:00:00Z"),
    noInvalidDate: true,
  }),
  timeZone: fc.constantFrom(...ZONES),
  offsets: holidayOffsets,
  n: fc.integer({ min: 1, max: 60 }),
});

function calendarFor(s: { endedAt: Date; timeZone: string; offsets: number[] }): BusinessCalendar {
  const endDate = Temporal.PlainDate.from(localDate(s.endedAt, s.timeZone));
  return { timeZone: s.timeZone, holidays: holidaysFrom(endDate, s.offsets) };
}

const berlin = (holidays: HolidayList = []): BusinessCalendar => ({ timeZone: "Europe/Berlin", holidays });

/** An instant given as local wall-clock time in a zone, e.g. at("2026-11-27T16:00", "Europe/Berlin"). */
function at(local: string, timeZone = "Europe/Berlin"): Date {
  return new Date(Temporal.PlainDateTime.from(local).toZonedDateTime(timeZone).epochMilliseconds);
}

/** How an instant reads on a wall clock in a zone, to the millisecond, without offset. */
function wallClock(instant: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDateTime()
    .toString({ fractionalSecondDigits: 3 });
}

describe("isBusinessDay", () => {
  it("is true Monday to Friday and false at weekends", () => {
    expect(
      ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"].map((d) => isBusinessDay(d, [])),
    ).toEqual([true, true, true, true, true]);
    expect(isBusinessDay("2026-11-28", [])).toBe(false);
    expect(isBusinessDay("2026-11-29", [])).toBe(false);
  });

  it("is false on a holiday", () => {
    expect(isBusinessDay("2026-12-25", ["2026-12-25"])).toBe(false);
    expect(isBusinessDay("2026-12-28", ["2026-12-25"])).toBe(true);
  });

  it("agrees with Temporal's day of the week for any date in years 0001–9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: -730_000, max: 2_900_000 }), (offset) => {
        const date = Temporal.PlainDate.from("2000-01-01").add({ days: offset });
        return isBusinessDay(date.toString(), []) === date.dayOfWeek <= 5;
      }),
      { numRuns: 200 },
    );
  });

  it.each(["2026-13-01", "2026-02-30", "26-12-01", "2026-1-5", "20261201", "2026-12-01T00:00", " 2026-12-01", ""])(
    "rejects the malformed date %j",
    (date) => {
      expect(() => isBusinessDay(date, [])).toThrow(RangeError);
      expect(() => isBusinessDay("2026-12-01", [date])).toThrow(/is not a calendar date written YYYY-MM-DD/);
    },
  );
});

describe("localDate", () => {
  it("is the calendar date in the zone, not in UTC", () => {
    const instant = new Date("2026-11-26T22:00:00Z");
    expect(localDate(instant, "UTC")).toBe("2026-11-26");
    expect(localDate(instant, "Asia/Tokyo")).toBe("2026-11-27");
    expect(localDate(instant, "America/Los_Angeles")).toBe("2026-11-26");
    expect(localDate(new Date("2026-11-26T18:29:59.999Z"), "Asia/Kolkata")).toBe("2026-11-26");
    expect(localDate(new Date("2026-11-26T18:30:00Z"), "Asia/Kolkata")).toBe("2026-11-27");
  });

  it("rejects an unknown time zone and an invalid date", () => {
    expect(() => localDate(new Date(), "Mars/Olympus_Mons")).toThrow(
      new RangeError('Unknown time zone "Mars/Olympus_Mons". Use an IANA time zone such as Europe/Berlin.'),
    );
    expect(() => localDate(new Date(), "")).toThrow(RangeError);
    expect(() => localDate(new Date(), "2026-01-01T00:00Z[Europe/Berlin]")).toThrow(RangeError);
    expect(() => localDate(new Date(Number.NaN), "UTC")).toThrow(new RangeError("instant is not a valid date."));
  });
});

describe("candidateFeedbackDeadline: worked examples", () => {
  it("Friday 16:00 + 5 business days is the next Friday 23:59:59", () => {
    const due = candidateFeedbackDeadline(at("2026-11-27T16:00"), 5, berlin());
    expect(wallClock(due, "Europe/Berlin")).toBe("2026-12-04T23:59:59.999");
    expect(due.toISOString()).toBe("2026-12-04T22:59:59.999Z");
  });

  it("a holiday on the Wednesday pushes it to Monday", () => {
    const due = candidateFeedbackDeadline(at("2026-11-27T16:00"), 5, berlin(["2026-12-02"]));
    expect(due.toISOString()).toBe("2026-12-07T22:59:59.999Z");
  });

  it("a holiday at a weekend or outside the window changes nothing", () => {
    const due = candidateFeedbackDeadline(
      at("2026-11-27T16:00"),
      5,
      berlin(["2026-11-28", "2026-11-27", "2026-12-07"]),
    );
    expect(due.toISOString()).toBe("2026-12-04T22:59:59.999Z");
  });

  it("an interview ending on Saturday counts from Monday", () => {
    const due = candidateFeedbackDeadline(at("2026-11-28T10:00"), 1, berlin());
    expect(due.toISOString()).toBe("2026-11-30T22:59:59.999Z");
  });

  it("the interview day never counts, even when it ended at dawn", () => {
    const due = candidateFeedbackDeadline(at("2026-11-23T00:00"), 1, berlin());
    expect(wallClock(due, "Europe/Berlin")).toBe("2026-11-24T23:59:59.999");
  });

  it("an interview ending at 23:59:59.999 on Friday still counts from Monday", () => {
    const due = candidateFeedbackDeadline(at("2026-11-27T23:59:59.999"), 1, berlin());
    expect(due.toISOString()).toBe("2026-11-30T22:59:59.999Z");
  });

  it("crosses the end of summer time in Europe/Berlin (CEST → CET)", () => {
    const due = candidateFeedbackDeadline(at("2026-10-23T15:00"), 3, berlin());
    expect(wallClock(due, "Europe/Berlin")).toBe("2026-10-28T23:59:59.999");
    expect(due.toISOString()).toBe("2026-10-28T22:59:59.999Z");
  });

  it("crosses the start of summer time in America/New_York (EST → EDT)", () => {
    const calendar = { timeZone: "America/New_York", holidays: [] };
    const due = candidateFeedbackDeadline(at("2027-03-12T15:00", "America/New_York"), 1, calendar);
    expect(wallClock(due, "America/New_York")).toBe("2027-03-15T23:59:59.999");
    expect(due.toISOString()).toBe("2027-03-16T03:59:59.999Z");
  });

  it("crosses the year end with the Christmas and New Year holidays", () => {
    const holidays = ["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01"];
    const ended = at("2026-12-23T11:00");
    // Thu 24 and Fri 25 are holidays; Mon 28, Tue 29, Wed 30; Thu 31 and Fri 1 are holidays; Mon 4, Tue 5.
    expect(candidateFeedbackDeadline(ended, 5, berlin(holidays)).toISOString()).toBe("2027-01-05T22:59:59.999Z");
    expect(candidateFeedbackDeadline(ended, 3, berlin(holidays)).toISOString()).toBe("2026-12-30T22:59:59.999Z");
    expect(candidateFeedbackDeadline(ended, 4, berlin(holidays)).toISOString()).toBe("2027-01-04T22:59:59.999Z");
    // Without the holidays: Thu 24, Fri 25, Mon 28, Tue 29, Wed 30.
    expect(candidateFeedbackDeadline(ended, 5, berlin()).toISOString()).toBe("2026-12-30T22:59:59.999Z");
  });

  it("uses the local date: a late-evening interview in UTC is already the next day in Asia/Tokyo", () => {
    const ended = new Date("2026-11-26T22:00:00Z"); // Thursday 22:00 UTC = Friday 07:00 in Tokyo
    const utc = candidateFeedbackDeadline(ended, 1, { timeZone: "UTC", holidays: [] });
    expect(utc.toISOString()).toBe("2026-11-27T23:59:59.999Z"); // Friday in UTC
    const tokyo = candidateFeedbackDeadline(ended, 1, { timeZone: "Asia/Tokyo", holidays: [] });
    expect(wallClock(tokyo, "Asia/Tokyo")).toBe("2026-11-30T23:59:59.999"); // Monday in Tokyo
    expect(tokyo.toISOString()).toBe("2026-11-30T14:59:59.999Z");
  });

  it("handles large promises and many holidays", () => {
    // 2026 has 261 weekdays; Thursday 1 January is the interview day, so the 260th after it is Thursday 31 December.
    expect(localDate(candidateFeedbackDeadline(at("2026-01-01T12:00"), 260, berlin()), "Europe/Berlin")).toBe(
      "2026-12-31",
    );
    const due = candidateFeedbackDeadline(at("2026-01-01T12:00"), 100_000, berlin(["2026-01-02", "2410-03-05"]));
    expect(businessDaysBetween(at("2026-01-01T12:00"), due, berlin(["2026-01-02", "2410-03-05"]))).toBe(100_000);
  });
});

describe("candidateFeedbackDeadline: input validation", () => {
  const ended = at("2026-11-27T16:00");
  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects %d business days", (n) => {
    expect(() => candidateFeedbackDeadline(ended, n, berlin())).toThrow(
      new RangeError(`The number of business days must be a whole number of at least 1, not ${n}.`),
    );
  });
  it("rejects an unknown time zone, an invalid date and a malformed holiday", () => {
    expect(() => candidateFeedbackDeadline(ended, 1, { timeZone: "Europe/Berlinn", holidays: [] })).toThrow(
      /Unknown time zone "Europe\/Berlinn"/,
    );
    expect(() => candidateFeedbackDeadline(new Date("nope"), 1, berlin())).toThrow(
      new RangeError("endedAt is not a valid date."),
    );
    expect(() => candidateFeedbackDeadline(ended, 1, berlin(["2026-12-32"]))).toThrow(
      new RangeError('The holiday "2026-12-32" is not a calendar date written YYYY-MM-DD.'),
    );
  });
});

describe("scorecardDeadline", () => {
  it("adds elapsed hours, DST or not", () => {
    // 48 elapsed hours across the Berlin DST end read 47 hours later on the wall clock.
    const ended = at("2026-10-24T10:00");
    const due = scorecardDeadline(ended, 48);
    expect(due.getTime() - ended.getTime()).toBe(48 * 3_600_000);
    expect(wallClock(due, "Europe/Berlin")).toBe("2026-10-26T09:00:00.000");
  });
  it.each([0, -3, 1.5, Number.NaN])("rejects %d hours", (hours) => {
    expect(() => scorecardDeadline(new Date(), hours)).toThrow(RangeError);
  });
  it("rejects an invalid date", () => {
    expect(() => scorecardDeadline(new Date(Number.NaN), 24)).toThrow(new RangeError("endedAt is not a valid date."));
  });
});

describe("businessDaysBetween", () => {
  const calendar = berlin(["2026-12-02"]);
  it.each([
    ["2026-11-27T09:00", "2026-11-27T18:00", 0], // same day
    ["2026-11-27T09:00", "2026-11-30T09:00", 1], // Fri → Mon
    ["2026-11-28T09:00", "2026-11-30T09:00", 1], // Sat → Mon
    ["2026-11-27T09:00", "2026-11-29T09:00", 0], // Fri → Sun
    ["2026-11-27T09:00", "2026-12-04T09:00", 4], // Fri → Fri, with the Wednesday holiday
    ["2026-11-30T09:00", "2026-11-27T09:00", -1], // backwards
    ["2026-12-04T09:00", "2026-11-27T09:00", -4],
  ])("%s → %s is %d", (from, to, expected) => {
    expect(businessDaysBetween(at(from), at(to), calendar)).toBe(expected);
  });

  it("counts local dates: the same instants differ by zone", () => {
    const from = new Date("2026-11-26T12:00:00Z"); // Thursday everywhere below
    const to = new Date("2026-11-26T22:00:00Z"); // Thursday in UTC, Friday in Tokyo
    expect(businessDaysBetween(from, to, { timeZone: "UTC", holidays: [] })).toBe(0);
    expect(businessDaysBetween(from, to, { timeZone: "Asia/Tokyo", holidays: [] })).toBe(1);
  });

  it("is antisymmetric and agrees with counting day by day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom(...ZONES),
        holidayOffsets,
        (from, dayOffset, timeZone, offsets) => {
          const to = new Date(from.getTime() + dayOffset * 86_400_000 + 3_600_000 * (dayOffset % 24));
          const startDate = Temporal.PlainDate.from(localDate(from, timeZone));
          const calendar = { timeZone, holidays: holidaysFrom(startDate, offsets) };
          const forward = businessDaysBetween(from, to, calendar);
          const backward = businessDaysBetween(to, from, calendar);
          expect(backward + forward).toBe(0);
          expect(Object.is(backward, -0) || Object.is(forward, -0)).toBe(false);
          const a = Temporal.PlainDate.from(localDate(from, timeZone));
          const b = Temporal.PlainDate.from(localDate(to, timeZone));
          const sign = Temporal.PlainDate.compare(a, b) <= 0 ? 1 : -1;
          const [lo, hi] = sign === 1 ? [a, b] : [b, a];
          expect(forward).toBe(sign * countBusinessDays(lo, hi, calendar.holidays) || 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("dueState", () => {
  const calendar = berlin();
  const dueAt = candidateFeedbackDeadline(at("2026-11-27T16:00"), 5, calendar); // Fri 4 Dec 23:59:59.999

  it("is DUE before the deadline, with hours rounded down", () => {
    expect(dueState(dueAt, at("2026-12-01T10:30"), calendar)).toEqual({
      state: "DUE",
      dueAt,
      hoursLeft: 85, // 85 h 29 min 59.999 s
      businessDaysLeft: 3,
    });
  });

  it("is DUE on the deadline's own last millisecond, with nothing left", () => {
    expect(dueState(dueAt, dueAt, calendar)).toEqual({ state: "DUE", dueAt, hoursLeft: 0, businessDaysLeft: 0 });
  });

  it("is OVERDUE one millisecond later", () => {
    expect(dueState(dueAt, new Date(dueAt.getTime() + 1), calendar)).toEqual({
      state: "OVERDUE",
      dueAt,
      hoursOver: 0,
      businessDaysOver: 0, // Saturday: no business day has passed yet
    });
  });

  it("counts business days overdue", () => {
    expect(dueState(dueAt, at("2026-12-08T09:00"), calendar)).toEqual({
      state: "OVERDUE",
      dueAt,
      hoursOver: 81, // Sat 00:00 → Tue 09:00
      businessDaysOver: 2,
    });
  });

  it("rejects invalid dates and time zones", () => {
    expect(() => dueState(new Date(Number.NaN), new Date(), calendar)).toThrow(
      new RangeError("dueAt is not a valid date."),
    );
    expect(() => dueState(dueAt, new Date(Number.NaN), calendar)).toThrow(new RangeError("now is not a valid date."));
    expect(() => dueState(dueAt, new Date(), { timeZone: "Nowhere", holidays: [] })).toThrow(RangeError);
  });
});

describe("candidateFeedbackDeadline: properties", () => {
  it("falls at 23:59:59.999 local on a business day, exactly N business days after the interview's date", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const calendar = calendarFor(s);
        const deadline = candidateFeedbackDeadline(s.endedAt, s.n, calendar);
        const local = Temporal.Instant.fromEpochMilliseconds(deadline.getTime()).toZonedDateTimeISO(s.timeZone);
        expect(local.toPlainTime().toString({ fractionalSecondDigits: 3 })).toBe("23:59:59.999");
        // …and it is the last millisecond of that local day.
        expect(localDate(new Date(deadline.getTime() + 1), s.timeZone)).not.toBe(local.toPlainDate().toString());
        const deadlineDate = local.toPlainDate();
        expect(isBusinessDay(deadlineDate.toString(), calendar.holidays)).toBe(true);
        const endDate = Temporal.PlainDate.from(localDate(s.endedAt, s.timeZone));
        expect(countBusinessDays(endDate, deadlineDate, calendar.holidays)).toBe(s.n);
        expect(deadline.getTime()).toBeGreaterThan(s.endedAt.getTime());
        expect(businessDaysBetween(s.endedAt, deadline, calendar)).toBe(s.n);
      }),
      { numRuns: 200 },
    );
  });

  it("is strictly monotonic in N", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const calendar = calendarFor(s);
        const shorter = candidateFeedbackDeadline(s.endedAt, s.n, calendar);
        const longer = candidateFeedbackDeadline(s.endedAt, s.n + 1, calendar);
        expect(longer.getTime()).toBeGreaterThan(shorter.getTime());
        expect(businessDaysBetween(shorter, longer, calendar)).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it("moves by exactly one business day, never earlier, when a business day inside the window becomes a holiday", () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 200 }), (s, pick) => {
        const calendar = calendarFor(s);
        const before = candidateFeedbackDeadline(s.endedAt, s.n, calendar);
        const endDate = Temporal.PlainDate.from(localDate(s.endedAt, s.timeZone));
        const window = endDate.until(Temporal.PlainDate.from(localDate(before, s.timeZone))).days;
        const added = endDate.add({ days: 1 + (pick % window) }).toString(); // in (endDate, deadlineDate]
        const wasBusinessDay = isBusinessDay(added, calendar.holidays);
        const withHoliday = { ...calendar, holidays: [...calendar.holidays, added] };
        const after = candidateFeedbackDeadline(s.endedAt, s.n, withHoliday);
        expect(after.getTime()).toBeGreaterThanOrEqual(before.getTime());
        expect(businessDaysBetween(before, after, withHoliday)).toBe(wasBusinessDay ? 1 : 0);
        if (!wasBusinessDay) expect(after).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it("ignores repeated holidays and their order", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const calendar = calendarFor(s);
        const shuffled = { ...calendar, holidays: [...calendar.holidays, ...calendar.holidays].reverse() };
        expect(candidateFeedbackDeadline(s.endedAt, s.n, shuffled)).toEqual(
          candidateFeedbackDeadline(s.endedAt, s.n, calendar),
        );
      }),
      { numRuns: 100 },
    );
  });
});
