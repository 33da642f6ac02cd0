import { feedbackLevelLabel } from "@candor/domain";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import type { ClientActionFunctionArgs } from "@remix-run/react";
import { Form, Link, useActionData, useFetcher, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { ErrorPage } from "~/components/error-page";
import { AudienceTag, LintHints, ScorecardView, TextAreaField } from "~/components/feedback";
import { Notice } from "~/components/forms";
import { EmptyState, StatusBadge, When } from "~/components/ui";
import { type ApiError, gql, gqlOrThrow, redirectIfSignedOut, requireViewer } from "~/lib/api.server";
import { BACKGROUND_FIELD, skipRevalidationForBackground } from "~/lib/background";
import {
  daysLate,
  dueWording,
  fieldId,
  fixCount,
  names,
  OUTCOME_LABELS,
  OUTCOME_SENTENCES,
  OUTCOMES,
} from "~/lib/feedback";
import { mapReleaseFields, readReleaseForm } from "~/lib/feedback.server";
import { readForm, statusOf, text } from "~/lib/forms.server";
import {
  type FeedbackRelease,
  InterviewReviewQuery,
  LintFeedbackTextQuery,
  type LintResult,
  type Outcome,
  ReleaseFeedbackMutation,
} from "~/lib/operations";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Feedback review: ${data.review.interview.candidateName}, ${data.review.interview.stageName} — Candor`
      : "Feedback review — Candor",
  },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireViewer(request, context);
  const result = await gqlOrThrow(request, context, InterviewReviewQuery, {
    organizationId: params.orgId ?? "",
    interviewId: params.interviewId ?? "",
  });
  if (!result.organization) throw new Response("Organisation not found", { status: 404 });
  const review = result.interviewReview;
  const due = review.release ? null : dueWording(review.candidateFeedbackDueAt, Date.now());
  return { organization: result.organization, review, due };
}

/** Live lint runs in the background: the page's data stays as it is meanwhile. */
export const shouldRevalidate = skipRevalidationForBackground;

type Failure = {
  ok: false;
  intent: string;
  formError: string;
  fieldErrors: Record<string, string>;
  lint: LintResult | null;
  values: { outcome: string; summary: string; details: { competency: string; comment: string }[] } | null;
};

function failure(intent: string, error: ApiError, fields: Record<string, string>, extra: Partial<Failure> = {}) {
  const count = Object.keys(fields).length;
  return data<Failure>(
    {
      ok: false,
      intent,
      formError: error.code === "VALIDATION" && count > 0 ? fixCount(count, "releasing") : error.message,
      fieldErrors: fields,
      lint: null,
      values: null,
      ...extra,
    },
    { status: statusOf(error.code) },
  );
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const organizationId = params.orgId ?? "";
  const interviewId = params.interviewId ?? "";
  const intent = text(form, "intent");
  const parsed = readReleaseForm(form);

  if (intent === "lint") {
    const result = await gql(request, context, LintFeedbackTextQuery, {
      organizationId,
      input: { summary: parsed.summary.trim() },
    });
    if (result.error) return failure(intent, result.error, {});
    return { ok: true as const, intent, lint: result.data.lintFeedbackText, release: null };
  }
  if (intent !== "release") {
    return failure(
      intent,
      { code: "BAD_REQUEST", message: "Unknown action. Reload the page and try again.", fields: {} },
      {},
    );
  }
  const values = { outcome: parsed.outcome ?? "", summary: parsed.summary, details: parsed.details };
  if (!parsed.outcome) {
    return failure(
      intent,
      { code: "VALIDATION", message: "Choose the outcome.", fields: {} },
      { outcome: "Choose the outcome: advancing, not advancing or an offer." },
      { values },
    );
  }
  const level = text(form, "level");
  const result = await gql(request, context, ReleaseFeedbackMutation, {
    input: {
      interviewId,
      outcome: parsed.outcome,
      summary: level === "OUTCOME" ? null : parsed.summary.trim(),
      details:
        level === "DETAILED"
          ? parsed.details.map((d) => ({ competency: d.competency, comment: d.comment.trim() }))
          : null,
    },
  });
  if (result.error) {
    await redirectIfSignedOut(request, context, result.error);
    // Show the summary's blocking findings too, so the recruiter sees why and where.
    let lint: LintResult | null = null;
    if (result.error.code === "VALIDATION" && level !== "OUTCOME" && parsed.summary.trim() !== "") {
      const linted = await gql(request, context, LintFeedbackTextQuery, {
        organizationId,
        input: { summary: parsed.summary.trim() },
      });
      lint = linted.data?.lintFeedbackText ?? null;
    }
    return failure(intent, result.error, mapReleaseFields(result.error.fields, parsed.details), { lint, values });
  }
  return { ok: true as const, intent, lint: null, release: result.data.releaseFeedback };
}

/** In the browser: a lost connection becomes a message on the page instead of an error page. */
export async function clientAction({ request, serverAction }: ClientActionFunctionArgs) {
  const intent = String((await request.clone().formData()).get("intent") ?? "");
  try {
    return await serverAction<typeof action>();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return {
      ok: false as const,
      intent,
      formError: "You seem to be offline. Your text is still here; try again when you are back online.",
      fieldErrors: {} as Record<string, string>,
      lint: null,
      values: null,
    };
  }
}

export default function ReviewPage() {
  const { organization, review, due } = useLoaderData<typeof loader>();
  const tz = organization.timeZone;
  const { interview } = review;
  const orgPath = `/org/${organization.id}`;
  const submitted = review.scorecards.filter((s) => s.status === "SUBMITTED");
  const drafts = review.scorecards.filter((s) => s.status !== "SUBMITTED");
  const missing = review.assignedInterviewers.filter((p) => !submitted.some((s) => s.interviewer.id === p.id));

  return (
    <section>
      <p className="breadcrumb">
        <Link to={orgPath}>{organization.name}</Link> / <Link to={`${orgPath}/jobs`}>Jobs</Link>
      </p>
      <h1 id="page-title">
        Feedback for {interview.candidateName}: {interview.stageName}
      </h1>
      <p className="lead">
        {interview.jobTitle} · <When iso={interview.scheduledStart} tz={tz} />
      </p>

      <dl className="summary">
        <div>
          <dt>Promised feedback</dt>
          <dd>{review.level ? feedbackLevelLabel[review.level] : "No promise recorded"}</dd>
        </div>
        <div className={due?.overdue ? "summary__alert" : undefined}>
          <dt>Candidate feedback due</dt>
          <dd>
            <When iso={review.candidateFeedbackDueAt} tz={tz} />{" "}
            {due ? <StatusBadge status={due.overdue ? "OVERDUE" : "PENDING"} label={due.text} /> : null}
          </dd>
        </div>
        <div>
          <dt>Assigned</dt>
          <dd>{review.assignedInterviewers.map((p) => p.name).join(", ") || "Nobody"}</dd>
        </div>
        <div className={missing.length > 0 ? "summary__alert" : undefined}>
          <dt>Scorecards submitted</dt>
          <dd>
            {submitted.length} of {review.assignedInterviewers.length}
          </dd>
        </div>
      </dl>

      {missing.length > 0 ? (
        <div className="alert alert--info" role="status">
          <p className="flush-top">
            <strong>Missing scorecards:</strong> {missing.map((p) => p.name).join(", ")}
            {drafts.length > 0 ? ` (${drafts.map((d) => d.interviewer.name).join(", ")} started a draft)` : ""}.
          </p>
        </div>
      ) : null}

      <h2 id="scorecards-title">Scorecards</h2>
      {submitted.length === 0 ? (
        <EmptyState>No scorecard has been submitted for this interview yet.</EmptyState>
      ) : (
        <div className="stack">
          {submitted.map((s) => (
            <ScorecardView key={s.id} scorecard={s} tz={tz} />
          ))}
        </div>
      )}

      {review.release ? (
        <ReleasedFeedback release={review.release} tz={tz} />
      ) : interview.status !== "COMPLETED" ? (
        <div className="alert alert--info" role="status">
          Feedback can be released once the interview has taken place and is marked as completed.
        </div>
      ) : (
        <ReleaseForm review={review} candidateName={interview.candidateName} />
      )}
    </section>
  );
}

function ReleasedFeedback({ release, tz }: { release: FeedbackRelease; tz: string }) {
  const actionData = useActionData<typeof clientAction>();
  const late = daysLate(release.releasedAt, release.dueAt);
  return (
    <section className="panel release" aria-labelledby="release-title">
      <Notice
        message={actionData?.ok && actionData.intent === "release" ? "Feedback released to the candidate." : null}
      />
      <h2 id="release-title">Released feedback</h2>
      <dl className="summary summary--compact">
        <div>
          <dt>Released at</dt>
          <dd>
            <When iso={release.releasedAt} tz={tz} />
            {release.releasedByName ? ` by ${release.releasedByName}` : ""}
          </dd>
        </div>
        <div className={release.keptPromise ? undefined : "summary__alert"}>
          <dt>Promise</dt>
          <dd>
            {release.keptPromise ? (
              <StatusBadge status="COMPLETED" label="Promise kept" />
            ) : (
              <StatusBadge
                status="OVERDUE"
                label={
                  late > 0 ? `Promise broken (released ${late} ${late === 1 ? "day" : "days"} late)` : "Promise broken"
                }
              />
            )}
          </dd>
        </div>
        <div>
          <dt>Read by candidate</dt>
          <dd>{release.readAt ? <When iso={release.readAt} tz={tz} /> : "Not read yet"}</dd>
        </div>
      </dl>
      <CandidatePreview
        outcome={release.outcome}
        summary={release.summary ?? ""}
        details={release.details}
        level={release.level}
        title="What the candidate sees"
      />
    </section>
  );
}

function CandidatePreview({
  outcome,
  summary,
  details,
  level,
  title,
}: {
  outcome: Outcome | "";
  summary: string;
  details: readonly { competency: string; comment: string }[];
  level: string;
  title: string;
}) {
  return (
    <section className="candidate-preview" aria-labelledby="preview-title">
      <h3 id="preview-title">
        {title} <AudienceTag audience="candidate" />
      </h3>
      <p className="candidate-preview__outcome">{outcome ? OUTCOME_SENTENCES[outcome] : "Choose an outcome."}</p>
      {level !== "OUTCOME" && summary.trim() !== "" ? <p className="prewrap">{summary}</p> : null}
      {level === "DETAILED" && details.length > 0 ? (
        <dl className="ratings">
          {details.map((d) => (
            <div key={d.competency} className="ratings__item">
              <dt>{d.competency}</dt>
              <dd className="prewrap">{d.comment.trim() || <span className="muted">No comment yet.</span>}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}

function ReleaseForm({
  review,
  candidateName,
}: {
  review: ReturnType<typeof useLoaderData<typeof loader>>["review"];
  candidateName: string;
}) {
  const actionData = useActionData<typeof clientAction>();
  const navigation = useNavigation();
  const linter = useFetcher<typeof clientAction>();
  const failed = actionData && actionData.ok === false ? actionData : null;
  const fieldErrors = failed?.fieldErrors ?? {};
  const level = review.level ?? "SUMMARY";
  const initial = failed?.values ?? {
    outcome: "",
    summary: review.suggestedSummary,
    details: review.suggestedDetails,
  };
  const [outcome, setOutcome] = useState<Outcome | "">(OUTCOMES.find((o) => o === initial.outcome) ?? "");
  const [summary, setSummary] = useState(initial.summary);
  const [details, setDetails] = useState(initial.details.map((d) => ({ ...d })));
  const lintTimer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(lintTimer.current), []);

  const lintSummary = (value: string) => {
    clearTimeout(lintTimer.current);
    lintTimer.current = setTimeout(() => {
      linter.submit({ intent: "lint", [BACKGROUND_FIELD]: "1", summary: value }, { method: "post" });
    }, 700);
  };

  const liveLint = linter.data?.ok && linter.data.intent === "lint" ? linter.data.lint : null;
  const lint = liveLint ?? failed?.lint ?? null;
  const pending = navigation.state === "submitting" && navigation.formData?.get("intent") === "release";
  const errorEntries = Object.entries(fieldErrors);
  const labelOf = (field: string) => {
    const m = /^details\.(\d+)\.comment$/.exec(field);
    if (m) return `Feedback on ${details[Number(m[1])]?.competency ?? "a competency"}`;
    return field === "summary" ? "Summary for the candidate" : field === "outcome" ? "Outcome" : field;
  };

  return (
    <section className="panel release" aria-labelledby="release-form-title">
      <h2 id="release-form-title">Release feedback to {candidateName}</h2>
      {failed ? (
        <div role="alert" className="alert alert--error error-summary">
          <p className="error-summary__title">{failed.formError}</p>
          {errorEntries.length > 0 ? (
            <ul>
              {errorEntries.map(([field, message]) => (
                <li key={field}>
                  <a href={`#${fieldId(field)}`}>
                    {labelOf(field)}: {message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : (
        <div role="alert" className="alert--empty" />
      )}
      <p className="muted">
        Prefilled from the submitted scorecards' strengths and growth areas. Edit it into words the candidate can act
        on; nothing internal is shared.
      </p>
      <div className="release-layout">
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="release" />
          <input type="hidden" name="level" value={level} />
          <fieldset
            id="outcome"
            className={fieldErrors.outcome ? "field--invalid" : undefined}
            aria-describedby={fieldErrors.outcome ? "outcome-error" : undefined}
          >
            <legend>Outcome</legend>
            <div className="choice-row">
              {OUTCOMES.map((o) => (
                <div key={o} className="checkbox">
                  <input
                    type="radio"
                    id={`outcome-${o}`}
                    name="outcome"
                    value={o}
                    checked={outcome === o}
                    onChange={() => setOutcome(o)}
                  />
                  <label htmlFor={`outcome-${o}`}>{OUTCOME_LABELS[o]}</label>
                </div>
              ))}
            </div>
            {fieldErrors.outcome ? (
              <p className="field__error" id="outcome-error">
                {fieldErrors.outcome}
              </p>
            ) : null}
          </fieldset>
          {level === "SUMMARY" || level === "DETAILED" ? (
            <TextAreaField
              name="summary"
              label="Summary for the candidate"
              rows={6}
              maxLength={5000}
              value={summary}
              onChange={(e) => {
                setSummary(e.currentTarget.value);
                lintSummary(e.currentTarget.value);
              }}
              error={fieldErrors.summary}
            />
          ) : (
            <p className="muted">The promise for this stage is the outcome only: no written feedback is released.</p>
          )}
          {level === "DETAILED"
            ? details.map((d, row) => (
                <div key={d.competency}>
                  <input type="hidden" name={names.detailCompetency(row)} value={d.competency} />
                  <TextAreaField
                    name={names.detail(row)}
                    label={`Feedback on ${d.competency}`}
                    rows={3}
                    maxLength={2000}
                    value={d.comment}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setDetails((list) => list.map((x, i) => (i === row ? { ...x, comment: value } : x)));
                    }}
                    error={fieldErrors[names.detail(row)]}
                  />
                </div>
              ))
            : null}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={pending}>
              {pending ? "Releasing…" : "Release feedback to the candidate"}
            </button>
          </div>
        </Form>
        <div className="stack">
          <CandidatePreview
            outcome={outcome}
            summary={summary}
            details={details}
            level={level}
            title="Preview: exactly what the candidate will see"
          />
          {level !== "OUTCOME" ? (
            <LintHints
              findings={lint?.findings ?? []}
              pending={linter.state !== "idle"}
              title="Guidance on the summary"
              headingId="release-lint-title"
              emptyText="Type or edit the summary to check it for vague or biased wording."
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
