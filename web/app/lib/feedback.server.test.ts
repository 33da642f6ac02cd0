import { describe, expect, it } from "vitest";
import { dueWording, fieldLabel, fixCount, groupFindings } from "./feedback";
import {
  mapFields,
  mapLint,
  mapReleaseFields,
  mapTemplateFields,
  readReleaseForm,
  readScorecardForm,
  readTemplateForm,
} from "./feedback.server";

function formOf(entries: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(entries)) form.set(k, v);
  return form;
}

describe("readScorecardForm", () => {
  it("reads ratings, evidence and non-empty growth rows, remembering which row each came from", () => {
    const parsed = readScorecardForm(
      formOf({
        "competencies.c1.rating": "3",
        "competencies.c1.evidence": " Wrote tests first. ",
        "competencies.c2.rating": "",
        strengths: "Clear reasoning",
        "growthAreas.0.area": "",
        "growthAreas.0.suggestion": "",
        "growthAreas.2.area": "Testing",
        "growthAreas.2.suggestion": "Practise property tests",
        recommendation: "YES",
        privateNotes: "n",
      }),
      [{ id: "c1" }, { id: "c2" }],
    );
    expect(parsed.input.ratings).toEqual([
      { competencyId: "c1", rating: 3, evidence: "Wrote tests first." },
      { competencyId: "c2", rating: null, evidence: "" },
    ]);
    expect(parsed.input.growthAreas).toEqual([{ area: "Testing", suggestion: "Practise property tests" }]);
    expect(parsed.growthRows).toEqual([2]);
    expect(parsed.input.recommendation).toBe("YES");
    expect(parsed.values.growthAreas).toHaveLength(3);
  });

  it("drops an unknown recommendation", () => {
    expect(readScorecardForm(formOf({ recommendation: "MAYBE" }), []).input.recommendation).toBeNull();
  });
});

describe("mapping API keys back to form rows", () => {
  it("moves growth area indexes onto their rows and rating indexes onto competency ids", () => {
    expect(
      mapFields(
        { "growthAreas.0.suggestion": "Add a suggestion", "ratings.1.evidence": "Evidence needed" },
        [2],
        ["a", "b"],
      ),
    ).toEqual({ "growthAreas.2.suggestion": "Add a suggestion", "competencies.b.evidence": "Evidence needed" });
  });

  it("maps lint findings the same way", () => {
    const lint = mapLint(
      {
        score: 80,
        blocking: false,
        findings: [
          {
            kind: "VAGUE",
            severity: "WARNING",
            message: "m",
            field: "growthAreas.1.area",
            start: 0,
            end: 1,
            excerpt: "x",
          },
        ],
      },
      [0, 2],
    );
    expect(lint.findings[0]?.field).toBe("growthAreas.2.area");
  });

  it("maps release detail keys by index or competency name", () => {
    expect(
      mapReleaseFields({ "details.1": "Too short", "details.Coding.comment": "Vague" }, [
        { competency: "Coding" },
        { competency: "Design" },
      ]),
    ).toEqual({ "details.1.comment": "Too short", "details.0.comment": "Vague" });
  });

  it("maps template competency keys onto their blocks", () => {
    expect(mapTemplateFields({ "competencies.0.scale.1.label": "x", competencies: "y" }, [3])).toEqual({
      "competencies.3.scale.1.label": "x",
      competencies: "y",
    });
  });
});

describe("readReleaseForm", () => {
  it("reads the outcome, summary and one comment per competency", () => {
    const parsed = readReleaseForm(
      formOf({
        outcome: "OFFER",
        summary: "s",
        "details.0.competency": "Coding",
        "details.0.comment": "Good tests",
      }),
    );
    expect(parsed).toEqual({
      outcome: "OFFER",
      summary: "s",
      details: [{ competency: "Coding", comment: "Good tests" }],
    });
  });
});

describe("readTemplateForm", () => {
  it("ignores blank blocks and asks for what a started block lacks", () => {
    const parsed = readTemplateForm(
      formOf({
        name: "Technical",
        "competencies.1.name": "Coding",
        "competencies.1.scale.0.label": "Weak",
        "competencies.1.scale.0.anchor": "Could not start",
        "competencies.1.scale.1.label": "Strong",
        "competencies.1.evidenceRequired": "on",
      }),
    );
    expect(parsed.blockRows).toEqual([1]);
    expect(parsed.errors).toEqual({
      "competencies.1.scale.1.anchor": "Describe what point 2 looks like in the interview.",
    });
    expect(parsed.competencies[0]?.evidenceRequired).toBe(true);
    expect(parsed.competencies[0]?.scale).toHaveLength(2);
  });

  it("needs at least one competency", () => {
    expect(readTemplateForm(formOf({ name: "X" })).errors).toEqual({
      "competencies.0.name": "Add at least one competency.",
    });
  });
});

describe("wording", () => {
  it("labels fields and counts fixes", () => {
    expect(fieldLabel("growthAreas.0.suggestion")).toBe("Suggestion for growth area 1");
    expect(fieldLabel("competencies.c1.evidence", [{ id: "c1", name: "Coding" }])).toBe("Coding: evidence");
    expect(fixCount(1, "submitting")).toBe("Fix 1 thing before submitting");
    expect(fixCount(2, "submitting")).toBe("Fix 2 things before submitting");
  });

  it("groups findings by field, most severe first", () => {
    const f = (field: string, severity: "BLOCKING" | "WARNING") => ({
      kind: "VAGUE" as const,
      severity,
      message: field,
      field,
      start: 0,
      end: 0,
      excerpt: "",
    });
    const groups = groupFindings([f("strengths", "WARNING"), f("summary", "WARNING"), f("strengths", "BLOCKING")]);
    expect(groups.map((g) => g.field)).toEqual(["strengths", "summary"]);
    expect(groups[0]?.findings[0]?.severity).toBe("BLOCKING");
  });

  it("words a due date", () => {
    const now = Date.parse("2026-03-02T12:00:00Z");
    expect(dueWording("2026-03-05T12:00:00Z", now)).toEqual({ overdue: false, text: "Due in 3 days" });
    expect(dueWording("2026-03-02T17:00:00Z", now)).toEqual({ overdue: false, text: "Due in 5 hours" });
    expect(dueWording("2026-02-28T12:00:00Z", now)).toEqual({ overdue: true, text: "Overdue by 2 days" });
  });
});
