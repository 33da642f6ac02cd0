import { describe, expect, it } from "vitest";
import { FEEDBACK_LINT_CORPUS, TEXT_FINDING_KINDS, type TextFindingKind } from "./corpus.ts";
import { lintText } from "./lint.ts";

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const precision = (t: Tally) => ratio(t.tp, t.tp + t.fp);
const recall = (t: Tally) => ratio(t.tp, t.tp + t.fn);

/** Micro-averaged over (snippet, kind) pairs: a snippet counts once per kind, however many hits of that kind. */
function measure() {
  const perKind = new Map<TextFindingKind, Tally>(TEXT_FINDING_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  for (const entry of FEEDBACK_LINT_CORPUS) {
    const found = new Set(lintText(entry.text).map((f) => f.kind));
    for (const kind of TEXT_FINDING_KINDS) {
      const tally = perKind.get(kind);
      if (!tally) continue;
      const wanted = entry.expected.includes(kind);
      const got = found.has(kind);
      if (wanted && got) tally.tp++;
      if (!wanted && got) {
        tally.fp++;
        misses.push(`false ${kind}: ${JSON.stringify(entry.text)}`);
      }
      if (wanted && !got) {
        tally.fn++;
        misses.push(`missed ${kind}: ${JSON.stringify(entry.text)}`);
      }
    }
  }
  const overall = [...perKind.values()].reduce(
    (sum, t) => ({ tp: sum.tp + t.tp, fp: sum.fp + t.fp, fn: sum.fn + t.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return { perKind, overall, misses };
}

describe("feedback lint corpus", () => {
  const { perKind, overall, misses } = measure();

  it("is big and varied enough to mean something", () => {
    expect(FEEDBACK_LINT_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(FEEDBACK_LINT_CORPUS.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(20);
    for (const kind of TEXT_FINDING_KINDS) {
      expect(FEEDBACK_LINT_CORPUS.filter((e) => e.expected.includes(kind)).length).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(FEEDBACK_LINT_CORPUS.map((e) => e.text)).size).toBe(FEEDBACK_LINT_CORPUS.length);
  });

  it("reaches the precision and recall we promise", () => {
    const row = (name: string, t: Tally) =>
      [name, t.tp + t.fn, t.tp, t.fp, t.fn, precision(t).toFixed(3), recall(t).toFixed(3)].map(String);
    const rows = [
      ["kind", "expected", "tp", "fp", "fn", "precision", "recall"],
      ...[...perKind].map(([kind, t]) => row(kind, t)),
      row("overall (micro)", overall),
    ];
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
    const table = rows.map((r) =>
      r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  "),
    );
    console.info(
      [
        `Feedback lint on ${FEEDBACK_LINT_CORPUS.length} snippets (micro-averaged over snippet × kind):`,
        ...table,
        ...misses,
      ].join("\n"),
    );

    expect(precision(overall)).toBeGreaterThanOrEqual(0.85);
    expect(recall(overall)).toBeGreaterThanOrEqual(0.85);
    const bias = perKind.get("BIAS");
    expect(bias && recall(bias)).toBe(1);
  });

  it("reports every hit with offsets that point at its excerpt", () => {
    for (const { text } of FEEDBACK_LINT_CORPUS) {
      for (const f of lintText(text)) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    }
  });
});
