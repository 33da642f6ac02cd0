import type {
  FormCompetency,
  LintFinding,
  LintSeverity,
  Outcome,
  Recommendation,
  Scorecard,
  ScorecardInterview,
} from "./operations";

/**
 * Names, labels and values of the feedback forms, shared by routes and their actions. Client-safe.
 * Input names match the API's VALIDATION field keys (`competencies.<id>.evidence`, `growthAreas.0.area`),
 * so an error or a lint finding lands next to the input it is about.
 */

export const GROWTH_ROWS = 3;
export const RECOMMENDATIONS: readonly Recommendation[] = ["STRONG_NO", "NO", "YES", "STRONG_YES"];
export const OUTCOMES: readonly Outcome[] = ["ADVANCING", "NOT_ADVANCING", "OFFER"];

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  STRONG_NO: "Strong no",
  NO: "No",
  YES: "Yes",
  STRONG_YES: "Strong yes",
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  ADVANCING: "Advancing",
  NOT_ADVANCING: "Not advancing",
  OFFER: "Offer",
};

/** What the candidate reads about the outcome, in plain words. */
export const OUTCOME_SENTENCES: Record<Outcome, string> = {
  ADVANCING: "Good news: you are moving on to the next stage.",
  NOT_ADVANCING: "This time the company decided not to move forward with your application.",
  OFFER: "Good news: the company is making you an offer.",
};

export const SEVERITY_WORDS: Record<LintSeverity, string> = {
  BLOCKING: "Must fix",
  WARNING: "Suggestion",
  INFO: "Tip",
};

export const names = {
  rating: (competencyId: string) => `competencies.${competencyId}.rating`,
  evidence: (competencyId: string) => `competencies.${competencyId}.evidence`,
  growthArea: (row: number) => `growthAreas.${row}.area`,
  growthSuggestion: (row: number) => `growthAreas.${row}.suggestion`,
  detail: (row: number) => `details.${row}.comment`,
  detailCompetency: (row: number) => `details.${row}.competency`,
};

/** A field name as an element id (`competencies.abc.evidence` → `competencies-abc-evidence`). */
export function fieldId(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, "-");
}

export type ScorecardValues = {
  ratings: Record<string, string>;
  evidence: Record<string, string>;
  strengths: string;
  growthAreas: { area: string; suggestion: string }[];
  recommendation: string;
  privateNotes: string;
};

/** The form's starting values: the saved draft (its growth areas padded to three rows) or blanks. */
export function scorecardValues(scorecard: Scorecard | null): ScorecardValues {
  const ratings: Record<string, string> = {};
  const evidence: Record<string, string> = {};
  for (const r of scorecard?.ratings ?? []) {
    ratings[r.competencyId] = r.rating === null ? "" : String(r.rating);
    evidence[r.competencyId] = r.evidence;
  }
  const growthAreas = Array.from({ length: GROWTH_ROWS }, (_, row) => ({
    area: scorecard?.growthAreas[row]?.area ?? "",
    suggestion: scorecard?.growthAreas[row]?.suggestion ?? "",
  }));
  return {
    ratings,
    evidence,
    strengths: scorecard?.strengths ?? "",
    growthAreas,
    recommendation: scorecard?.recommendation ?? "",
    privateNotes: scorecard?.privateNotes ?? "",
  };
}

/** A readable name for a field key, for lint hints and error summaries. */
export function fieldLabel(field: string, competencies: readonly Pick<FormCompetency, "id" | "name">[] = []): string {
  const growth = /^growthAreas\.(\d+)\.(area|suggestion)$/.exec(field);
  if (growth) {
    const n = Number(growth[1]) + 1;
    return growth[2] === "area" ? `Growth area ${n}` : `Suggestion for growth area ${n}`;
  }
  if (/^growthAreas\.(\d+)$/.test(field)) return `Growth area ${Number(field.split(".")[1]) + 1}`;
  const competency = /^competencies\.([^.]+)\.(evidence|rating)$/.exec(field);
  if (competency) {
    const name = competencies.find((c) => c.id === competency[1])?.name ?? "Competency";
    return competency[2] === "evidence" ? `${name}: evidence` : `${name}: rating`;
  }
  const detail = /^details\.(.+?)(?:\.comment)?$/.exec(field);
  const subject = detail?.[1];
  if (subject)
    return /^\d+$/.test(subject) ? `Feedback on competency ${Number(subject) + 1}` : `Feedback on ${subject}`;
  switch (field) {
    case "strengths":
      return "Strengths";
    case "privateNotes":
      return "Private notes";
    case "recommendation":
      return "Recommendation";
    case "summary":
      return "Summary for the candidate";
    case "outcome":
      return "Outcome";
    default:
      return field;
  }
}

/** Findings grouped by field, fields in first-seen order and the most severe finding first within each. */
export function groupFindings(findings: readonly LintFinding[]): { field: string; findings: LintFinding[] }[] {
  const rank: Record<LintSeverity, number> = { BLOCKING: 0, WARNING: 1, INFO: 2 };
  const groups = new Map<string, LintFinding[]>();
  for (const f of findings) {
    const list = groups.get(f.field) ?? [];
    list.push(f);
    groups.set(f.field, list);
  }
  return [...groups.entries()].map(([field, list]) => ({
    field,
    findings: [...list].sort((a, b) => rank[a.severity] - rank[b.severity]),
  }));
}

/** "Fix 1 thing before submitting", "Fix 2 things before releasing". */
export function fixCount(count: number, action: string): string {
  return `Fix ${count} ${count === 1 ? "thing" : "things"} before ${action}`;
}

/** Whether the interview's scorecard is past its due time (and not yet submitted). */
export function isOverdue(interview: Pick<ScorecardInterview, "scorecardDueAt">, now: number): boolean {
  return interview.scorecardDueAt !== null && Date.parse(interview.scorecardDueAt) < now;
}

/** "in 3 days", "in 5 hours", "2 days ago": a coarse, human distance between now and a moment. */
export function dueWording(dueAt: string | null, now: number): { overdue: boolean; text: string } | null {
  if (!dueAt) return null;
  const diff = Date.parse(dueAt) - now;
  if (Number.isNaN(diff)) return null;
  const abs = Math.abs(diff);
  const hours = Math.round(abs / 3_600_000);
  const days = Math.round(abs / 86_400_000);
  const span =
    abs < 3_600_000
      ? "less than an hour"
      : hours < 48
        ? `${hours} ${hours === 1 ? "hour" : "hours"}`
        : `${days} ${days === 1 ? "day" : "days"}`;
  return diff >= 0 ? { overdue: false, text: `Due in ${span}` } : { overdue: true, text: `Overdue by ${span}` };
}

/** Whole days a release came after its due time (at least 1 when late at all). */
export function daysLate(releasedAt: string, dueAt: string | null): number {
  if (!dueAt) return 0;
  const diff = Date.parse(releasedAt) - Date.parse(dueAt);
  return diff > 0 ? Math.max(1, Math.ceil(diff / 86_400_000)) : 0;
}

// ---------------------------------------------------------------- form templates

export const TEMPLATE_BLOCKS = 8;
export const TEMPLATE_POINTS = 4;

export type TemplateBlockValues = {
  name: string;
  description: string;
  evidenceRequired: boolean;
  scale: { label: string; anchor: string }[];
};

export const templateNames = {
  name: (block: number) => `competencies.${block}.name`,
  description: (block: number) => `competencies.${block}.description`,
  evidenceRequired: (block: number) => `competencies.${block}.evidenceRequired`,
  label: (block: number, point: number) => `competencies.${block}.scale.${point}.label`,
  anchor: (block: number, point: number) => `competencies.${block}.scale.${point}.anchor`,
};
