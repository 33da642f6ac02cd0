import {
  GROWTH_ROWS,
  names,
  RECOMMENDATIONS,
  type ScorecardValues,
  TEMPLATE_BLOCKS,
  TEMPLATE_POINTS,
  type TemplateBlockValues,
  templateNames,
} from "./feedback";
import { text } from "./forms.server";
import type {
  FormCompetency,
  GrowthArea,
  LintFinding,
  LintResult,
  Outcome,
  RatingAnchor,
  Recommendation,
  ScorecardInput,
} from "./operations";

/**
 * Reads the feedback forms into API inputs, and maps the API's field keys (which count only what was
 * sent) back onto the rows of the form the person filled in.
 */

export type ParsedScorecard = {
  input: Omit<ScorecardInput, "interviewId" | "baseRevision">;
  values: ScorecardValues;
  /** For each growth area sent to the API, the form row it came from. */
  growthRows: number[];
  /** For each rating sent to the API, its competency id. */
  ratingIds: string[];
};

export function readScorecardForm(
  form: FormData,
  competencies: readonly Pick<FormCompetency, "id">[],
): ParsedScorecard {
  const values: ScorecardValues = {
    ratings: {},
    evidence: {},
    strengths: text(form, "strengths"),
    growthAreas: [],
    recommendation: text(form, "recommendation"),
    privateNotes: text(form, "privateNotes"),
  };
  const ratings: NonNullable<ScorecardInput["ratings"]> = [];
  for (const c of competencies) {
    const rawRating = text(form, names.rating(c.id));
    const evidence = text(form, names.evidence(c.id));
    values.ratings[c.id] = rawRating;
    values.evidence[c.id] = evidence;
    const rating = /^\d+$/.test(rawRating) ? Number(rawRating) : null;
    ratings.push({ competencyId: c.id, rating, evidence: evidence.trim() });
  }
  const growthAreas: GrowthArea[] = [];
  const growthRows: number[] = [];
  for (let row = 0; row < GROWTH_ROWS; row++) {
    const area = text(form, names.growthArea(row));
    const suggestion = text(form, names.growthSuggestion(row));
    values.growthAreas.push({ area, suggestion });
    if (area.trim() === "" && suggestion.trim() === "") continue;
    growthAreas.push({ area: area.trim(), suggestion: suggestion.trim() });
    growthRows.push(row);
  }
  const recommendation = RECOMMENDATIONS.find((r) => r === values.recommendation) ?? null;
  return {
    input: {
      ratings,
      strengths: values.strengths.trim(),
      growthAreas,
      recommendation: recommendation as Recommendation | null,
      privateNotes: values.privateNotes.trim(),
    },
    values,
    growthRows,
    ratingIds: ratings.map((r) => r.competencyId),
  };
}

/** `growthAreas.1.suggestion` as sent → `growthAreas.2.suggestion` as shown; `ratings.0.evidence` → `competencies.<id>.evidence`. */
export function mapFieldKey(key: string, growthRows: readonly number[], ratingIds: readonly string[] = []): string {
  const growth = /^growthAreas\.(\d+)(\..*)?$/.exec(key);
  if (growth) {
    const row = growthRows[Number(growth[1])];
    return row === undefined ? key : `growthAreas.${row}${growth[2] ?? ""}`;
  }
  const rating = /^ratings\.(\d+)\.(rating|evidence)$/.exec(key);
  if (rating) {
    const id = ratingIds[Number(rating[1])];
    return id === undefined ? key : `competencies.${id}.${rating[2]}`;
  }
  return key;
}

export function mapFields(
  fields: Record<string, string>,
  growthRows: readonly number[],
  ratingIds: readonly string[] = [],
): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const target = mapFieldKey(key, growthRows, ratingIds);
    if (!(target in mapped)) mapped[target] = message;
  }
  return mapped;
}

export function mapLint(
  lint: LintResult,
  growthRows: readonly number[],
  ratingIds: readonly string[] = [],
): LintResult {
  return {
    ...lint,
    findings: lint.findings.map((f: LintFinding) => ({ ...f, field: mapFieldKey(f.field, growthRows, ratingIds) })),
  };
}

// ---------------------------------------------------------------- release

export type ParsedRelease = {
  outcome: Outcome | null;
  summary: string;
  details: { competency: string; comment: string }[];
};

export function readReleaseForm(form: FormData): ParsedRelease {
  const raw = text(form, "outcome");
  const outcome = (["ADVANCING", "NOT_ADVANCING", "OFFER"] as const).find((o) => o === raw) ?? null;
  const details: ParsedRelease["details"] = [];
  for (let row = 0; row < 20; row++) {
    const competency = text(form, names.detailCompetency(row));
    if (competency === "") break;
    details.push({ competency, comment: text(form, names.detail(row)) });
  }
  return { outcome, summary: text(form, "summary"), details };
}

/** API keys about details (`details.0`, `details.0.comment`, `details.<competency>`) → the form's row key. */
export function mapReleaseFields(
  fields: Record<string, string>,
  details: readonly { competency: string }[],
): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    let target = key;
    const byIndex = /^details\.(\d+)(?:\.(?:comment|competency))?$/.exec(key);
    if (byIndex) target = names.detail(Number(byIndex[1]));
    else if (key.startsWith("details.")) {
      const name = key.slice("details.".length).replace(/\.comment$/, "");
      const row = details.findIndex((d) => d.competency === name);
      if (row >= 0) target = names.detail(row);
    }
    if (!(target in mapped)) mapped[target] = message;
  }
  return mapped;
}

// ---------------------------------------------------------------- form templates

export type ParsedTemplate = {
  name: string;
  blocks: TemplateBlockValues[];
  competencies: { name: string; description: string; evidenceRequired: boolean; scale: RatingAnchor[] }[];
  /** For each competency sent, the block it came from. */
  blockRows: number[];
  errors: Record<string, string>;
};

/** Reads the template editor; blank blocks are ignored, a started block must be complete. */
export function readTemplateForm(form: FormData, points = TEMPLATE_POINTS): ParsedTemplate {
  const name = text(form, "name").trim();
  const errors: Record<string, string> = {};
  if (name === "") errors.name = "Give the form a name.";
  const blocks: TemplateBlockValues[] = [];
  const competencies: ParsedTemplate["competencies"] = [];
  const blockRows: number[] = [];
  for (let b = 0; b < TEMPLATE_BLOCKS; b++) {
    const block: TemplateBlockValues = {
      name: text(form, templateNames.name(b)),
      description: text(form, templateNames.description(b)),
      evidenceRequired: form.get(templateNames.evidenceRequired(b)) !== null,
      scale: Array.from({ length: points }, (_, p) => ({
        label: text(form, templateNames.label(b, p)),
        anchor: text(form, templateNames.anchor(b, p)),
      })),
    };
    blocks.push(block);
    const blank =
      block.name.trim() === "" &&
      block.description.trim() === "" &&
      block.scale.every((s) => s.label.trim() === "" && s.anchor.trim() === "");
    if (blank) continue;
    if (block.name.trim() === "") errors[templateNames.name(b)] = "Name the competency, or clear this block.";
    // Trailing blank points are dropped, so a 3-point scale is possible; points in between must be complete.
    let last = block.scale.length - 1;
    while (last >= 0 && block.scale[last]?.label.trim() === "" && block.scale[last]?.anchor.trim() === "") last--;
    const scale: RatingAnchor[] = [];
    for (let p = 0; p <= last; p++) {
      const point = block.scale[p] ?? { label: "", anchor: "" };
      if (point.label.trim() === "") errors[templateNames.label(b, p)] = `Give point ${p + 1} a label.`;
      if (point.anchor.trim() === "")
        errors[templateNames.anchor(b, p)] = `Describe what point ${p + 1} looks like in the interview.`;
      scale.push({ value: p + 1, label: point.label.trim(), anchor: point.anchor.trim() });
    }
    if (scale.length < 2) errors[templateNames.label(b, Math.max(0, last + 1))] = "A scale needs at least 2 points.";
    competencies.push({
      name: block.name.trim(),
      description: block.description.trim(),
      evidenceRequired: block.evidenceRequired,
      scale,
    });
    blockRows.push(b);
  }
  if (competencies.length === 0 && !errors.name) errors[templateNames.name(0)] = "Add at least one competency.";
  return { name, blocks, competencies, blockRows, errors };
}

/** `competencies.1.scale.0.label` as sent → the block it came from. */
export function mapTemplateFields(
  fields: Record<string, string>,
  blockRows: readonly number[],
): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const m = /^competencies\.(\d+)(\..*)?$/.exec(key);
    const row = m ? blockRows[Number(m[1])] : undefined;
    const target = m && row !== undefined ? `competencies.${row}${m[2] ?? ".name"}` : key;
    if (!(target in mapped)) mapped[target] = message;
  }
  return mapped;
}
