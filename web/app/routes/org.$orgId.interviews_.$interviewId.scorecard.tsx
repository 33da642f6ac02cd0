import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import type { ClientActionFunctionArgs } from "@remix-run/react";
import { Form, Link, useActionData, useFetcher, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import { ErrorPage } from "~/components/error-page";
import { AudienceTag, LintHints, ScorecardView, TextAreaField } from "~/components/feedback";
import { Notice } from "~/components/forms";
import { EmptyState, StatusBadge, When } from "~/components/ui";
import { type ApiError, gql, gqlOrThrow, redirectIfSignedOut, requireViewer } from "~/lib/api.server";
import { BACKGROUND_FIELD, skipRevalidationForBackground } from "~/lib/background";
import {
  fieldId,
  fieldLabel,
  fixCount,
  GROWTH_ROWS,
  isOverdue,
  names,
  RECOMMENDATION_LABELS,
  RECOMMENDATIONS,
  type ScorecardValues,
  scorecardValues,
} from "~/lib/feedback";
import { mapFields, mapLint, readScorecardForm } from "~/lib/feedback.server";
import { formatTime } from "~/lib/format";
import { readForm, statusOf, text } from "~/lib/forms.server";
import {
  type FormCompetency,
  LintFeedbackTextQuery,
  type LintFinding,
  type LintResult,
  SaveScorecardDraftMutation,
  type Scorecard,
  ScorecardFormQuery,
  SubmitScorecardMutation,
} from "~/lib/operations";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Scorecard: ${data.page.interview.candidateName}, ${data.page.interview.stageName} — Candor`
      : "Scorecard — Candor",
  },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireViewer(request, context);
  const result = await gqlOrThrow(request, context, ScorecardFormQuery, {
    organizationId: params.orgId ?? "",
    interviewId: params.interviewId ?? "",
  });
  if (!result.organization) throw new Response("Organisation not found", { status: 404 });
  return { organization: result.organization, page: result.scorecardForm, now: new Date().toISOString() };
}

/** Autosaves and live lint run in the background: the page's data stays as it is meanwhile. */
export const shouldRevalidate = skipRevalidationForBackground;

type Failure = {
  ok: false;
  intent: string;
  code: ApiError["code"] | "BAD_REQUEST";
  formError: string;
  fieldErrors: Record<string, string>;
  draft: ScorecardValues | null;
  revision: number | null;
  lint: LintResult | null;
};

function failure(
  intent: string,
  error: ApiError,
  extra: {
    fields?: Record<string, string>;
    draft?: ScorecardValues;
    revision?: number | null;
    lint?: LintResult | null;
  },
  verb = "saving",
) {
  const fields = extra.fields ?? error.fields;
  const count = Object.keys(fields).length;
  const formError =
    error.code === "CONFLICT"
      ? "This scorecard was changed in another tab or window since you opened it. Your text is kept in this browser: reload the page to continue."
      : error.code === "VALIDATION" && count > 0
        ? fixCount(count, verb)
        : error.message;
  return data<Failure>(
    {
      ok: false,
      intent,
      code: error.code,
      formError,
      fieldErrors: fields,
      draft: extra.draft ?? null,
      revision: extra.revision ?? null,
      lint: extra.lint ?? null,
    },
    { status: statusOf(error.code) },
  );
}

/** The competency ids the form posted, in form order (the form holds one rating group per competency). */
function competencyIds(form: FormData): { id: string }[] {
  const ids: string[] = [];
  for (const key of form.keys()) {
    const m = /^competencies\.([^.]+)\.(?:rating|evidence)$/.exec(key);
    if (m?.[1] && !ids.includes(m[1])) ids.push(m[1]);
  }
  return ids.map((id) => ({ id }));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const organizationId = params.orgId ?? "";
  const interviewId = params.interviewId ?? "";
  const intent = text(form, "intent");
  const parsed = readScorecardForm(form, competencyIds(form));
  const rawRevision = text(form, "baseRevision");
  const baseRevision = /^\d+$/.test(rawRevision) ? Number(rawRevision) : null;

  if (intent === "lint") {
    const result = await gql(request, context, LintFeedbackTextQuery, {
      organizationId,
      input: {
        strengths: parsed.input.strengths,
        growthAreas: parsed.input.growthAreas,
        privateNotes: parsed.input.privateNotes,
      },
    });
    if (result.error) return failure(intent, result.error, { fields: {} });
    return {
      ok: true as const,
      intent,
      lint: mapLint(result.data.lintFeedbackText, parsed.growthRows, parsed.ratingIds),
      revision: null,
      savedAt: null,
    };
  }
  if (intent !== "save" && intent !== "submit") {
    return failure(
      intent,
      { code: "BAD_REQUEST", message: "Unknown action. Reload the page and try again.", fields: {} },
      {},
    );
  }

  // Save first, so that nothing typed is lost even when submitting is refused.
  const saved = await gql(request, context, SaveScorecardDraftMutation, {
    input: { interviewId, baseRevision, ...parsed.input },
  });
  if (saved.error) {
    await redirectIfSignedOut(request, context, saved.error);
    return failure(intent, saved.error, {
      fields: mapFields(saved.error.fields, parsed.growthRows, parsed.ratingIds),
      draft: parsed.values,
    });
  }
  const draft = saved.data.saveScorecardDraft;
  const lint = mapLint(draft.lint, parsed.growthRows, parsed.ratingIds);
  if (intent === "save") {
    return { ok: true as const, intent, lint, revision: draft.revision, savedAt: draft.updatedAt };
  }

  const submitted = await gql(request, context, SubmitScorecardMutation, {
    input: { interviewId, baseRevision: draft.revision, ...parsed.input },
  });
  if (submitted.error) {
    await redirectIfSignedOut(request, context, submitted.error);
    return failure(
      intent,
      submitted.error,
      {
        fields: mapFields(submitted.error.fields, parsed.growthRows, parsed.ratingIds),
        draft: parsed.values,
        revision: draft.revision,
        lint,
      },
      "submitting",
    );
  }
  const card = submitted.data.submitScorecard;
  return { ok: true as const, intent, lint: card.lint, revision: card.revision, savedAt: card.submittedAt };
}

/**
 * In the browser: a lost connection becomes an answer the page can show ("Not saved — retrying")
 * instead of an error page. Without JavaScript the form posts straight to `action`.
 */
export async function clientAction({ request, serverAction }: ClientActionFunctionArgs) {
  const intent = String((await request.clone().formData()).get("intent") ?? "");
  try {
    return await serverAction<typeof action>();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return {
      ok: false as const,
      intent,
      code: "UNREACHABLE" as const,
      formError:
        "You seem to be offline. Nothing is lost: your text is kept in this browser; try again when you are back online.",
      fieldErrors: {} as Record<string, string>,
      draft: null,
      revision: null,
      lint: null,
    };
  }
}

// ---------------------------------------------------------------- page

const storageKey = (interviewId: string) => `candor:scorecard:${interviewId}`;

export default function ScorecardPage() {
  const { organization, page, now } = useLoaderData<typeof loader>();
  const tz = organization.timeZone;
  const { interview, scorecard, template } = page;
  const submitted = scorecard?.status === "SUBMITTED";
  const overdue = !submitted && isOverdue(interview, Date.parse(now));
  const competencies = [...template.competencies].sort((a, b) => a.position - b.position);
  const orgPath = `/org/${organization.id}`;

  // A submitted scorecard needs no copy in this browser any more.
  useEffect(() => {
    if (!submitted) return;
    try {
      window.localStorage.removeItem(storageKey(interview.id));
    } catch {
      // Storage unavailable (private mode): nothing to clear.
    }
  }, [submitted, interview.id]);

  return (
    <section>
      <p className="breadcrumb">
        <Link to={`${orgPath}/interviews`}>My interviews</Link>
      </p>
      <h1 id="page-title">Scorecard for {interview.candidateName}</h1>
      <dl className="summary">
        <div>
          <dt>Candidate</dt>
          <dd>{interview.candidateName}</dd>
        </div>
        <div>
          <dt>Job</dt>
          <dd>{interview.jobTitle}</dd>
        </div>
        <div>
          <dt>Stage</dt>
          <dd>{interview.stageName}</dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>
            <When iso={interview.scheduledStart} tz={tz} />
          </dd>
        </div>
        <div className={overdue ? "summary__alert" : undefined}>
          <dt>Scorecard due</dt>
          <dd>
            <When iso={interview.scorecardDueAt} tz={tz} />{" "}
            {overdue ? <StatusBadge status="OVERDUE" label="Overdue" /> : null}
          </dd>
        </div>
      </dl>

      {interview.status !== "COMPLETED" ? (
        <div className="alert alert--info" role="status">
          {interview.status === "CANCELLED"
            ? "This interview was cancelled, so there is no scorecard to write."
            : "This interview has not taken place yet. The scorecard opens once a recruiter marks it as completed."}{" "}
          <Link to={`${orgPath}/interviews`}>Back to my interviews</Link>
        </div>
      ) : submitted && scorecard ? (
        <SubmittedScorecard scorecard={scorecard} tz={tz} />
      ) : (
        <ScorecardEditor
          key={interview.id}
          interviewId={interview.id}
          scorecard={scorecard}
          competencies={competencies}
          tz={tz}
        />
      )}

      {interview.status === "COMPLETED" ? (
        <section className="peers" aria-labelledby="peers-title">
          <h2 id="peers-title">Other interviewers' scorecards</h2>
          {!submitted ? (
            <EmptyState>
              Other interviewers' scorecards appear after you submit yours — independent judgements first.
            </EmptyState>
          ) : page.peerScorecards.length === 0 ? (
            <EmptyState>No other interviewer has submitted a scorecard for this interview yet.</EmptyState>
          ) : (
            <div className="stack">
              {page.peerScorecards.map((p) => (
                <ScorecardView key={p.id} scorecard={p} tz={tz} />
              ))}
            </div>
          )}
        </section>
      ) : null}
    </section>
  );
}

function SubmittedScorecard({ scorecard, tz }: { scorecard: Scorecard; tz: string }) {
  const actionData = useActionData<typeof clientAction>();
  const justSubmitted = actionData?.ok === true && actionData.intent === "submit";
  return (
    <section>
      <Notice message={justSubmitted ? "Scorecard submitted. Thank you!" : null} />
      <ScorecardView scorecard={scorecard} tz={tz} headingLevel={2} title="Your submitted scorecard" />
    </section>
  );
}

// ---------------------------------------------------------------- the editor

type LocalCopy = { changedAt: string; synced: boolean; conflict?: boolean; entries: [string, string][] };

type SaveStatus =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved"; at: string }
  | { state: "retrying" }
  | { state: "conflict" }
  | { state: "invalid"; message: string };

const TEXT_FIELDS = /^(strengths|privateNotes|growthAreas\.\d+\.(area|suggestion))$/;

function formEntries(form: HTMLFormElement): [string, string][] {
  const entries: [string, string][] = [];
  for (const [key, value] of new FormData(form).entries()) {
    if (typeof value === "string" && key !== "baseRevision" && key !== "intent") entries.push([key, value]);
  }
  return entries;
}

function sameEntries(a: readonly [string, string][], b: readonly [string, string][]): boolean {
  const strip = (list: readonly [string, string][]) =>
    JSON.stringify(list.filter(([, v]) => v.trim() !== "").sort(([x], [y]) => x.localeCompare(y)));
  return strip(a) === strip(b);
}

function readLocal(key: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as LocalCopy;
    return Array.isArray(value.entries) && typeof value.changedAt === "string" ? value : null;
  } catch {
    return null;
  }
}

function writeLocal(key: string, copy: LocalCopy) {
  try {
    window.localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Storage full or unavailable: the server draft is still saved.
  }
}

function saveStatusText(status: SaveStatus, tz: string): string {
  switch (status.state) {
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved at ${formatTime(status.at, tz)}`;
    case "retrying":
      return "Not saved — retrying";
    case "conflict":
      return "Not saved — this scorecard was changed in another tab. Reload the page; your text is kept in this browser.";
    case "invalid":
      return `Not saved — ${status.message}`;
    default:
      return "Not saved yet. Your draft saves as you type.";
  }
}

function maxRevision(a: number | null, b: number | null | undefined): number | null {
  if (b === null || b === undefined) return a;
  return a === null ? b : Math.max(a, b);
}

function ScorecardEditor({
  interviewId,
  scorecard,
  competencies,
  tz,
}: {
  interviewId: string;
  scorecard: Scorecard | null;
  competencies: FormCompetency[];
  tz: string;
}) {
  const actionData = useActionData<typeof clientAction>();
  const navigation = useNavigation();
  const saver = useFetcher<typeof clientAction>();
  const linter = useFetcher<typeof clientAction>();
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  const key = storageKey(interviewId);

  const failed = actionData && actionData.ok === false ? actionData : null;
  const fieldErrors = failed?.fieldErrors ?? {};
  const defaults = failed?.draft ?? scorecardValues(scorecard);

  const [revision, setRevision] = useState<number | null>(scorecard?.revision ?? null);
  const revisionRef = useRef(revision);
  revisionRef.current = revision;
  const [saveStatus, setSaveStatus] = useState<SaveStatus>(
    scorecard ? { state: "saved", at: scorecard.updatedAt } : { state: "idle" },
  );
  const [savedLint, setSavedLint] = useState<LintResult | null>(null);
  const [restorable, setRestorable] = useState<LocalCopy | null>(null);

  const saveTimer = useRef<ReturnType<typeof setTimeout>>();
  const lintTimer = useRef<ReturnType<typeof setTimeout>>();
  const retryTimer = useRef<ReturnType<typeof setTimeout>>();
  const snapshotAt = useRef<string | null>(null);
  const queuedIntent = useRef<string | null>(null);

  // The revision to send back follows every save: the loader's, a posted save's and the autosaves'.
  useEffect(() => setRevision((r) => maxRevision(r, scorecard?.revision)), [scorecard?.revision]);
  useEffect(() => {
    if (!actionData) return;
    setRevision((r) => maxRevision(r, actionData.revision));
    if (actionData.lint) setSavedLint(actionData.lint);
    if (actionData.ok && actionData.intent === "save" && actionData.savedAt) {
      setSaveStatus({ state: "saved", at: actionData.savedAt });
    }
  }, [actionData]);

  const markLocal = useCallback(
    (patch: Partial<LocalCopy>, onlyIfChangedBefore?: string | null) => {
      const copy = readLocal(key);
      if (!copy) return;
      if (onlyIfChangedBefore && copy.changedAt > onlyIfChangedBefore) return;
      writeLocal(key, { ...copy, ...patch });
    },
    [key],
  );

  const autosave = () => {
    const el = formRef.current;
    if (!el) return;
    clearTimeout(retryTimer.current);
    if (!navigator.onLine) {
      setSaveStatus({ state: "retrying" });
      retryTimer.current = setTimeout(() => autosaveRef.current(), 5000);
      return;
    }
    const fd = new FormData(el);
    fd.set("intent", "save");
    fd.set(BACKGROUND_FIELD, "1");
    fd.set("baseRevision", revisionRef.current === null ? "" : String(revisionRef.current));
    snapshotAt.current = new Date().toISOString();
    setSaveStatus({ state: "saving" });
    saver.submit(fd, { method: "post" });
  };
  const autosaveRef = useRef(autosave);
  autosaveRef.current = autosave;

  const lintNow = () => {
    const el = formRef.current;
    if (!el || !navigator.onLine) return;
    const fd = new FormData();
    for (const [name, value] of formEntries(el)) if (TEXT_FIELDS.test(name)) fd.set(name, value);
    fd.set("intent", "lint");
    fd.set(BACKGROUND_FIELD, "1");
    linter.submit(fd, { method: "post" });
  };
  const lintRef = useRef(lintNow);
  lintRef.current = lintNow;

  const submitQueued = (intent: string) => {
    const el = formRef.current;
    if (!el) return;
    const fd = new FormData(el);
    fd.set("intent", intent);
    fd.set("baseRevision", revisionRef.current === null ? "" : String(revisionRef.current));
    submit(fd, { method: "post" });
  };
  const submitQueuedRef = useRef(submitQueued);
  submitQueuedRef.current = submitQueued;

  // The answer of each autosave.
  useEffect(() => {
    if (saver.state !== "idle" || !saver.data) return;
    const result = saver.data;
    if (result.ok) {
      setRevision((r) => maxRevision(r, result.revision));
      if (result.savedAt) setSaveStatus({ state: "saved", at: result.savedAt });
      setSavedLint(result.lint);
      markLocal({ synced: true }, snapshotAt.current);
    } else if (result.code === "CONFLICT") {
      setSaveStatus({ state: "conflict" });
      markLocal({ conflict: true, synced: false });
    } else if (result.code === "VALIDATION" || result.code === "FORBIDDEN" || result.code === "NOT_FOUND") {
      setSaveStatus({ state: "invalid", message: result.formError });
    } else {
      setSaveStatus({ state: "retrying" });
      clearTimeout(retryTimer.current);
      retryTimer.current = setTimeout(() => autosaveRef.current(), 5000);
    }
    const queued = queuedIntent.current;
    if (queued) {
      queuedIntent.current = null;
      submitQueuedRef.current(queued);
    }
  }, [saver.state, saver.data, markLocal]);

  // Offer what this browser kept if it is newer than the server's draft and differs from it.
  useEffect(() => {
    const el = formRef.current;
    if (!el) return;
    const copy = readLocal(key);
    if (!copy || copy.synced) return;
    const serverTime = scorecard ? Date.parse(scorecard.updatedAt) : 0;
    const newer = copy.conflict === true || Date.parse(copy.changedAt) > serverTime;
    if (newer && !sameEntries(copy.entries, formEntries(el))) setRestorable(copy);
  }, [key, scorecard]);

  // A connection that comes back retries at once.
  useEffect(() => {
    const online = () => {
      if (retryTimer.current) autosaveRef.current();
    };
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      clearTimeout(saveTimer.current);
      clearTimeout(lintTimer.current);
      clearTimeout(retryTimer.current);
    };
  }, []);

  const onChange = () => {
    const el = formRef.current;
    if (!el) return;
    writeLocal(key, { changedAt: new Date().toISOString(), synced: false, entries: formEntries(el) });
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => autosaveRef.current(), 1500);
    clearTimeout(lintTimer.current);
    lintTimer.current = setTimeout(() => lintRef.current(), 700);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    clearTimeout(saveTimer.current);
    clearTimeout(retryTimer.current);
    if (saver.state !== "idle") {
      // Wait for the autosave in flight, so that this submission carries the newest revision.
      event.preventDefault();
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      queuedIntent.current = submitter instanceof HTMLButtonElement ? submitter.value : "save";
    }
  };

  const restore = () => {
    const el = formRef.current;
    if (!el || !restorable) return;
    const values = new Map(restorable.entries);
    for (const node of Array.from(el.elements)) {
      if (node instanceof HTMLInputElement) {
        if (node.type === "radio" || node.type === "checkbox") node.checked = values.get(node.name) === node.value;
        else if (node.type !== "hidden" && values.has(node.name)) node.value = values.get(node.name) ?? "";
      } else if (node instanceof HTMLTextAreaElement && values.has(node.name)) {
        node.value = values.get(node.name) ?? "";
      }
    }
    setRestorable(null);
    onChange();
  };

  const discard = () => {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing to remove.
    }
    setRestorable(null);
  };

  // Live findings for the texts being typed; the last save's findings for the rest (evidence, ratings).
  const baseLint = savedLint ?? failed?.lint ?? scorecard?.lint ?? null;
  const live = linter.data?.ok && linter.data.intent === "lint" ? linter.data.lint : null;
  const findings: LintFinding[] = live
    ? [...(baseLint?.findings ?? []).filter((f) => !TEXT_FIELDS.test(f.field)), ...live.findings]
    : (baseLint?.findings ?? []);

  const pendingIntent = navigation.state === "submitting" ? navigation.formData?.get("intent") : null;
  const errorEntries = Object.entries(fieldErrors);
  const err = (name: string) => fieldErrors[name];
  const notice =
    actionData?.ok && actionData.intent === "save" && actionData.savedAt
      ? `Draft saved at ${formatTime(actionData.savedAt, tz)}.`
      : null;

  return (
    <div className="scorecard-layout">
      <div className="scorecard-layout__main">
        {failed ? (
          <div role="alert" className="alert alert--error error-summary">
            <p className="error-summary__title">{failed.formError}</p>
            {errorEntries.length > 0 ? (
              <ul>
                {errorEntries.map(([field, message]) => (
                  <li key={field}>
                    <a href={`#${fieldId(field)}`}>
                      {fieldLabel(field, competencies)}: {message}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : (
          <div role="alert" className="alert--empty" />
        )}
        <Notice message={notice} />
        {restorable ? (
          <div className="alert alert--info restore" role="status">
            <p>
              This browser kept changes from{" "}
              <time dateTime={restorable.changedAt}>{formatTime(restorable.changedAt, tz)}</time> that are newer than
              the saved draft.
            </p>
            <div className="actions">
              <button type="button" className="button button--primary" onClick={restore}>
                Restore unsaved changes
              </button>
              <button type="button" className="button button--secondary" onClick={discard}>
                Discard them
              </button>
            </div>
          </div>
        ) : null}

        <Form
          method="post"
          ref={formRef}
          className="stack scorecard-form"
          noValidate
          onChange={onChange}
          onSubmit={onSubmit}
          aria-labelledby="form-title"
        >
          <h2 id="form-title">Your scorecard</h2>
          <input type="hidden" name="baseRevision" value={revision === null ? "" : String(revision)} />

          <section className="audience-box audience-box--internal" aria-labelledby="ratings-title">
            <h3 id="ratings-title">
              Competencies <AudienceTag audience="internal" />
            </h3>
            <p className="muted">
              Rate what you observed and write the evidence: what the candidate said or did. The hiring team reads this;
              the candidate does not.
            </p>
            {competencies.length === 0 ? (
              <EmptyState>
                This stage's form has no competencies. Write your strengths and growth areas below.
              </EmptyState>
            ) : (
              competencies.map((c) => (
                <CompetencyFields
                  key={c.id}
                  competency={c}
                  rating={defaults.ratings[c.id] ?? ""}
                  evidence={defaults.evidence[c.id] ?? ""}
                  ratingError={err(names.rating(c.id))}
                  evidenceError={err(names.evidence(c.id))}
                />
              ))
            )}
          </section>

          <section className="audience-box audience-box--candidate" aria-labelledby="shared-title">
            <h3 id="shared-title">
              Feedback for the candidate <AudienceTag audience="candidate" />
            </h3>
            <p className="muted">
              The recruiter may pass these on to the candidate. Describe observed behaviour and how to grow, not
              personality.
            </p>
            <TextAreaField
              name="strengths"
              label="Strengths (shared with the candidate)"
              rows={4}
              maxLength={5000}
              defaultValue={defaults.strengths}
              error={err("strengths")}
            />
            <fieldset className="growth-areas">
              <legend>Growth areas (shared with the candidate)</legend>
              <p className="field__hint">Up to three. Each needs an actionable suggestion. Empty rows are ignored.</p>
              {Array.from({ length: GROWTH_ROWS }, (_, row) => {
                const areaName = names.growthArea(row);
                const areaId = fieldId(areaName);
                const areaError = err(areaName) ?? err(`growthAreas.${row}`);
                return (
                  <div key={row} className="growth-row">
                    <div className={`field${areaError ? " field--invalid" : ""}`}>
                      <label htmlFor={areaId}>Growth area {row + 1}</label>
                      <input
                        type="text"
                        id={areaId}
                        name={areaName}
                        maxLength={500}
                        defaultValue={defaults.growthAreas[row]?.area ?? ""}
                        aria-invalid={areaError ? true : undefined}
                        aria-describedby={areaError ? `${areaId}-error` : undefined}
                      />
                      {areaError ? (
                        <p className="field__error" id={`${areaId}-error`}>
                          {areaError}
                        </p>
                      ) : null}
                    </div>
                    <TextAreaField
                      name={names.growthSuggestion(row)}
                      label={`Suggestion for growth area ${row + 1}`}
                      rows={2}
                      maxLength={2000}
                      defaultValue={defaults.growthAreas[row]?.suggestion ?? ""}
                      error={err(names.growthSuggestion(row))}
                    />
                  </div>
                );
              })}
            </fieldset>
          </section>

          <section className="audience-box audience-box--internal" aria-labelledby="internal-title">
            <h3 id="internal-title">
              Your judgement <AudienceTag audience="internal" />
            </h3>
            <fieldset
              id="recommendation"
              className={err("recommendation") ? "field--invalid" : undefined}
              aria-describedby={err("recommendation") ? "recommendation-error" : undefined}
            >
              <legend>Recommendation (internal)</legend>
              <div className="choice-row">
                {RECOMMENDATIONS.map((r) => (
                  <div key={r} className="checkbox">
                    <input
                      type="radio"
                      id={`recommendation-${r}`}
                      name="recommendation"
                      value={r}
                      defaultChecked={defaults.recommendation === r}
                    />
                    <label htmlFor={`recommendation-${r}`}>{RECOMMENDATION_LABELS[r]}</label>
                  </div>
                ))}
              </div>
              {err("recommendation") ? (
                <p className="field__error" id="recommendation-error">
                  {err("recommendation")}
                </p>
              ) : null}
            </fieldset>
            <TextAreaField
              name="privateNotes"
              label="Private notes (internal, never shown to the candidate)"
              rows={3}
              maxLength={5000}
              defaultValue={defaults.privateNotes}
              error={err("privateNotes")}
            />
          </section>

          <div className="scorecard-actions">
            <p className="save-status" aria-live="polite" role="status">
              {saveStatusText(saveStatus, tz)}
            </p>
            <div className="actions">
              <button
                type="submit"
                name="intent"
                value="save"
                className="button button--secondary"
                disabled={pendingIntent === "save"}
              >
                {pendingIntent === "save" ? "Saving draft…" : "Save draft"}
              </button>
              <button
                type="submit"
                name="intent"
                value="submit"
                className="button button--primary"
                disabled={pendingIntent === "submit"}
              >
                {pendingIntent === "submit" ? "Submitting…" : "Submit scorecard"}
              </button>
            </div>
          </div>
        </Form>
      </div>
      <aside className="scorecard-layout__aside" aria-label="Writing guidance">
        <LintHints findings={findings} competencies={competencies} pending={linter.state !== "idle"} />
      </aside>
    </div>
  );
}

function CompetencyFields({
  competency: c,
  rating,
  evidence,
  ratingError,
  evidenceError,
}: {
  competency: FormCompetency;
  rating: string;
  evidence: string;
  ratingError: string | undefined;
  evidenceError: string | undefined;
}) {
  const ratingName = names.rating(c.id);
  const groupId = fieldId(ratingName);
  const descriptionId = `${groupId}-description`;
  const scale = [...c.scale].sort((a, b) => a.value - b.value);
  return (
    <fieldset className={`competency${ratingError ? " field--invalid" : ""}`} aria-labelledby={`${groupId}-legend`}>
      <legend id={`${groupId}-legend`}>{c.name}</legend>
      {c.description ? (
        <p className="field__hint" id={descriptionId}>
          {c.description}
        </p>
      ) : null}
      <fieldset
        id={groupId}
        className="scale"
        aria-describedby={ratingError ? `${groupId}-error` : undefined}
        aria-invalid={ratingError ? true : undefined}
      >
        <legend>
          Rating<span className="visually-hidden"> for {c.name}</span>
        </legend>
        <div className="scale__points">
          {scale.map((point) => {
            const id = `${groupId}-${point.value}`;
            return (
              <div key={point.value} className="scale__point">
                <input
                  type="radio"
                  id={id}
                  name={ratingName}
                  value={point.value}
                  defaultChecked={rating === String(point.value)}
                />
                <label htmlFor={id}>
                  <span className="scale__label">
                    {point.value} · {point.label}
                  </span>
                  <span className="visually-hidden"> — </span>
                  <span className="scale__anchor">{point.anchor}</span>
                </label>
              </div>
            );
          })}
        </div>
        {ratingError ? (
          <p className="field__error" id={`${groupId}-error`}>
            {ratingError}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        name={names.evidence(c.id)}
        label={
          <>
            Evidence<span className="visually-hidden"> for {c.name}</span>
          </>
        }
        hint={c.evidenceRequired ? "Required: what did the candidate say or do that supports your rating?" : undefined}
        markedRequired={c.evidenceRequired}
        rows={3}
        maxLength={5000}
        defaultValue={evidence}
        error={evidenceError}
      />
    </fieldset>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
