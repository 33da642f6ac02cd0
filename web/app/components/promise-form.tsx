import { describePromise, FEEDBACK_LEVELS, feedbackLevelLabel, PROMISE_LIMITS } from "@candor/domain";
import { Form } from "@remix-run/react";
import { useEffect, useState } from "react";
import type { FeedbackLevel, StageKind } from "~/lib/operations";
import { Field, SelectField, SubmitButton } from "./forms";

export type PromiseTermsValues = {
  level: string;
  candidateDeadlineBusinessDays: string;
  scorecardDeadlineHours: string;
  statusCadenceDays: string;
};

/**
 * Render it with `key={JSON.stringify(defaults)}` so that new saved values reset what was typed.
 * The form that saves a promise draft for one stage kind (and job). The preview shows the saved
 * draft's sentence as the API wrote it; once JavaScript runs it follows what the admin types.
 */
export function PromiseDraftForm({
  formKey,
  stageKind,
  jobId,
  defaults,
  errors,
  savedDescription,
}: {
  /** Unique on the page: prefixes the input ids and tells which form an answer belongs to. */
  formKey: string;
  stageKind: StageKind;
  jobId: string | null;
  defaults: PromiseTermsValues;
  errors: Record<string, string>;
  savedDescription: string | null;
}) {
  const [values, setValues] = useState(defaults);
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);

  const days = Number(values.candidateDeadlineBusinessDays);
  const limits = PROMISE_LIMITS.candidateDeadlineBusinessDays;
  const validDays = Number.isInteger(days) && days >= limits.min && days <= limits.max;
  const level = (FEEDBACK_LEVELS as readonly string[]).includes(values.level) ? (values.level as FeedbackLevel) : null;
  const preview =
    live && level && validDays
      ? describePromise({ stageKind, level, candidateDeadlineBusinessDays: days })
      : savedDescription;
  const previewId = `${formKey}-preview`;
  const set = (name: keyof PromiseTermsValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [name]: value }));
  };

  return (
    <Form method="post" className="stack promise-form" noValidate aria-describedby={previewId}>
      <input type="hidden" name="intent" value="saveDraft" />
      <input type="hidden" name="id" value={formKey} />
      <input type="hidden" name="stageKind" value={stageKind} />
      {jobId ? <input type="hidden" name="jobId" value={jobId} /> : null}
      <div className="grid-2">
        <SelectField
          name="level"
          id={`${formKey}-level`}
          label="Feedback level"
          value={values.level}
          onChange={set("level")}
          error={errors.level}
        >
          {FEEDBACK_LEVELS.map((l) => (
            <option key={l} value={l}>
              {feedbackLevelLabel[l]}
            </option>
          ))}
        </SelectField>
        <Field
          name="candidateDeadlineBusinessDays"
          id={`${formKey}-candidateDeadlineBusinessDays`}
          label="Candidate feedback within (business days)"
          type="number"
          inputMode="numeric"
          min={limits.min}
          max={limits.max}
          required
          value={values.candidateDeadlineBusinessDays}
          onChange={set("candidateDeadlineBusinessDays")}
          error={errors.candidateDeadlineBusinessDays}
        />
        <Field
          name="scorecardDeadlineHours"
          id={`${formKey}-scorecardDeadlineHours`}
          label="Scorecard due within (hours)"
          type="number"
          inputMode="numeric"
          min={PROMISE_LIMITS.scorecardDeadlineHours.min}
          max={PROMISE_LIMITS.scorecardDeadlineHours.max}
          required
          value={values.scorecardDeadlineHours}
          onChange={set("scorecardDeadlineHours")}
          error={errors.scorecardDeadlineHours}
        />
        <Field
          name="statusCadenceDays"
          id={`${formKey}-statusCadenceDays`}
          label="Update the candidate at least every (days)"
          type="number"
          inputMode="numeric"
          min={PROMISE_LIMITS.statusCadenceDays.min}
          max={PROMISE_LIMITS.statusCadenceDays.max}
          required
          value={values.statusCadenceDays}
          onChange={set("statusCadenceDays")}
          error={errors.statusCadenceDays}
        />
      </div>
      <div className="promise-preview" id={previewId}>
        <p className="promise-preview__label">Candidates will read</p>
        <p className="promise-preview__sentence" aria-live="polite">
          {preview ?? "Save a draft to see the sentence candidates will read."}
        </p>
      </div>
      <SubmitButton pendingText="Saving draft…" intent="saveDraft" targetId={formKey}>
        Save draft
      </SubmitButton>
    </Form>
  );
}
