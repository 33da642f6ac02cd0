import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  deadlinePassedAt,
  feedbackDeadlineWarningAt,
  goingColdAt,
  holdingUpdateAt,
  interviewReminders,
  scorecardReminderAt,
} from "./reminders.ts";
import { type BusinessCalendar, businessDaysBetween, candidateFeedbackDeadline, localDate } from "./sla-clock.ts";

const berlin: BusinessCalendar = { timeZone: "Europe/Berlin", holidays: [] };
const newYorkThanksgiving: BusinessCalendar = { timeZone: "America/New_York", holidays: ["2026-11-26", "2026-11-27"] };

describe("scorecard reminders", () => {
  it("reminds four hours before the deadline", () => {
    const ended = new Date("2026-11-25T14:00:00Z");
    const due = new Date("2026-11-26T14:00:00Z");
    expect(scorecardReminderAt(due, ended)).toEqual(new Date("2026-11-26T10:00:00Z"));
  });

  it("reminds at once when the whole deadline is shorter than four hours", () => {
    const ended = new Date("2026-11-25T14:00:00Z");
    expect(scorecardReminderAt(new Date("2026-11-25T16:00:00Z"), ended)).toEqual(ended);
  });

  it("escalates one millisecond after the deadline, so a scorecard at the deadline is on time", () => {
    expect(deadlinePassedAt(new Date("2026-11-26T14:00:00.000Z"))).toEqual(new Date("2026-11-26T14:00:00.001Z"));
  });
});

describe("candidate feedback deadline one business day away", () => {
  it("warns at 09:00 local on the business day before the deadline's day", () => {
    // Wednesday afternoon in Berlin, three business days: Thu, Fri, Mon → Monday 30 Nov 23:59:59.999.
    const ended = new Date("2026-11-25T14:00:00Z");
    const due = candidateFeedbackDeadline(ended, 3, berlin);
    expect(due).toEqual(new Date("2026-11-30T22:59:59.999Z"));
    // Friday 27 Nov, 09:00 CET.
    expect(feedbackDeadlineWarningAt(due, ended, berlin)).toEqual(new Date("2026-11-27T08:00:00Z"));
    expect(holdingUpdateAt(due, ended, berlin)).toEqual(new Date("2026-11-27T08:00:00Z"));
  });

  it("skips the weekend and holidays when looking back, and uses the offset in force that day (DST)", () => {
    // Berlin leaves summer time on Sunday 25 Oct 2026. Ended Thursday 22 Oct: Fri (1), Mon (2).
    const ended = new Date("2026-10-22T10:00:00Z");
    const due = candidateFeedbackDeadline(ended, 2, berlin);
    expect(due).toEqual(new Date("2026-10-26T22:59:59.999Z"));
    // Friday 23 Oct, 09:00 CEST (UTC+2).
    expect(feedbackDeadlineWarningAt(due, ended, berlin)).toEqual(new Date("2026-10-23T07:00:00Z"));
  });

  it("looks back over holidays to the last business day", () => {
    // New York, Thanksgiving Thursday and Friday off. Ended Tuesday 24 Nov, two business days: Wed, Mon.
    const ended = new Date("2026-11-24T20:00:00Z");
    const due = candidateFeedbackDeadline(ended, 2, newYorkThanksgiving);
    expect(localDate(due, "America/New_York")).toBe("2026-11-30");
    // Wednesday 25 Nov, 09:00 EST (UTC−5).
    expect(feedbackDeadlineWarningAt(due, ended, newYorkThanksgiving)).toEqual(new Date("2026-11-25T14:00:00Z"));
  });

  it("alerts the recruiter at once, without a holding update, when the promise is one business day", () => {
    // Ended Wednesday 25 Nov 10:00 in New York; one business day, skipping the holidays → Monday 30 Nov.
    const ended = new Date("2026-11-25T15:00:00Z");
    const due = candidateFeedbackDeadline(ended, 1, newYorkThanksgiving);
    expect(localDate(due, "America/New_York")).toBe("2026-11-30");
    // 09:00 on Wednesday came before the interview ended.
    expect(feedbackDeadlineWarningAt(due, ended, newYorkThanksgiving)).toEqual(ended);
    expect(holdingUpdateAt(due, ended, newYorkThanksgiving)).toBeNull();
  });

  const ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "Australia/Adelaide", "UTC"];

  it("leaves exactly one business day before the deadline, never before the interview ended (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2050-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.integer({ min: -3, max: 60 }), { maxLength: 12 }),
        (endedAt, timeZone, days, offsets) => {
          const start = Temporal.PlainDate.from(localDate(endedAt, timeZone));
          const calendar = { timeZone, holidays: offsets.map((d) => start.add({ days: d }).toString()) };
          const due = candidateFeedbackDeadline(endedAt, days, calendar);
          const warning = feedbackDeadlineWarningAt(due, endedAt, calendar);
          const holding = holdingUpdateAt(due, endedAt, calendar);
          expect(warning.getTime()).toBeGreaterThanOrEqual(endedAt.getTime());
          expect(warning.getTime()).toBeLessThan(due.getTime());
          if (holding) {
            expect(holding).toEqual(warning);
            expect(businessDaysBetween(holding, due, calendar)).toBe(1);
            expect(
              new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(holding),
            ).toBe("09");
          } else {
            expect(warning).toEqual(endedAt);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("going cold", () => {
  it("is the cadence after the last contact", () => {
    expect(goingColdAt(new Date("2026-11-01T12:00:00Z"), 7)).toEqual(new Date("2026-11-08T12:00:00Z"));
  });

  it("refuses a cadence that is not positive", () => {
    expect(() => goingColdAt(new Date(), 0)).toThrow(/positive number of days/);
  });
});

describe("interviewReminders", () => {
  const ended = new Date("2026-11-25T14:00:00Z");

  it("schedules each interviewer's reminder and escalation, and the deadline alerts, in time order", () => {
    const reminders = interviewReminders(
      {
        interviewId: "i1",
        endedAt: ended,
        scorecardDueAt: new Date("2026-11-26T14:00:00Z"),
        candidateFeedbackDueAt: candidateFeedbackDeadline(ended, 3, berlin),
        interviewerIds: ["u1", "u2", "u1"],
      },
      berlin,
    );
    expect(reminders.map((r) => [r.dedupeKey, r.dueAt.toISOString()])).toEqual([
      ["scorecard-reminder:i1:u1", "2026-11-26T10:00:00.000Z"],
      ["scorecard-reminder:i1:u2", "2026-11-26T10:00:00.000Z"],
      ["scorecard-overdue:i1:u1", "2026-11-26T14:00:00.001Z"],
      ["scorecard-overdue:i1:u2", "2026-11-26T14:00:00.001Z"],
      ["feedback-deadline-approaching:i1", "2026-11-27T08:00:00.000Z"],
      ["feedback-holding-update:i1", "2026-11-27T08:00:00.000Z"],
      ["feedback-deadline-broken:i1", "2026-11-30T23:00:00.000Z"],
    ]);
  });

  it("schedules nothing when no promise was in force", () => {
    expect(
      interviewReminders(
        {
          interviewId: "i1",
          endedAt: ended,
          scorecardDueAt: null,
          candidateFeedbackDueAt: null,
          interviewerIds: ["u1"],
        },
        berlin,
      ),
    ).toEqual([]);
  });
});
