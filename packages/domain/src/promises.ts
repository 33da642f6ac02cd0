import { z } from "zod";

/** Feedback promise rules shared by the API and the portal, with wording a candidate or admin can act on. */

export const STAGE_KINDS = ["SCREEN", "TECHNICAL", "ONSITE", "FINAL", "OTHER"] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const FEEDBACK_LEVELS = ["OUTCOME", "SUMMARY", "DETAILED"] as const;
export type FeedbackLevel = (typeof FEEDBACK_LEVELS)[number];

export const PROMISE_LIMITS = {
  candidateDeadlineBusinessDays: { min: 1, max: 60 },
  scorecardDeadlineHours: { min: 1, max: 336 },
  statusCadenceDays: { min: 1, max: 60 },
} as const;

export const stageKindLabel: Record<StageKind, string> = {
  SCREEN: "Screen",
  TECHNICAL: "Technical",
  ONSITE: "Onsite",
  FINAL: "Final",
  OTHER: "Other",
};

export const feedbackLevelLabel: Record<FeedbackLevel, string> = {
  OUTCOME: "Outcome only",
  SUMMARY: "Summary",
  DETAILED: "Detailed, per competency",
};

/** A whole number within limits; a missing value, a non-number or one out of range all get `rangeMessage`. */
function boundedWholeNumber(limits: { min: number; max: number }, rangeMessage: string, wholeMessage: string) {
  return z
    .number({ error: rangeMessage })
    .int(wholeMessage)
    .min(limits.min, rangeMessage)
    .max(limits.max, rangeMessage);
}

const { candidateDeadlineBusinessDays, scorecardDeadlineHours, statusCadenceDays } = PROMISE_LIMITS;

/** The editable terms of a promise. Numbers must be numbers: forms convert their strings before parsing. */
export const promiseTermsSchema = z.object({
  level: z.enum(FEEDBACK_LEVELS, {
    error: "Choose the feedback candidates will receive: the outcome only, a summary or detailed feedback.",
  }),
  candidateDeadlineBusinessDays: boundedWholeNumber(
    candidateDeadlineBusinessDays,
    `Promise feedback within ${candidateDeadlineBusinessDays.min} to ${candidateDeadlineBusinessDays.max} business days.`,
    `Promise feedback within a whole number of business days (${candidateDeadlineBusinessDays.min} to ${candidateDeadlineBusinessDays.max}).`,
  ),
  scorecardDeadlineHours: boundedWholeNumber(
    scorecardDeadlineHours,
    `Ask for scorecards within ${scorecardDeadlineHours.min} to ${scorecardDeadlineHours.max} hours (${scorecardDeadlineHours.max / 24} days).`,
    `Ask for scorecards within a whole number of hours (${scorecardDeadlineHours.min} to ${scorecardDeadlineHours.max}).`,
  ),
  statusCadenceDays: boundedWholeNumber(
    statusCadenceDays,
    `Update candidates at least every ${statusCadenceDays.min} to ${statusCadenceDays.max} days.`,
    `Set the update cadence to a whole number of days (${statusCadenceDays.min} to ${statusCadenceDays.max}).`,
  ),
});
export type PromiseTerms = z.infer<typeof promiseTermsSchema>;

const stagePhrase: Record<StageKind, string> = {
  SCREEN: "a screening call",
  TECHNICAL: "a technical interview",
  ONSITE: "an onsite interview",
  FINAL: "a final interview",
  OTHER: "an interview",
};

const levelPhrase: Record<FeedbackLevel, string> = {
  OUTCOME: "the outcome",
  SUMMARY: "a written summary of the feedback",
  DETAILED: "detailed feedback on each competency",
};

function checkCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`The number of ${what} must be a whole number of at least 1, not ${value}.`);
  }
}

/**
 * Plain-language sentence for the public page, e.g. "After an onsite interview you will receive detailed
 * feedback on each competency within 5 business days."
 */
export function describePromise(p: {
  stageKind: StageKind;
  level: FeedbackLevel;
  candidateDeadlineBusinessDays: number;
}): string {
  const stage = stagePhrase[p.stageKind];
  const level = levelPhrase[p.level];
  if (stage === undefined) throw new RangeError(`Unknown stage kind ${JSON.stringify(p.stageKind)}.`);
  if (level === undefined) throw new RangeError(`Unknown feedback level ${JSON.stringify(p.level)}.`);
  const days = p.candidateDeadlineBusinessDays;
  checkCount(days, "business days");
  return `After ${stage} you will receive ${level} within ${days} business ${days === 1 ? "day" : "days"}.`;
}

/** "We will update you at least every 7 days while your application is open." (1 → "every day") */
export function describeCadence(days: number): string {
  checkCount(days, "days");
  return `We will update you at least every ${days === 1 ? "day" : `${days} days`} while your application is open.`;
}
