import { describe, expect, it } from "vitest";
import {
  FEEDBACK_LINT_DEFAULTS,
  type FeedbackCompetency,
  type FeedbackDraft,
  type Finding,
  lintFeedback,
  lintText,
  SEVERITY_PENALTY,
  scoreFindings,
} from "./lint.ts";

const STRENGTHS =
  "Wrote a failing test for the empty-cart case first, then fixed the rounding bug in the discount code.";
const EVIDENCE = "Sketched the queue, the retry policy and the dead-letter topic before writing code.";

function competency(overrides: Partial<FeedbackCompetency> = {}): FeedbackCompetency {
  return {
    id: "design",
    name: "System design",
    rating: 3,
    scaleMax: 5,
    evidence: EVIDENCE,
    evidenceRequired: true,
    ...overrides,
  };
}

function draft(overrides: Partial<FeedbackDraft> = {}): FeedbackDraft {
  return {
    competencies: [competency()],
    strengths: STRENGTHS,
    growthAreas: [
      {
        area: "Testing the error paths",
        suggestion: "Practise writing a test for each failure mode before the happy path.",
      },
    ],
    privateNotes: "Would pair well with the payments team on the retry work.",
    ...overrides,
  };
}

function fieldText(d: FeedbackDraft, field: string): string {
  if (field === "strengths") return d.strengths;
  if (field === "privateNotes") return d.privateNotes ?? "";
  const growth = /^growthAreas\.(\d+)\.(area|suggestion)$/.exec(field);
  if (growth) {
    const row = d.growthAreas[Number(growth[1])];
    return growth[2] === "area" ? (row?.area ?? "") : (row?.suggestion ?? "");
  }
  const evidence = /^competencies\.(.+)\.evidence$/.exec(field);
  if (evidence) return d.competencies.find((c) => c.id === evidence[1])?.evidence ?? "";
  throw new Error(`unknown field ${field}`);
}

const kinds = (findings: Finding[]) => findings.map((f) => f.kind);
const only = (findings: Finding[], kind: Finding["kind"]) => findings.filter((f) => f.kind === kind);

describe("lintFeedback on a careful scorecard", () => {
  it("finds nothing, scores 100 and does not block", () => {
    expect(lintFeedback(draft())).toEqual({ findings: [], score: 100, blocking: false });
  });

  it("accepts a draft without private notes", () => {
    expect(lintFeedback(draft({ privateNotes: undefined })).findings).toEqual([]);
  });
});

describe("MISSING_EVIDENCE", () => {
  it("blocks a rated competency whose required evidence is too short", () => {
    const { findings, blocking } = lintFeedback(draft({ competencies: [competency({ evidence: "Fine design." })] }));
    const [missing] = only(findings, "MISSING_EVIDENCE");
    expect(missing).toMatchObject({
      severity: "BLOCKING",
      field: "competencies.design.evidence",
      start: 0,
      end: 0,
      excerpt: "",
    });
    expect(missing?.message).toContain("System design");
    expect(blocking).toBe(true);
  });

  it("blocks empty and white-space-only evidence", () => {
    for (const evidence of ["", "   \n  "]) {
      expect(kinds(lintFeedback(draft({ competencies: [competency({ evidence })] })).findings)).toEqual([
        "MISSING_EVIDENCE",
      ]);
    }
  });

  it("counts characters on trimmed text with runs of white space as one", () => {
    const thirty = "Sketched a queue with retries."; // exactly 30 characters
    expect(thirty).toHaveLength(FEEDBACK_LINT_DEFAULTS.minEvidenceChars);
    expect(
      only(lintFeedback(draft({ competencies: [competency({ evidence: thirty })] })).findings, "MISSING_EVIDENCE"),
    ).toEqual([]);
    const padded = `   ${thirty.slice(0, -1).replace(" ", "      ")}   `;
    expect(
      only(lintFeedback(draft({ competencies: [competency({ evidence: padded })] })).findings, "MISSING_EVIDENCE"),
    ).toHaveLength(1);
  });

  it("says nothing while the competency is unrated or when evidence is optional", () => {
    expect(lintFeedback(draft({ competencies: [competency({ rating: null, evidence: "" })] })).findings).toEqual([]);
    expect(
      lintFeedback(draft({ competencies: [competency({ evidenceRequired: false, evidence: "" })] })).findings,
    ).toEqual([]);
  });

  it("honours a custom minimum", () => {
    const findings = lintFeedback(draft(), { minEvidenceChars: 200 }).findings;
    expect(kinds(findings)).toEqual(["MISSING_EVIDENCE"]);
    expect(findings[0]?.message).toContain("200 characters");
  });
});

describe("CONTRADICTION", () => {
  const rated = (rating: number | null, evidence: string, scaleMax = 5) =>
    lintFeedback(draft({ competencies: [competency({ rating, evidence, scaleMax })] })).findings;

  it("warns when a bottom-quarter rating comes with only praise", () => {
    const evidence = "Explained the partitioning clearly and handled the failure cases thoroughly.";
    for (const rating of [1, 2]) {
      const [finding] = only(rated(rating, evidence), "CONTRADICTION");
      expect(finding).toMatchObject({ severity: "WARNING", field: "competencies.design.evidence", start: 0, end: 0 });
      expect(finding?.message).toContain(`rated ${rating} of 5`);
    }
    expect(only(rated(1, evidence, 4), "CONTRADICTION")).toHaveLength(1);
    expect(only(rated(2, evidence, 4), "CONTRADICTION")).toEqual([]);
  });

  it("warns when the top rating comes with only criticism", () => {
    const evidence = "Struggled with the queue semantics and missed the retry storm entirely.";
    const [finding] = only(rated(5, evidence), "CONTRADICTION");
    expect(finding?.message).toContain("top rating (5 of 5)");
    expect(only(rated(4, evidence), "CONTRADICTION")).toEqual([]);
  });

  it("stays quiet for middle ratings, mixed evidence and unrated competencies", () => {
    const praise = "Explained the partitioning clearly and handled the failure cases thoroughly.";
    expect(only(rated(3, praise), "CONTRADICTION")).toEqual([]);
    expect(only(rated(null, praise), "CONTRADICTION")).toEqual([]);
    const mixed = "Explained the partitioning clearly but struggled to size the consumer pool.";
    expect(only(rated(1, mixed), "CONTRADICTION")).toEqual([]);
    expect(only(rated(5, mixed), "CONTRADICTION")).toEqual([]);
  });

  it("reads negated praise as criticism and negated criticism as praise", () => {
    const negatedPraise = "The explanation of the retry policy was not clear and the sizing was never correct.";
    expect(only(rated(1, negatedPraise), "CONTRADICTION")).toEqual([]);
    expect(only(rated(5, negatedPraise), "CONTRADICTION")).toHaveLength(1);
    const negatedCriticism = "Didn’t struggle at all with the retry semantics, never confused about ordering.";
    expect(only(rated(1, negatedCriticism), "CONTRADICTION")).toHaveLength(1);
  });

  it("does not read “as well” as praise", () => {
    expect(
      only(rated(1, "Covered the write path and the read path as well, at a high level."), "CONTRADICTION"),
    ).toEqual([]);
  });

  it("ignores a scale with a single point", () => {
    expect(only(rated(1, "Explained the partitioning clearly and thoroughly.", 1), "CONTRADICTION")).toEqual([]);
  });
});

describe("NO_SUGGESTION", () => {
  const suggestionFindings = (suggestion: string) =>
    only(
      lintFeedback(draft({ growthAreas: [{ area: "Testing the error paths", suggestion }] })).findings,
      "NO_SUGGESTION",
    );

  it.each([
    "",
    "  ",
    "N/A",
    "More tests.",
    "Testing in general, overall.",
    "Reading about testing.",
    "Error paths and edge cases.",
  ])("blocks %j", (suggestion) => {
    const [finding] = suggestionFindings(suggestion);
    expect(finding).toMatchObject({
      severity: "BLOCKING",
      field: "growthAreas.0.suggestion",
      start: 0,
      end: 0,
      excerpt: "",
    });
  });

  it.each([
    "Practise writing a test for each failure mode first.",
    "Read the chapter on retries in Release It! and try the circuit-breaker exercise.",
    "Next time, list the error cases before coding.",
    "You could pair with a tester for a sprint.",
    "A good habit is to write the failing test first.",
    "- Timebox the happy path to ten minutes\n- then cover the failures",
  ])("accepts %j", (suggestion) => {
    expect(suggestionFindings(suggestion)).toEqual([]);
  });

  it("reports a fully blank growth area once, on its name", () => {
    const { findings, blocking } = lintFeedback(draft({ growthAreas: [{ area: "", suggestion: "" }] }));
    expect(findings.map((f) => [f.kind, f.severity, f.field])).toEqual([
      ["TOO_SHORT", "BLOCKING", "growthAreas.0.area"],
    ]);
    expect(blocking).toBe(true);
  });

  it("warns on a growth area named in too few words", () => {
    const { findings } = lintFeedback(
      draft({ growthAreas: [{ area: "Tests", suggestion: "Practise writing a test for each failure mode first." }] }),
    );
    expect(findings.map((f) => [f.kind, f.severity, f.field])).toEqual([
      ["TOO_SHORT", "WARNING", "growthAreas.0.area"],
    ]);
  });

  it("names each growth area by its index", () => {
    const ok = { area: "Testing the error paths", suggestion: "Practise writing a test for each failure mode first." };
    const { findings } = lintFeedback(draft({ growthAreas: [ok, { area: "Estimating effort", suggestion: "" }] }));
    expect(findings.map((f) => f.field)).toEqual(["growthAreas.1.suggestion"]);
  });
});

describe("TOO_SHORT strengths", () => {
  it("blocks empty strengths", () => {
    const { findings, blocking } = lintFeedback(draft({ strengths: " \n " }));
    expect(findings).toEqual([
      expect.objectContaining({
        kind: "TOO_SHORT",
        severity: "BLOCKING",
        field: "strengths",
        start: 0,
        end: 0,
        excerpt: "",
      }),
    ]);
    expect(blocking).toBe(true);
  });

  it("blocks strengths under 40 characters: a candidate deserves more than a line", () => {
    const { findings, blocking } = lintFeedback(draft({ strengths: "Clear communicator, writes tests." }));
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([["TOO_SHORT", "BLOCKING"]]);
    expect(blocking).toBe(true);
  });

  it("does not mistake a race condition between workers for a reference to race", () => {
    expect(
      lintText("Named the race between two workers and proposed a lock to prevent it.", "competencies.x.evidence"),
    ).toEqual([]);
    expect(lintText("Mentioned their race when asked about teamwork.", "privateNotes")[0]?.kind).toBe("BIAS");
  });
});

describe("VAGUE and PERSONALITY", () => {
  it("flags vague words and verdicts as whole words, case-insensitively, with a fix in the message", () => {
    const text = "GOOD problem solving and a strong candidate, but Not A Fit for this team.";
    const findings = lintText(text);
    expect(findings.map((f) => f.excerpt)).toEqual(["GOOD", "strong candidate", "Not A Fit"]);
    expect(findings.every((f) => f.kind === "VAGUE" && f.severity === "WARNING")).toBe(true);
    expect(findings[0]?.message).toBe(
      "“GOOD” says little: name what the candidate did, e.g. “wrote tests before the fix”.",
    );
  });

  it("reports the longest phrase once rather than each word in it", () => {
    expect(lintText("Honestly I think she is not a good fit for the platform team.").map((f) => f.excerpt)).toEqual([
      "not a good fit",
    ]);
  });

  it.each([
    "Made a good-faith estimate and listed the two riskiest assumptions.",
    "Talked through the goods-in process and the barcode scanner integration.",
    "Applied the SOLID principles to split the payment class into strategies.",
    "Chose a fine-grained lock per account and measured the contention.",
    "Used a WeakMap for the template cache and explained the garbage collection.",
    "Sorted must-haves from nice-to-haves before estimating the sprint.",
  ])("does not flag the idiom in %j", (text) => {
    expect(lintText(text)).toEqual([]);
  });

  it("flags personality words but not when they describe someone else in a role-play", () => {
    expect(lintText("Came across as arrogant and lazy when asked to write the tests.").map((f) => f.excerpt)).toEqual([
      "arrogant",
      "lazy",
    ]);
    expect(lintText("Calmed down a rude customer in the role-play by offering a concrete next step.")).toEqual([]);
  });

  it("lints competency evidence for vague and personality words", () => {
    const evidence = "Solid design overall, and a bit arrogant about the caching layer choice.";
    const findings = lintFeedback(draft({ competencies: [competency({ evidence })] })).findings;
    expect(findings.map((f) => [f.kind, f.field, f.excerpt])).toEqual([
      ["VAGUE", "competencies.design.evidence", "Solid"],
      ["PERSONALITY", "competencies.design.evidence", "arrogant"],
    ]);
  });
});

describe("BIAS", () => {
  it.each([
    ["age", "Young and energetic, a digital native who picks up tools fast."],
    ["gender", "The girl kept apologising whenever she paused to think."],
    ["family", "She has two kids, so the on-call rota might be hard for her."],
    ["appearance", "Very well-dressed, which the panel noticed straight away."],
    ["accent", "Strong accent, hard to follow; we need a native speaker."],
    ["nationality", "A foreigner, so we should check how long he plans to stay."],
    ["religion", "Goes to church on Sundays, so weekend deploys are out."],
    ["health", "Mentioned an illness last year that may affect reliability."],
  ])("flags a reference to %s as blocking", (category, text) => {
    const bias = only(lintText(text), "BIAS");
    expect(bias.length).toBeGreaterThan(0);
    expect(bias.every((f) => f.severity === "BLOCKING")).toBe(true);
    expect(bias[0]?.message).toContain(category === "accent" ? "accent or native language" : category);
  });

  it("does not flag pronouns, and keeps technical words apart from people", () => {
    for (const text of [
      "He explained the plan; she challenged it; they settled on cursors.",
      "Killed the child process and restarted the old worker.",
      "Fixed the race condition and added a foreign key on orders.",
      "Disabled the feature flag; the button is disabled until the form is valid.",
      "Listed the blind spots of the design and set up a health check endpoint.",
      "Polish the error messages; speaks fluent Japanese for the Osaka queue.",
    ]) {
      expect(only(lintText(text), "BIAS")).toEqual([]);
    }
  });

  it("checks private notes for bias only, and blocks on it", () => {
    const privateNotes = "Lazy answers, not a fit. Probably planning a family soon, she mentioned her husband.";
    const { findings, blocking, score } = lintFeedback(draft({ privateNotes }));
    expect(findings.map((f) => [f.kind, f.severity, f.field, f.excerpt])).toEqual([
      ["BIAS", "BLOCKING", "privateNotes", "husband"],
    ]);
    expect(blocking).toBe(true);
    expect(score).toBe(100 - SEVERITY_PENALTY.BLOCKING);
  });

  it("finds bias in private notes that would pass as candidate-facing text otherwise", () => {
    const { findings } = lintFeedback(draft({ privateNotes: "Mentioned she is pregnant." }));
    expect(findings.map((f) => f.excerpt)).toEqual(["pregnant"]);
  });
});

describe("offsets", () => {
  it("point at the excerpt in every field, curly apostrophes and all", () => {
    const d = draft({
      competencies: [
        competency({
          id: "comm",
          name: "Communication",
          evidence: "Didn’t click with the panel; a bit shy but clear.",
        }),
      ],
      strengths: "Great—truly great—instincts. 👍 He’s young, but the girl… sorry, the candidate, was solid.",
      growthAreas: [{ area: "Meh design choices", suggestion: "Good idea to practise sketching a design first." }],
      privateNotes: "Attractive, 55 years old.",
    });
    const { findings } = lintFeedback(d);
    expect(findings.length).toBeGreaterThan(8);
    for (const f of findings) {
      expect(fieldText(d, f.field).slice(f.start, f.end)).toBe(f.excerpt);
      if (f.start !== f.end) expect(f.excerpt.length).toBeGreaterThan(0);
    }
    expect(findings.find((f) => f.excerpt === "Didn’t click")?.kind).toBe("VAGUE");
    const young = d.strengths.indexOf("young");
    expect(findings.find((f) => f.excerpt === "young")).toMatchObject({
      field: "strengths",
      start: young,
      end: young + 5,
    });
  });

  it("come back in reading order within a field", () => {
    const starts = lintText("Nice, solid, good and great, but weak.").map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("score and blocking", () => {
  it("subtracts per finding by severity and never goes below 0", () => {
    const { findings, score, blocking } = lintFeedback(
      draft({ strengths: "Good coder, nice guy, solid overall really.", privateNotes: undefined }),
    );
    expect(kinds(findings)).toEqual(["VAGUE", "VAGUE", "VAGUE"]);
    expect(score).toBe(100 - 3 * SEVERITY_PENALTY.WARNING);
    expect(blocking).toBe(false);

    const awful = lintFeedback({
      competencies: [competency({ evidence: "" })],
      strengths: "",
      growthAreas: [{ area: "Tests", suggestion: "" }],
      privateNotes: "Too old, pregnant, Muslim.",
    });
    expect(awful.score).toBe(0);
    expect(awful.blocking).toBe(true);
  });

  it("matches scoreFindings for any mix of severities", () => {
    const f = (severity: Finding["severity"]): Finding => ({
      kind: "VAGUE",
      severity,
      message: "",
      field: "strengths",
      start: 0,
      end: 0,
      excerpt: "",
    });
    expect(scoreFindings([])).toBe(100);
    expect(scoreFindings([f("BLOCKING"), f("WARNING"), f("INFO")])).toBe(100 - 25 - 10 - 5);
    expect(scoreFindings(Array.from({ length: 5 }, () => f("BLOCKING")))).toBe(0);
  });

  it("blocks only on blocking findings", () => {
    expect(lintFeedback(draft({ strengths: `${STRENGTHS} Great guy, arrogant though.` })).blocking).toBe(false);
    expect(lintFeedback(draft({ strengths: `${STRENGTHS} Young, though.` })).blocking).toBe(true);
  });
});
