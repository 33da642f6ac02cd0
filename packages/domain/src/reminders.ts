import { Temporal } from "temporal-polyfill";
import { type BusinessCalendar, isBusinessDay, localDate } from "./sla-clock.ts";

/**
 * When each reminder and escalation about an interview is due. Pure: the API stores the results as
 * scheduled tasks and re-checks, when one comes due, whether it still has anything to say.
 */

/** An interviewer is reminded this many hours before the scorecard deadline. */
export const SCORECARD_REMINDER_LEAD_HOURS = 4;
/** Local hour at which "one business day left" alerts go out: the start of a working day. */
export const WORKDAY_START_HOUR = 9;

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
/** How far back to look for a business day: a long run of holidays never exceeds this. */
const MAX_DAYS_BACK = 366;

export type ReminderKind =
  | "scorecard-reminder"
  | "scorecard-overdue"
  | "feedback-deadline-approaching"
  | "feedback-holding-update"
  | "feedback-deadline-broken";

export interface Reminder {
  kind: ReminderKind;
  /** Unique per thing reminded about: the same event never schedules a reminder twice. */
  dedupeKey: string;
  dueAt: Date;
  /** The interviewer it is for; absent for reminders about the interview as a whole. */
  interviewerId?: string;
}

/** Before the scorecard deadline; never before the interview ended (a short deadline is reminded at once). */
export function scorecardReminderAt(scorecardDueAt: Date, endedAt: Date): Date {
  return latest(new Date(scorecardDueAt.getTime() - SCORECARD_REMINDER_LEAD_HOURS * MS_PER_HOUR), endedAt);
}

/** A deadline has passed one millisecond after it: a scorecard or release at the deadline itself is on time. */
export function deadlinePassedAt(dueAt: Date): Date {
  return new Date(dueAt.getTime() + 1);
}

/**
 * When a candidate feedback deadline is one business day away: 09:00 local on the last business day
 * before the deadline's own day (the deadline is the end of its day, so from then one business day is
 * left). Never before the interview ended: with a one-day promise that moment has already passed, and
 * the recruiter is alerted as soon as the interview is completed.
 */
export function feedbackDeadlineWarningAt(candidateFeedbackDueAt: Date, endedAt: Date, calendar: BusinessCalendar) {
  return latest(naturalWarningAt(candidateFeedbackDueAt, calendar), endedAt);
}

/**
 * When the candidate gets a holding update ("no decision yet; you will hear by <date>") if nothing was
 * released: at the same moment as the recruiter's warning. Null when that moment came before the
 * interview ended: the candidate has just been told the date, so a holding update would say nothing new.
 */
export function holdingUpdateAt(candidateFeedbackDueAt: Date, endedAt: Date, calendar: BusinessCalendar): Date | null {
  const at = naturalWarningAt(candidateFeedbackDueAt, calendar);
  return at.getTime() > endedAt.getTime() ? at : null;
}

/** An application goes cold `cadenceDays` after the last contact with the candidate. */
export function goingColdAt(lastContactAt: Date, cadenceDays: number): Date {
  if (!Number.isFinite(cadenceDays) || cadenceDays <= 0) {
    throw new RangeError(`The cadence must be a positive number of days, not ${cadenceDays}.`);
  }
  return new Date(lastContactAt.getTime() + cadenceDays * MS_PER_DAY);
}

export interface CompletedInterview {
  interviewId: string;
  endedAt: Date;
  scorecardDueAt: Date | null;
  candidateFeedbackDueAt: Date | null;
  interviewerIds: readonly string[];
}

/** Every reminder and escalation that completing an interview makes due, in time order. */
export function interviewReminders(interview: CompletedInterview, calendar: BusinessCalendar): Reminder[] {
  const { interviewId, endedAt, scorecardDueAt, candidateFeedbackDueAt } = interview;
  const reminders: Reminder[] = [];
  if (scorecardDueAt) {
    for (const interviewerId of new Set(interview.interviewerIds)) {
      reminders.push(
        {
          kind: "scorecard-reminder",
          dedupeKey: `scorecard-reminder:${interviewId}:${interviewerId}`,
          dueAt: scorecardReminderAt(scorecardDueAt, endedAt),
          interviewerId,
        },
        {
          kind: "scorecard-overdue",
          dedupeKey: `scorecard-overdue:${interviewId}:${interviewerId}`,
          dueAt: deadlinePassedAt(scorecardDueAt),
          interviewerId,
        },
      );
    }
  }
  if (candidateFeedbackDueAt) {
    reminders.push({
      kind: "feedback-deadline-approaching",
      dedupeKey: `feedback-deadline-approaching:${interviewId}`,
      dueAt: feedbackDeadlineWarningAt(candidateFeedbackDueAt, endedAt, calendar),
    });
    const holding = holdingUpdateAt(candidateFeedbackDueAt, endedAt, calendar);
    if (holding) {
      reminders.push({
        kind: "feedback-holding-update",
        dedupeKey: `feedback-holding-update:${interviewId}`,
        dueAt: holding,
      });
    }
    reminders.push({
      kind: "feedback-deadline-broken",
      dedupeKey: `feedback-deadline-broken:${interviewId}`,
      dueAt: deadlinePassedAt(candidateFeedbackDueAt),
    });
  }
  return reminders.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/* ---------------------------------------------------------------------------------------------- */

function latest(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

/** 09:00 local on the business day before the deadline's local day. */
function naturalWarningAt(candidateFeedbackDueAt: Date, calendar: BusinessCalendar): Date {
  const deadlineDay = Temporal.PlainDate.from(localDate(candidateFeedbackDueAt, calendar.timeZone));
  let day = deadlineDay.subtract({ days: 1 });
  for (let step = 0; !isBusinessDay(day.toString(), calendar.holidays); step++) {
    if (step > MAX_DAYS_BACK) throw new RangeError("No business day found in the year before the deadline.");
    day = day.subtract({ days: 1 });
  }
  const start = day.toZonedDateTime({
    timeZone: calendar.timeZone,
    plainTime: new Temporal.PlainTime(WORKDAY_START_HOUR),
  });
  return new Date(start.epochMilliseconds);
}
