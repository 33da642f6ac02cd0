import { biasCategoryLabel, CRITICISM, NEGATION, PRAISE, TERMS, type Term, type TermKind } from "./lexicon.ts";

/**
 * Feedback-quality lint: guidance while an interviewer writes a scorecard and minimums on submit. Pure, fast
 * enough to run on every keystroke, and every finding says what to change.
 */

export const FINDING_KINDS = [
  "VAGUE",
  "PERSONALITY",
  "MISSING_EVIDENCE",
  "NO_SUGGESTION",
  "CONTRADICTION",
  "BIAS",
  "TOO_SHORT",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const SEVERITIES = ["BLOCKING", "WARNING", "INFO"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** What to fix, in words an interviewer can act on. */
  message: string;
  /** "strengths", "growthAreas.0.area", "growthAreas.0.suggestion", "competencies.<id>.evidence" or "privateNotes". */
  field: string;
  /** UTF-16 offsets of the flagged text in that field, as `String.prototype.slice` counts; 0, 0 for the whole field. */
  start: number;
  end: number;
  /** Exactly `fieldText.slice(start, end)` ("" for a whole-field finding). */
  excerpt: string;
}

export interface FeedbackCompetency {
  id: string;
  name: string;
  /** On a scale from 1 to `scaleMax`; null while unrated. */
  rating: number | null;
  scaleMax: number;
  evidence: string;
  evidenceRequired: boolean;
}

export interface FeedbackDraft {
  competencies: FeedbackCompetency[];
  /** Candidate-facing. */
  strengths: string;
  /** Candidate-facing. */
  growthAreas: Array<{ area: string; suggestion: string }>;
  /** Internal: never shown to candidates, still checked for bias. */
  privateNotes?: string;
}

export interface FeedbackLintResult {
  findings: Finding[];
  /** 0–100; 100 means no findings. See `SEVERITY_PENALTY`. */
  score: number;
  /** True when any finding is BLOCKING: the scorecard cannot be submitted as it is. */
  blocking: boolean;
}

/** Minimum lengths, counted on the trimmed text with runs of white space counted as one character. */
export interface FeedbackLintOptions {
  minStrengthsChars: number;
  minGrowthAreaChars: number;
  minSuggestionChars: number;
  minEvidenceChars: number;
}

export const FEEDBACK_LINT_DEFAULTS: Readonly<FeedbackLintOptions> = {
  minStrengthsChars: 40,
  minGrowthAreaChars: 15,
  minSuggestionChars: 15,
  minEvidenceChars: 30,
};

/** The score starts at 100 and loses this much per finding, never going below 0. */
export const SEVERITY_PENALTY: Readonly<Record<Severity, number>> = { BLOCKING: 25, WARNING: 10, INFO: 5 };

const TERM_PRIORITY: Record<TermKind, number> = { BIAS: 3, PERSONALITY: 2, VAGUE: 1 };

const WORD_CHAR = "[\\p{L}\\p{N}_]";

/** Applies the lexicon's conventions: " " is one or more spaces or hyphens, "'" an optional apostrophe. */
function lexiconSource(pattern: string): string {
  return pattern
    .replaceAll(" ?", "[\\s\\-]*")
    .replaceAll(" *", "[\\s\\-]*")
    .replaceAll(" ", "[\\s\\-]+")
    .replaceAll("'", "['’]?");
}

function wholeWords(pattern: string, caseSensitive = false): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:${lexiconSource(pattern)})(?!${WORD_CHAR})`, caseSensitive ? "gu" : "giu");
}

const compiledTerms = TERMS.map((term) => ({ term, regex: wholeWords(term.pattern, term.caseSensitive) }));
const praiseRegex = wholeWords(PRAISE);
const criticismRegex = wholeWords(CRITICISM);

interface TermHit {
  term: Term;
  start: number;
  end: number;
}

const CONTEXT_CHARS = 40;

function findTerms(text: string, kinds: ReadonlySet<TermKind>): TermHit[] {
  const hits: TermHit[] = [];
  for (const { term, regex } of compiledTerms) {
    if (!kinds.has(term.kind)) continue;
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) continue;
      if (term.unlessBefore?.test(text.slice(Math.max(0, start - CONTEXT_CHARS), start))) continue;
      if (term.unlessAfter?.test(text.slice(end, end + CONTEXT_CHARS))) continue;
      hits.push({ term, start, end });
    }
  }
  // One finding per stretch of text: the most serious kind wins, then the longest phrase ("not a good fit" over "good").
  hits.sort(
    (a, b) =>
      TERM_PRIORITY[b.term.kind] - TERM_PRIORITY[a.term.kind] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: TermHit[] = [];
  for (const hit of hits) {
    if (kept.every((k) => hit.end <= k.start || hit.start >= k.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function quote(text: string): string {
  return `“${text.replace(/\s+/g, " ").trim()}”`;
}

function termMessage(term: Term, excerpt: string): string {
  const q = quote(excerpt);
  if (term.kind === "BIAS") {
    const about = biasCategoryLabel[term.category ?? "age"];
    return `${q} refers to ${about}, which must play no part in a hiring decision: remove it and keep to what the candidate did in the interview.`;
  }
  if (term.kind === "PERSONALITY") {
    return `${q} describes personality, not behaviour: say what the candidate did, e.g. “interrupted twice while the interviewer explained the requirement”.`;
  }
  if (term.verdict) {
    return `${q} gives a verdict without its reason: name the job-related behaviour behind it, e.g. “started coding before asking what the inputs were”.`;
  }
  return `${q} says little: name what the candidate did, e.g. “wrote tests before the fix”.`;
}

/** Length as a reader sees it: trimmed, with runs of white space counted once. */
function visibleLength(text: string): number {
  return text.replace(/\s+/g, " ").trim().length;
}

function wholeField(kind: FindingKind, severity: Severity, field: string, message: string): Finding {
  return { kind, severity, message, field, start: 0, end: 0, excerpt: "" };
}

type FieldRole = "strengths" | "growthArea" | "suggestion" | "evidence" | "internal";

function roleOf(field: string): FieldRole {
  if (field === "privateNotes") return "internal";
  if (/^growthAreas\.\d+\.area$/.test(field)) return "growthArea";
  if (/^growthAreas\.\d+\.suggestion$/.test(field)) return "suggestion";
  if (/^competencies\..+\.evidence$/.test(field)) return "evidence";
  return "strengths";
}

const CANDIDATE_FACING = new Set<TermKind>(["VAGUE", "PERSONALITY", "BIAS"]);
const INTERNAL = new Set<TermKind>(["BIAS"]);

function tooShort(text: string, field: string, role: FieldRole, options: FeedbackLintOptions): Finding[] {
  const length = visibleLength(text);
  if (role === "strengths") {
    if (length === 0) {
      return [
        wholeField(
          "TOO_SHORT",
          "BLOCKING",
          field,
          "Write at least one strength: something specific the candidate did well.",
        ),
      ];
    }
    if (length < options.minStrengthsChars) {
      return [
        wholeField(
          "TOO_SHORT",
          "BLOCKING",
          field,
          `Add detail to the strengths (at least ${options.minStrengthsChars} characters): what did the candidate do, and why did it matter?`,
        ),
      ];
    }
  }
  if (role === "growthArea") {
    if (length === 0) {
      return [wholeField("TOO_SHORT", "BLOCKING", field, "Name the growth area, or remove this row.")];
    }
    if (length < options.minGrowthAreaChars) {
      return [
        wholeField(
          "TOO_SHORT",
          "WARNING",
          field,
          `Describe the growth area in a few more words (at least ${options.minGrowthAreaChars} characters), e.g. “testing the error paths”.`,
        ),
      ];
    }
  }
  return [];
}

/**
 * Lints one free-text snippet as if it were candidate-facing text (used by the corpus and for live hints).
 * The field decides which rules apply: "privateNotes" is checked for bias only; a growth area's name must
 * reach `minGrowthAreaChars`; suggestions and evidence have no length rule here (`lintFeedback` checks them
 * with their context); any other field is treated as candidate-facing strengths and must reach `minStrengthsChars`.
 */
export function lintText(text: string, field = "strengths", options: Partial<FeedbackLintOptions> = {}): Finding[] {
  const opts = { ...FEEDBACK_LINT_DEFAULTS, ...options };
  const role = roleOf(field);
  const findings = tooShort(text, field, role, opts);
  for (const hit of findTerms(text, role === "internal" ? INTERNAL : CANDIDATE_FACING)) {
    const excerpt = text.slice(hit.start, hit.end);
    findings.push({
      kind: hit.term.kind,
      severity: hit.term.kind === "BIAS" ? "BLOCKING" : "WARNING",
      message: termMessage(hit.term, excerpt),
      field,
      start: hit.start,
      end: hit.end,
      excerpt,
    });
  }
  return findings;
}

/** Verbs that start a piece of advice ("Practise …", "Read …", "Try …"). */
const ADVICE_VERBS = [
  "practise",
  "practice",
  "rehearse",
  "write",
  "read",
  "try",
  "use",
  "learn",
  "build",
  "review",
  "pair",
  "ask",
  "explain",
  "start",
  "stop",
  "spend",
  "take",
  "set",
  "add",
  "study",
  "focus",
  "work",
  "prepare",
  "break",
  "plan",
  "sketch",
  "draw",
  "test",
  "measure",
  "profile",
  "look",
  "consider",
  "aim",
  "keep",
  "split",
  "narrate",
  "talk",
  "think",
  "walk",
  "state",
  "check",
  "clarify",
  "summarise",
  "summarize",
  "document",
  "timebox",
  "time-box",
  "record",
  "watch",
  "join",
  "contribute",
  "refactor",
  "name",
  "list",
  "outline",
  "compare",
  "benchmark",
  "experiment",
  "revisit",
  "follow",
  "apply",
  "run",
  "share",
  "lead",
  "mentor",
  "seek",
  "get",
  "make",
  "give",
  "avoid",
  "begin",
  "prioritise",
  "prioritize",
  "slow",
  "pause",
  "verify",
  "validate",
  "cover",
  "repeat",
  "rewrite",
  "structure",
  "ship",
  "automate",
  "handle",
  "describe",
  "define",
  "choose",
  "pick",
  "scope",
  "estimate",
  "identify",
  "quantify",
  "show",
  "demonstrate",
  "reach",
  "invest",
  "volunteer",
  "attend",
  "schedule",
  "reflect",
  "note",
  "go",
  "dig",
  "spell",
  "lay",
  "open",
  "frame",
  "trace",
  "read up",
];

/** Advice verbs in the imperative: "Practise …", not "Practising …" (which usually comes with "would help" anyway). */
const ADVICE_VERB = ADVICE_VERBS.join("|");

/**
 * Keeps the "is it actionable?" check simple: an advice verb opening a sentence, clause or bullet ("Practise …",
 * "… and then read …"), "to <verb>", or a modal or advice phrase ("could", "next time", "focus on").
 */
const ACTION = new RegExp(
  String.raw`(?:(?:^|[.;:!?\n•*–-]\s*|\b(?:and|then|also|maybe|perhaps|please|to|by|first|try)\s+)(?:${ADVICE_VERB})(?![\p{L}\p{N}_]))|\b(?:could|should|might|would|recommend|suggest|next time|going forward|work on|focus on)\b`,
  "iu",
);

function suggestionProblem(suggestion: string, minChars: number): string | null {
  if (visibleLength(suggestion) === 0) return "Add a suggestion: one thing the candidate could do to improve here.";
  if (visibleLength(suggestion) < minChars || !ACTION.test(suggestion)) {
    return `Make the suggestion actionable (at least ${minChars} characters, starting from a verb), e.g. “practise talking through a design out loud before coding it”.`;
  }
  return null;
}

function countTone(evidence: string): { praise: number; criticism: number } {
  let praise = 0;
  let criticism = 0;
  const negated = (index: number) => NEGATION.test(evidence.slice(Math.max(0, index - CONTEXT_CHARS), index));
  for (const match of evidence.matchAll(praiseRegex)) {
    if (negated(match.index)) criticism++;
    else praise++;
  }
  for (const match of evidence.matchAll(criticismRegex)) {
    if (negated(match.index)) praise++;
    else criticism++;
  }
  return { praise, criticism };
}

/** A low rating is in the bottom quarter of a 1-to-`scaleMax` scale (1–2 of 5, 1 of 4); a top rating is `scaleMax`. */
function contradiction(c: FeedbackCompetency): string | null {
  if (c.rating === null || !Number.isFinite(c.rating) || !(c.scaleMax > 1)) return null;
  if (visibleLength(c.evidence) === 0) return null;
  const position = (c.rating - 1) / (c.scaleMax - 1);
  const tone = countTone(c.evidence);
  const name = quote(c.name);
  if (position <= 0.25 && tone.praise > 0 && tone.criticism === 0) {
    return `${name} is rated ${c.rating} of ${c.scaleMax}, but its evidence only praises: check the rating, or add what fell short.`;
  }
  if (c.rating >= c.scaleMax && tone.criticism > 0 && tone.praise === 0) {
    return `${name} has the top rating (${c.rating} of ${c.scaleMax}), but its evidence only criticises: check the rating, or add what the candidate did well.`;
  }
  return null;
}

/** 100 minus `SEVERITY_PENALTY` per finding, never below 0. */
export function scoreFindings(findings: readonly Finding[]): number {
  return Math.max(
    0,
    findings.reduce((score, f) => score - SEVERITY_PENALTY[f.severity], 100),
  );
}

/**
 * Lints a whole scorecard draft. Competency evidence (candidate-facing in detailed feedback), strengths and
 * growth areas get the text rules; private notes are checked for bias only. Findings come in form order.
 */
export function lintFeedback(draft: FeedbackDraft, options: Partial<FeedbackLintOptions> = {}): FeedbackLintResult {
  const opts = { ...FEEDBACK_LINT_DEFAULTS, ...options };
  const findings: Finding[] = [];

  for (const c of draft.competencies) {
    const field = `competencies.${c.id}.evidence`;
    if (c.rating !== null && c.evidenceRequired && visibleLength(c.evidence) < opts.minEvidenceChars) {
      findings.push(
        wholeField(
          "MISSING_EVIDENCE",
          "BLOCKING",
          field,
          `Add evidence for ${quote(c.name)} (at least ${opts.minEvidenceChars} characters): what the candidate said or did that supports the rating.`,
        ),
      );
    }
    const mismatch = contradiction(c);
    if (mismatch) findings.push(wholeField("CONTRADICTION", "WARNING", field, mismatch));
    findings.push(...lintText(c.evidence, field, opts));
  }

  findings.push(...lintText(draft.strengths, "strengths", opts));

  draft.growthAreas.forEach((growth, i) => {
    const areaField = `growthAreas.${i}.area`;
    const suggestionField = `growthAreas.${i}.suggestion`;
    findings.push(...lintText(growth.area, areaField, opts));
    // A blank row is reported once, on its area.
    if (visibleLength(growth.area) > 0 || visibleLength(growth.suggestion) > 0) {
      const problem = suggestionProblem(growth.suggestion, opts.minSuggestionChars);
      if (problem) findings.push(wholeField("NO_SUGGESTION", "BLOCKING", suggestionField, problem));
    }
    findings.push(...lintText(growth.suggestion, suggestionField, opts));
  });

  if (draft.privateNotes !== undefined) findings.push(...lintText(draft.privateNotes, "privateNotes", opts));

  return { findings, score: scoreFindings(findings), blocking: findings.some((f) => f.severity === "BLOCKING") };
}
