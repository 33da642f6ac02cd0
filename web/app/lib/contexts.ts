import { roleLabel } from "./format";
import type { Viewer } from "./operations";

export type ViewerContext = { key: string; to: string; label: string; description: string };

/** Every place the viewer can work in: one per membership, plus their candidate home. */
export function viewerContexts(viewer: Viewer): ViewerContext[] {
  const contexts: ViewerContext[] = viewer.memberships.map((m) => ({
    key: `membership-${m.id}`,
    to: m.role === "INTERVIEWER" ? `/org/${m.organization.id}/interviews` : `/org/${m.organization.id}`,
    label: `${m.organization.name} — ${roleLabel(m.role)}`,
    description:
      m.role === "INTERVIEWER"
        ? "Your interviews and the scorecards you owe."
        : "Jobs, applications, interviews and your team.",
  }));
  for (const c of viewer.candidacies) {
    contexts.push({
      key: `candidacy-${c.id}`,
      to: "/candidate",
      label: `${c.organization.name} — Candidate`,
      description: "Where your application stands and when to expect feedback.",
    });
  }
  return contexts;
}
