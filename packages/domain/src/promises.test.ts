import { describe, expect, it } from "vitest";
import { fieldErrors } from "./accounts.ts";
import {
  describeCadence,
  describePromise,
  FEEDBACK_LEVELS,
  type FeedbackLevel,
  feedbackLevelLabel,
  PROMISE_LIMITS,
  promiseTermsSchema,
  STAGE_KINDS,
  type StageKind,
  stageKindLabel,
} from "./promises.ts";

describe("describePromise", () => {
  it("reads the example from the design", () => {
    expect(describePromise({ stageKind: "ONSITE", level: "DETAILED", candidateDeadlineBusinessDays: 5 })).toBe(
      "After an onsite interview you will receive detailed feedback on each competency within 5 business days.",
    );
  });

  it.each<[StageKind, string]>([
    ["SCREEN", "After a screening call you will receive the outcome within 3 business days."],
    ["TECHNICAL", "After a technical interview you will receive the outcome within 3 business days."],
    ["ONSITE", "After an onsite interview you will receive the outcome within 3 business days."],
    ["FINAL", "After a final interview you will receive the outcome within 3 business days."],
    ["OTHER", "After an interview you will receive the outcome within 3 business days."],
  ])("names the %s stage", (stageKind, sentence) => {
    expect(describePromise({ stageKind, level: "OUTCOME", candidateDeadlineBusinessDays: 3 })).toBe(sentence);
  });

  it.each<[FeedbackLevel, string]>([
    ["OUTCOME", "After a final interview you will receive the outcome within 10 business days."],
    ["SUMMARY", "After a final interview you will receive a written summary of the feedback within 10 business days."],
    [
      "DETAILED",
      "After a final interview you will receive detailed feedback on each competency within 10 business days.",
    ],
  ])("names the %s level", (level, sentence) => {
    expect(describePromise({ stageKind: "FINAL", level, candidateDeadlineBusinessDays: 10 })).toBe(sentence);
  });

  it("says 1 business day in the singular", () => {
    expect(describePromise({ stageKind: "SCREEN", level: "SUMMARY", candidateDeadlineBusinessDays: 1 })).toBe(
      "After a screening call you will receive a written summary of the feedback within 1 business day.",
    );
  });

  it("covers every stage kind and level with a full sentence", () => {
    for (const stageKind of STAGE_KINDS) {
      for (const level of FEEDBACK_LEVELS) {
        const sentence = describePromise({ stageKind, level, candidateDeadlineBusinessDays: 2 });
        expect(sentence).toMatch(/^After an? [a-z ]+ you will receive [a-z ]+ within 2 business days\.$/);
        expect(sentence).not.toMatch(/undefined/);
      }
    }
  });

  it.each([0, -1, 2.5, Number.NaN])("refuses to promise %d business days", (days) => {
    expect(() =>
      describePromise({ stageKind: "SCREEN", level: "OUTCOME", candidateDeadlineBusinessDays: days }),
    ).toThrow(RangeError);
  });

  it("refuses an unknown stage kind or level", () => {
    const stageKind = "LUNCH" as StageKind;
    expect(() => describePromise({ stageKind, level: "OUTCOME", candidateDeadlineBusinessDays: 2 })).toThrow(
      new RangeError('Unknown stage kind "LUNCH".'),
    );
    const level = "GOSSIP" as FeedbackLevel;
    expect(() => describePromise({ stageKind: "SCREEN", level, candidateDeadlineBusinessDays: 2 })).toThrow(
      new RangeError('Unknown feedback level "GOSSIP".'),
    );
  });
});

describe("describeCadence", () => {
  it.each([
    [1, "We will update you at least every day while your application is open."],
    [2, "We will update you at least every 2 days while your application is open."],
    [7, "We will update you at least every 7 days while your application is open."],
  ])("%d → %j", (days, sentence) => {
    expect(describeCadence(days)).toBe(sentence);
  });
  it.each([0, 1.5, -7])("refuses %d days", (days) => {
    expect(() => describeCadence(days)).toThrow(RangeError);
  });
});

describe("labels", () => {
  it("labels every stage kind and level", () => {
    expect(STAGE_KINDS.map((kind) => stageKindLabel[kind])).toEqual([
      "Screen",
      "Technical",
      "Onsite",
      "Final",
      "Other",
    ]);
    expect(FEEDBACK_LEVELS.map((level) => feedbackLevelLabel[level])).toEqual([
      "Outcome only",
      "Summary",
      "Detailed, per competency",
    ]);
  });
});

describe("promiseTermsSchema", () => {
  const valid = {
    level: "SUMMARY",
    candidateDeadlineBusinessDays: 5,
    scorecardDeadlineHours: 48,
    statusCadenceDays: 7,
  };

  it("accepts terms within the limits, inclusive", () => {
    expect(promiseTermsSchema.parse(valid)).toEqual(valid);
    const lowest = {
      level: "OUTCOME",
      candidateDeadlineBusinessDays: 1,
      scorecardDeadlineHours: 1,
      statusCadenceDays: 1,
    };
    expect(promiseTermsSchema.parse(lowest)).toEqual(lowest);
    const highest = {
      level: "DETAILED",
      candidateDeadlineBusinessDays: PROMISE_LIMITS.candidateDeadlineBusinessDays.max,
      scorecardDeadlineHours: PROMISE_LIMITS.scorecardDeadlineHours.max,
      statusCadenceDays: PROMISE_LIMITS.statusCadenceDays.max,
    };
    expect(promiseTermsSchema.parse(highest)).toEqual(highest);
  });

  const errorsFor = (patch: Record<string, unknown>) => {
    const result = promiseTermsSchema.safeParse({ ...valid, ...patch });
    if (result.success) throw new Error("expected the terms to be rejected");
    return fieldErrors(result.error);
  };

  it.each([
    [0, "Promise feedback within 1 to 60 business days."],
    [61, "Promise feedback within 1 to 60 business days."],
    [2.5, "Promise feedback within a whole number of business days (1 to 60)."],
    ["abc", "Promise feedback within 1 to 60 business days."],
    ["5", "Promise feedback within 1 to 60 business days."],
    [Number.NaN, "Promise feedback within 1 to 60 business days."],
    [undefined, "Promise feedback within 1 to 60 business days."],
  ])("rejects %j business days", (value, message) => {
    expect(errorsFor({ candidateDeadlineBusinessDays: value })).toEqual({ candidateDeadlineBusinessDays: message });
  });

  it.each([
    [0, "Ask for scorecards within 1 to 336 hours (14 days)."],
    [337, "Ask for scorecards within 1 to 336 hours (14 days)."],
    [2.5, "Ask for scorecards within a whole number of hours (1 to 336)."],
    ["abc", "Ask for scorecards within 1 to 336 hours (14 days)."],
  ])("rejects %j scorecard hours", (value, message) => {
    expect(errorsFor({ scorecardDeadlineHours: value })).toEqual({ scorecardDeadlineHours: message });
  });

  it.each([
    [0, "Update candidates at least every 1 to 60 days."],
    [61, "Update candidates at least every 1 to 60 days."],
    [2.5, "Set the update cadence to a whole number of days (1 to 60)."],
    ["abc", "Update candidates at least every 1 to 60 days."],
  ])("rejects a %j-day cadence", (value, message) => {
    expect(errorsFor({ statusCadenceDays: value })).toEqual({ statusCadenceDays: message });
  });

  it.each([["GOSSIP"], [undefined], ["outcome"]])("rejects the level %j", (level) => {
    expect(errorsFor({ level })).toEqual({
      level: "Choose the feedback candidates will receive: the outcome only, a summary or detailed feedback.",
    });
  });

  it("reports every bad field at once", () => {
    expect(
      Object.keys(
        errorsFor({ level: "", candidateDeadlineBusinessDays: 0, scorecardDeadlineHours: 0, statusCadenceDays: 0 }),
      ),
    ).toEqual(["level", "candidateDeadlineBusinessDays", "scorecardDeadlineHours", "statusCadenceDays"]);
  });
});
