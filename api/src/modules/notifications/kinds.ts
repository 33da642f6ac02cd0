/**
 * Every kind of notification. All of them appear in the portal; `optional` ones can be kept out of
 * a person's email. Deadline reminders to interviewers and recruiters are part of the job: not optional.
 */
export const NOTIFICATION_KINDS = {
  scorecard_due: {
    label: "Scorecard due soon",
    description: "Before your scorecard deadline for an interview you took part in.",
    audience: "STAFF",
    optional: false,
  },
  scorecard_overdue: {
    label: "Scorecard overdue",
    description: "When your scorecard deadline has passed without a submitted scorecard.",
    audience: "STAFF",
    optional: false,
  },
  feedback_due: {
    label: "Candidate feedback due tomorrow",
    description: "When a candidate's feedback deadline is one business day away and nothing has been released.",
    audience: "STAFF",
    optional: false,
  },
  feedback_overdue: {
    label: "Feedback promise broken",
    description: "When a candidate's feedback deadline has passed without a release.",
    audience: "STAFF",
    optional: false,
  },
  application_cold: {
    label: "Application going cold",
    description: "When a candidate has heard nothing for longer than the promised status-update cadence.",
    audience: "STAFF",
    optional: true,
  },
  feedback_released: {
    label: "Feedback released",
    description: "When a company releases feedback on one of your interviews.",
    audience: "CANDIDATE",
    optional: true,
  },
  status_update: {
    label: "Status updates",
    description: "When a company posts news about your application, including holding updates.",
    audience: "CANDIDATE",
    optional: true,
  },
  interview_update: {
    label: "Interview scheduled or moved",
    description: "When an interview is scheduled, moved or cancelled.",
    audience: "CANDIDATE",
    optional: true,
  },
  rating_invitation: {
    label: "Invitations to rate your experience",
    description: "After feedback is released and when your application closes.",
    audience: "CANDIDATE",
    optional: true,
  },
} as const satisfies Record<
  string,
  { label: string; description: string; audience: "STAFF" | "CANDIDATE"; optional: boolean }
>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const ALL_KINDS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, value);
}

export const isOptional = (kind: NotificationKind): boolean => NOTIFICATION_KINDS[kind].optional;
