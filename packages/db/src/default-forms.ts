import type { StageKind } from "./generated/prisma/enums.ts";
import { scaleLabels, templates } from "./seed-data.ts";

export interface DefaultFormTemplate {
  name: string;
  competencies: Array<{
    name: string;
    description: string;
    evidenceRequired: boolean;
    scale: Array<{ value: number; label: string; anchor: string }>;
  }>;
}

/**
 * The form a new organisation starts with for a stage kind: the hand-written demo forms, whose
 * every scale point has a written anchor. "Other" stages use the screen form under a neutral name.
 */
export function defaultFormTemplate(stageKind: StageKind): DefaultFormTemplate {
  const spec = templates.find((t) => t.stageKind === stageKind) ?? templates.find((t) => t.stageKind === "SCREEN");
  if (!spec) throw new Error("no default form templates defined");
  return {
    name: stageKind === spec.stageKind ? spec.name : "Interview scorecard",
    competencies: spec.competencies.map((competency) => ({
      name: competency.name,
      description: competency.description,
      evidenceRequired: true,
      scale: competency.anchors.map((anchor, index) => ({
        value: index + 1,
        label: scaleLabels[index] ?? String(index + 1),
        anchor,
      })),
    })),
  };
}
