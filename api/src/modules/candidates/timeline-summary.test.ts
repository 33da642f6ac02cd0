import { describe, expect, it } from "vitest";
import { summarizeEvent } from "./timeline-summary.ts";

describe("summarizeEvent", () => {
  it("describes interviews in the company's time zone", () => {
    expect(
      summarizeEvent(
        "interview.scheduled",
        { stageName: "Onsite", scheduledStart: "2026-12-03T09:00:00Z" },
        "Europe/Berlin",
      ),
    ).toBe("Onsite scheduled for Thu 3 Dec, 10:00 CET.");
  });

  it("tells the promised feedback when an interview is done", () => {
    expect(
      summarizeEvent(
        "interview.completed",
        { stageName: "Technical interview", feedbackLevel: "DETAILED", feedbackDueAt: "2026-12-04T22:59:59.999Z" },
        "Europe/Berlin",
      ),
    ).toBe("Technical interview done. You will receive detailed feedback by Fri 4 Dec, 23:59 CET.");
  });

  it("never fails on unknown kinds or missing data", () => {
    expect(summarizeEvent("something.new", {}, "UTC")).toBe("Your application was updated.");
    expect(summarizeEvent("interview.rescheduled", {}, "UTC")).toBe("Interview moved to a date to be confirmed.");
  });
});
