import type { ReactNode, TextareaHTMLAttributes } from "react";
import { fieldId, fieldLabel, groupFindings, RECOMMENDATION_LABELS, SEVERITY_WORDS } from "~/lib/feedback";
import type { CandidateFeedback, FormCompetency, LintFinding, Scorecard } from "~/lib/operations";
import { StatusBadge, When } from "./ui";

type TextAreaFieldProps = {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown as "Required" and announced, without blocking a draft save in the browser. */
  markedRequired?: boolean;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">;

/** A labelled textarea with its hint and error wired up through aria-describedby. */
export function TextAreaField({
  name,
  label,
  id = fieldId(name),
  hint,
  error,
  markedRequired = false,
  ...textarea
}: TextAreaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {markedRequired ? <span className="required-mark"> (required)</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-required={markedRequired || undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A marker for who will read a section: the candidate, or only the hiring team. */
export function AudienceTag({ audience }: { audience: "candidate" | "internal" }) {
  return audience === "candidate" ? (
    <span className="audience audience--candidate">Shared with the candidate</span>
  ) : (
    <span className="audience audience--internal">Internal — never shown to the candidate</span>
  );
}

/** Lint findings grouped by field, each with its severity in words, message and excerpt. */
export function LintHints({
  findings,
  competencies = [],
  title = "Writing guidance",
  pending = false,
  emptyText = "Nothing to improve so far. Specific, observed behaviour makes the best feedback.",
  headingId = "lint-title",
}: {
  findings: readonly LintFinding[];
  competencies?: readonly Pick<FormCompetency, "id" | "name">[];
  title?: string;
  pending?: boolean;
  emptyText?: string;
  headingId?: string;
}) {
  const groups = groupFindings(findings);
  const blocking = findings.filter((f) => f.severity === "BLOCKING").length;
  const other = findings.length - blocking;
  return (
    <section className="lint" aria-labelledby={headingId}>
      <h2 id={headingId} className="lint__title">
        {title}
      </h2>
      <p className="lint__count" aria-live="polite">
        {pending
          ? "Checking…"
          : findings.length === 0
            ? "No findings."
            : `${blocking} must fix, ${other} ${other === 1 ? "suggestion" : "suggestions"}.`}
      </p>
      {groups.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="lint__groups">
          {groups.map((g) => (
            <li key={g.field}>
              <a className="lint__field" href={`#${fieldId(g.field)}`}>
                {fieldLabel(g.field, competencies)}
              </a>
              <ul className="lint__findings">
                {g.findings.map((f, index) => (
                  <li
                    key={`${f.kind}-${f.start}-${index}`}
                    className={`lint__finding lint__finding--${f.severity.toLowerCase()}`}
                  >
                    <strong className="lint__severity">{SEVERITY_WORDS[f.severity]}:</strong> {f.message}
                    {f.excerpt ? <q className="lint__excerpt">{f.excerpt}</q> : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One submitted scorecard, read-only: ratings with their anchors, the candidate-facing parts, then the internal ones. */
export function ScorecardView({
  scorecard,
  tz,
  headingLevel = 3,
  title,
}: {
  scorecard: Scorecard;
  tz: string;
  headingLevel?: 2 | 3;
  title?: string;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  const competencies = [...scorecard.template.competencies].sort((a, b) => a.position - b.position);
  const headingId = `scorecard-${scorecard.id}`;
  const growth = scorecard.growthAreas.filter((g) => g.area.trim() !== "" || g.suggestion.trim() !== "");
  return (
    <article className="scorecard-view" aria-labelledby={headingId}>
      <H id={headingId} className="scorecard-view__title">
        {title ?? scorecard.interviewer.name}{" "}
        {scorecard.status === "SUBMITTED" ? (
          <StatusBadge status="SENT" label="Submitted" />
        ) : (
          <StatusBadge status="PENDING" label="Draft" />
        )}
      </H>
      {scorecard.submittedAt ? (
        <p className="muted">
          Submitted on <When iso={scorecard.submittedAt} tz={tz} />
          {scorecard.late ? (
            <>
              {" "}
              <StatusBadge status="OVERDUE" label="(late)" />
            </>
          ) : null}
        </p>
      ) : null}

      <div className="audience-box audience-box--internal">
        <Sub>
          Ratings <AudienceTag audience="internal" />
        </Sub>
        {competencies.length === 0 ? (
          <p className="muted">This form has no competencies.</p>
        ) : (
          <dl className="ratings">
            {competencies.map((c) => {
              const r = scorecard.ratings.find((x) => x.competencyId === c.id);
              const point = r?.rating ? c.scale.find((s) => s.value === r.rating) : undefined;
              return (
                <div key={c.id} className="ratings__item">
                  <dt>{c.name}</dt>
                  <dd>
                    {point ? (
                      <p>
                        <strong>
                          {point.value} of {c.scale.length} · {point.label}
                        </strong>{" "}
                        <span className="muted">— {point.anchor}</span>
                      </p>
                    ) : (
                      <p className="muted">Not rated</p>
                    )}
                    <p className="prewrap">
                      {r?.evidence ? r.evidence : <span className="muted">No evidence given.</span>}
                    </p>
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
      </div>

      <div className="audience-box audience-box--candidate">
        <Sub>
          Strengths <AudienceTag audience="candidate" />
        </Sub>
        <p className="prewrap">{scorecard.strengths || <span className="muted">None written.</span>}</p>
        <Sub>
          Growth areas <AudienceTag audience="candidate" />
        </Sub>
        {growth.length === 0 ? (
          <p className="muted">None written.</p>
        ) : (
          <ol className="growth-list">
            {growth.map((g, index) => (
              <li key={index}>
                <strong>{g.area}</strong>
                <span className="prewrap"> — suggestion: {g.suggestion || "none given"}</span>
              </li>
            ))}
          </ol>
        )}
      </div>

      <div className="audience-box audience-box--internal">
        <Sub>
          Recommendation and private notes <AudienceTag audience="internal" />
        </Sub>
        <p>
          <span className="internal-label">INTERNAL</span> Recommendation:{" "}
          <strong>{scorecard.recommendation ? RECOMMENDATION_LABELS[scorecard.recommendation] : "none given"}</strong>
        </p>
        <p className="prewrap">
          <span className="internal-label">INTERNAL</span> Private notes:{" "}
          {scorecard.privateNotes ? scorecard.privateNotes : <span className="muted">none</span>}
        </p>
      </div>
    </article>
  );
}

/** "Released on … — on time as promised" or "… — released after the promised date". */
export function ReleasedOn({
  feedback,
  tz,
}: {
  feedback: Pick<CandidateFeedback, "releasedAt" | "keptPromise">;
  tz: string;
}) {
  return (
    <p className="muted">
      Released on <When iso={feedback.releasedAt} tz={tz} />{" "}
      {feedback.keptPromise ? "— on time as promised" : "— released after the promised date"}
    </p>
  );
}
