import { feedbackLevelLabel, localDate, promiseTermsSchema, STAGE_KINDS, stageKindLabel } from "@candor/domain";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Field, FormError, formState, Notice, SelectField, SubmitButton } from "~/components/forms";
import { PromiseDraftForm, type PromiseTermsValues } from "~/components/promise-form";
import { EmptyState, StatusBadge, When } from "~/components/ui";
import { errorResponse, gql, gqlOrThrow, redirectIfSignedOut, requireViewer } from "~/lib/api.server";
import { isValidTimeZone } from "~/lib/format";
import { failed, formFailure, invalid, invalidFields, readForm, text } from "~/lib/forms.server";
import {
  AddHolidayMutation,
  DiscardPromiseDraftMutation,
  type FeedbackPromise,
  type Holiday,
  PromiseHistoryQuery,
  PromisesPageQuery,
  PublishPromiseMutation,
  RemoveHolidayMutation,
  SavePromiseDraftMutation,
  type StageKind,
  UpdateOrganizationMutation,
} from "~/lib/operations";
import { isLocalDate } from "~/lib/zoned-time";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Feedback promises of ${data.organization.name} — Candor` : "Feedback promises — Candor" },
];

const DEFAULT_TERMS: PromiseTermsValues = {
  level: "SUMMARY",
  candidateDeadlineBusinessDays: "5",
  scorecardDeadlineHours: "48",
  statusCadenceDays: "7",
};

function isStageKind(value: string): value is StageKind {
  return (STAGE_KINDS as readonly string[]).includes(value);
}

function supportedTimeZones(): string[] {
  try {
    const zones = Intl.supportedValuesOf("timeZone");
    return zones.includes("UTC") ? zones : [...zones, "UTC"];
  } catch {
    return ["UTC"];
  }
}

/** The list, with the organisation's current zone in it even if this runtime calls it by another name. */
function withZone(zones: string[], current: string): string[] {
  return zones.includes(current) ? zones : [current, ...zones];
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const organizationId = params.orgId ?? "";
  const viewer = await requireViewer(request, context);
  const page = await gqlOrThrow(request, context, PromisesPageQuery, { organizationId });
  const organization = page.organization;
  if (!organization) throw new Response("Organisation not found", { status: 404 });
  const role = viewer.memberships.find((m) => m.organization.id === organizationId)?.role ?? null;
  const selectedJobId = new URL(request.url).searchParams.get("job") || null;
  const selectedJob = selectedJobId ? (page.jobs.find((j) => j.id === selectedJobId) ?? null) : null;
  const jobKinds = selectedJob
    ? STAGE_KINDS.filter((k) => selectedJob.stages.length === 0 || selectedJob.stages.some((s) => s.kind === k))
    : [];

  // Version history of every stage kind shown, fetched side by side.
  const histories = await Promise.all([
    ...STAGE_KINDS.map((stageKind) =>
      gql(request, context, PromiseHistoryQuery, { organizationId, stageKind, jobId: null }),
    ),
    ...jobKinds.map((stageKind) =>
      gql(request, context, PromiseHistoryQuery, { organizationId, stageKind, jobId: selectedJob?.id ?? null }),
    ),
  ]);
  const history: Record<string, FeedbackPromise[]> = {};
  histories.forEach((result, index) => {
    if (result.error) errorResponse(result.error);
    const isJob = index >= STAGE_KINDS.length;
    const kind = isJob ? jobKinds[index - STAGE_KINDS.length] : STAGE_KINDS[index];
    history[`${isJob ? selectedJob?.id : "org"}-${kind}`] = result.data.promiseHistory;
  });

  return {
    organization,
    promises: page.promises,
    holidays: page.holidays,
    today: localDate(new Date(), organization.timeZone),
    jobs: page.jobs,
    selectedJob: selectedJob ? { id: selectedJob.id, title: selectedJob.title, kinds: jobKinds } : null,
    history,
    isAdmin: role === "ADMIN",
    timeZones: role === "ADMIN" ? withZone(supportedTimeZones(), organization.timeZone) : [],
  };
}

/** A number field as a number; blank or non-numeric becomes NaN, which the schema refuses with a message. */
function numberField(form: FormData, name: string): number {
  const raw = text(form, name).trim();
  return raw === "" ? Number.NaN : Number(raw);
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const organizationId = params.orgId ?? "";
  const intent = text(form, "intent");
  const id = text(form, "id");

  switch (intent) {
    case "saveDraft": {
      const stageKind = text(form, "stageKind");
      const jobId = text(form, "jobId") || null;
      const values = {
        intent,
        formKey: id,
        level: text(form, "level"),
        candidateDeadlineBusinessDays: text(form, "candidateDeadlineBusinessDays"),
        scorecardDeadlineHours: text(form, "scorecardDeadlineHours"),
        statusCadenceDays: text(form, "statusCadenceDays"),
      };
      if (!isStageKind(stageKind)) return formFailure("Unknown interview stage. Reload the page and try again.");
      const parsed = promiseTermsSchema.safeParse({
        level: values.level,
        candidateDeadlineBusinessDays: numberField(form, "candidateDeadlineBusinessDays"),
        scorecardDeadlineHours: numberField(form, "scorecardDeadlineHours"),
        statusCadenceDays: numberField(form, "statusCadenceDays"),
      });
      if (!parsed.success) return invalid(parsed.error, values);
      const result = await gql(request, context, SavePromiseDraftMutation, {
        input: { organizationId, stageKind, jobId, ...parsed.data },
      });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error, values);
      }
      const draft = result.data.savePromiseDraft;
      return {
        ok: true as const,
        notice: `Draft saved for ${stageKindLabel[draft.stageKind]}${draft.jobTitle ? ` (${draft.jobTitle})` : ""}. Publish it to make it public.`,
      };
    }
    case "publish": {
      const result = await gql(request, context, PublishPromiseMutation, { id });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error);
      }
      const published = result.data.publishPromise;
      return {
        ok: true as const,
        notice: `${stageKindLabel[published.stageKind]} promise${published.jobTitle ? ` for ${published.jobTitle}` : ""} published as version ${published.version}.`,
      };
    }
    case "discard": {
      const result = await gql(request, context, DiscardPromiseDraftMutation, { id });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error);
      }
      return { ok: true as const, notice: "Draft discarded. The published promise is unchanged." };
    }
    case "addHoliday": {
      const values = { intent, date: text(form, "date").trim(), name: text(form, "name").trim() };
      const errors: Record<string, string> = {};
      if (!isLocalDate(values.date)) errors.date = "Enter a date.";
      if (values.name === "") errors.name = "Enter the holiday's name.";
      else if (values.name.length > 100) errors.name = "Use at most 100 characters.";
      if (Object.keys(errors).length > 0) return invalidFields(errors, values);
      const result = await gql(request, context, AddHolidayMutation, {
        input: { organizationId, date: values.date, name: values.name },
      });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error, values);
      }
      return {
        ok: true as const,
        notice: `${result.data.addHoliday.name} (${result.data.addHoliday.date}) added. Deadlines skip it from now on.`,
        at: Date.now(),
      };
    }
    case "removeHoliday": {
      const result = await gql(request, context, RemoveHolidayMutation, { id });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error);
      }
      return { ok: true as const, notice: `${text(form, "holidayName") || "The holiday"} was removed.` };
    }
    case "updateTimeZone": {
      const timeZone = text(form, "timeZone");
      const values = { intent, timeZone };
      if (!isValidTimeZone(timeZone)) {
        return invalidFields({ timeZone: "Choose a time zone from the list." }, values);
      }
      const result = await gql(request, context, UpdateOrganizationMutation, { input: { organizationId, timeZone } });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error, values);
      }
      return {
        ok: true as const,
        notice: `Time zone changed to ${result.data.updateOrganization.timeZone.replace(/_/g, " ")}. Deadlines already set keep their dates.`,
      };
    }
    case "updateTrackRecord": {
      const publicTrackRecord = text(form, "publicTrackRecord") === "yes";
      const result = await gql(request, context, UpdateOrganizationMutation, {
        input: { organizationId, publicTrackRecord },
      });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error);
      }
      return {
        ok: true as const,
        notice: publicTrackRecord
          ? "Your public page now shows your track record over the last 90 days."
          : "Your public page no longer shows your track record.",
      };
    }
    default:
      return formFailure("Unknown action. Reload the page and try again.");
  }
}

function termsOf(p: FeedbackPromise): PromiseTermsValues {
  return {
    level: p.level,
    candidateDeadlineBusinessDays: String(p.candidateDeadlineBusinessDays),
    scorecardDeadlineHours: String(p.scorecardDeadlineHours),
    statusCadenceDays: String(p.statusCadenceDays),
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function PromiseTerms({ promise, tz }: { promise: FeedbackPromise; tz: string }) {
  return (
    <dl className="summary summary--compact">
      <div>
        <dt>Feedback level</dt>
        <dd>{feedbackLevelLabel[promise.level]}</dd>
      </div>
      <div>
        <dt>Candidate feedback within</dt>
        <dd>{plural(promise.candidateDeadlineBusinessDays, "business day")}</dd>
      </div>
      <div>
        <dt>Scorecard due within</dt>
        <dd>{plural(promise.scorecardDeadlineHours, "hour")}</dd>
      </div>
      <div>
        <dt>Candidate updates</dt>
        <dd>At least every {plural(promise.statusCadenceDays, "day")}</dd>
      </div>
      <div>
        <dt>Version</dt>
        <dd>{promise.version}</dd>
      </div>
      <div>
        <dt>Published</dt>
        <dd>
          <When iso={promise.publishedAt} tz={tz} />
          {promise.publishedByName ? ` by ${promise.publishedByName}` : ""}
        </dd>
      </div>
    </dl>
  );
}

type FormAnswer = ReturnType<typeof formState>;

function StagePromise({
  scopeKey,
  jobId,
  kind,
  published,
  draft,
  history,
  isAdmin,
  tz,
  answer,
}: {
  scopeKey: string;
  jobId: string | null;
  kind: StageKind;
  published: FeedbackPromise | undefined;
  draft: FeedbackPromise | undefined;
  history: FeedbackPromise[];
  isAdmin: boolean;
  tz: string;
  answer: FormAnswer;
}) {
  const formKey = `${scopeKey}-${kind}`;
  const headingId = `${formKey}-title`;
  const mine = answer.values.formKey === formKey;
  const saved = draft ?? published;
  const defaults: PromiseTermsValues = mine
    ? {
        level: answer.values.level ?? DEFAULT_TERMS.level,
        candidateDeadlineBusinessDays: answer.values.candidateDeadlineBusinessDays ?? "",
        scorecardDeadlineHours: answer.values.scorecardDeadlineHours ?? "",
        statusCadenceDays: answer.values.statusCadenceDays ?? "",
      }
    : saved
      ? termsOf(saved)
      : DEFAULT_TERMS;
  return (
    <section className="panel stage-promise" aria-labelledby={headingId} id={formKey}>
      <h3 id={headingId}>{stageKindLabel[kind]}</h3>
      <div className="stage-promise__grid">
        <div>
          <h4>Published</h4>
          {published ? (
            <>
              <p className="promise-sentence">{published.description}</p>
              <PromiseTerms promise={published} tz={tz} />
            </>
          ) : (
            <EmptyState>
              {jobId
                ? "No override for this job: the organisation-wide promise applies."
                : "Nothing published for this stage yet, so your public page says nothing about it."}
            </EmptyState>
          )}
        </div>
        {isAdmin || draft ? (
          <div>
            {draft ? (
              <div className="draft-box">
                <p>
                  <StatusBadge status="DRAFT" label="Open draft" />{" "}
                  <span className="muted">
                    saved <When iso={draft.createdAt} tz={tz} />
                  </span>
                </p>
                {isAdmin ? null : <p className="promise-sentence promise-sentence--draft">{draft.description}</p>}
                {isAdmin ? (
                  <div className="actions">
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="publish" />
                      <input type="hidden" name="id" value={draft.id} />
                      <SubmitButton
                        pendingText="Publishing…"
                        intent="publish"
                        targetId={draft.id}
                        ariaLabel={`Publish ${stageKindLabel[kind]} draft`}
                      >
                        Publish
                      </SubmitButton>
                    </Form>
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="discard" />
                      <input type="hidden" name="id" value={draft.id} />
                      <SubmitButton
                        pendingText="Discarding…"
                        variant="secondary"
                        intent="discard"
                        targetId={draft.id}
                        ariaLabel={`Discard ${stageKindLabel[kind]} draft`}
                      >
                        Discard
                      </SubmitButton>
                    </Form>
                  </div>
                ) : null}
              </div>
            ) : null}
            {isAdmin ? (
              <>
                <h4>{draft ? "Edit the draft" : "Prepare a new version"}</h4>
                <PromiseDraftForm
                  key={JSON.stringify(defaults)}
                  formKey={formKey}
                  stageKind={kind}
                  jobId={jobId}
                  defaults={defaults}
                  errors={mine ? answer.fieldErrors : {}}
                  savedDescription={draft?.description ?? null}
                />
              </>
            ) : null}
          </div>
        ) : null}
      </div>
      {history.length > 0 ? (
        <details className="history">
          <summary>Version history ({history.length})</summary>
          <div className="table-wrap">
            <table className="table table--cards">
              <caption className="visually-hidden">
                Versions of the {stageKindLabel[kind]} promise, newest first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Status</th>
                  <th scope="col">Promise</th>
                  <th scope="col">Published</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.id}>
                    <th scope="row" data-label="Version">
                      {h.status === "DRAFT" ? "Draft" : `v${h.version}`}
                    </th>
                    <td data-label="Status">
                      <StatusBadge status={h.status} />
                    </td>
                    <td data-label="Promise">
                      {h.description}
                      <br />
                      <span className="muted">
                        Scorecard {plural(h.scorecardDeadlineHours, "hour")}, updates every{" "}
                        {plural(h.statusCadenceDays, "day")}
                      </span>
                    </td>
                    <td data-label="Published">
                      {h.publishedAt ? (
                        <>
                          <When iso={h.publishedAt} tz={tz} />
                          {h.publishedByName ? ` by ${h.publishedByName}` : ""}
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}

export default function Promises() {
  const { organization, promises, holidays, today, jobs, selectedJob, history, isAdmin, timeZones } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const answer = formState(actionData);
  const { formError, fieldErrors, values, notice } = answer;
  const tz = organization.timeZone;
  const orgPath = `/org/${organization.id}`;
  const find = (kind: StageKind, jobId: string | null, status: FeedbackPromise["status"]) =>
    promises.find((p) => p.stageKind === kind && (p.jobId ?? null) === jobId && p.status === status);
  const overrides = promises.filter((p) => p.jobId && p.status === "PUBLISHED");
  const upcoming = holidays.filter((h) => h.date >= today);
  const past = holidays.filter((h) => h.date < today).reverse();
  const holidayErrors = values.intent === "addHoliday" ? fieldErrors : {};
  const holidayKey = actionData && "at" in actionData ? String(actionData.at) : "holiday";

  return (
    <section>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <Link to={orgPath}>{organization.name}</Link>
          </p>
          <h1 id="page-title">Feedback promises</h1>
          <p className="muted">
            What candidates are promised after each interview stage. Interviews keep the version in force when they were
            scheduled, so publishing never moves old deadlines.
          </p>
        </div>
        <Link to={`/c/${organization.slug}`} className="button button--secondary">
          Preview public page
        </Link>
      </div>
      <Notice message={notice} />
      <FormError message={formError} />
      {isAdmin ? null : <p className="alert alert--info">You can read the promises. Only admins can change them.</p>}

      <h2 id="org-promises-title">Organisation-wide promises</h2>
      {STAGE_KINDS.map((kind) => (
        <StagePromise
          key={kind}
          scopeKey="org"
          jobId={null}
          kind={kind}
          published={find(kind, null, "PUBLISHED")}
          draft={find(kind, null, "DRAFT")}
          history={history[`org-${kind}`] ?? []}
          isAdmin={isAdmin}
          tz={tz}
          answer={answer}
        />
      ))}

      <h2 id="overrides-title">Job-specific overrides</h2>
      <p className="muted">A job can promise more (or differently) than the organisation-wide promise for a stage.</p>
      {overrides.length > 0 ? (
        <ul className="plain-list">
          {overrides.map((o) => (
            <li key={o.id}>
              <strong>{o.jobTitle}</strong> · {stageKindLabel[o.stageKind]}: {o.description}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>No job overrides published: every job follows the organisation-wide promises.</EmptyState>
      )}
      {jobs.length === 0 ? (
        <p className="muted">
          Create a job first: <Link to={`${orgPath}/jobs`}>Jobs</Link>.
        </p>
      ) : (
        <Form method="get" className="inline-form choose-job">
          <SelectField name="job" id="choose-job" label="Job" defaultValue={selectedJob?.id ?? ""}>
            <option value="">Choose a job…</option>
            {jobs.map((j) => (
              <option key={j.id} value={j.id}>
                {j.title}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button--secondary">
            Show job promises
          </button>
        </Form>
      )}
      {selectedJob ? (
        <section aria-labelledby="job-promises-title">
          <h3 id="job-promises-title" className="subsection-title">
            Promises for {selectedJob.title}
          </h3>
          {selectedJob.kinds.map((kind) => (
            <StagePromise
              key={kind}
              scopeKey={`job-${selectedJob.id}`}
              jobId={selectedJob.id}
              kind={kind}
              published={find(kind, selectedJob.id, "PUBLISHED")}
              draft={find(kind, selectedJob.id, "DRAFT")}
              history={history[`${selectedJob.id}-${kind}`] ?? []}
              isAdmin={isAdmin}
              tz={tz}
              answer={answer}
            />
          ))}
        </section>
      ) : null}

      <h2 id="calendar-title">Business-day calendar</h2>
      <p className="muted">
        Deadlines count business days in the organisation's time zone, skipping weekends and these holidays.
      </p>
      <div className="grid-2 calendar-grid">
        <section className="panel" aria-labelledby="holidays-title">
          <h3 id="holidays-title">Holidays</h3>
          {upcoming.length === 0 ? (
            <EmptyState>No upcoming holidays: only weekends are skipped.</EmptyState>
          ) : (
            <HolidayList holidays={upcoming} isAdmin={isAdmin} />
          )}
          {past.length > 0 ? (
            <details className="history">
              <summary>Past holidays ({past.length})</summary>
              <HolidayList holidays={past} isAdmin={isAdmin} />
            </details>
          ) : null}
          {isAdmin ? (
            <Form method="post" className="stack" noValidate key={holidayKey}>
              <input type="hidden" name="intent" value="addHoliday" />
              <div className="grid-2">
                <Field
                  name="date"
                  id="holiday-date"
                  label="Holiday date"
                  type="date"
                  required
                  defaultValue={holidayErrors.date || holidayErrors.name ? values.date : undefined}
                  error={holidayErrors.date}
                />
                <Field
                  name="name"
                  id="holiday-name"
                  label="Holiday name"
                  required
                  maxLength={100}
                  defaultValue={holidayErrors.date || holidayErrors.name ? values.name : undefined}
                  error={holidayErrors.name}
                />
              </div>
              <SubmitButton pendingText="Adding holiday…" intent="addHoliday" variant="secondary">
                Add holiday
              </SubmitButton>
            </Form>
          ) : null}
        </section>
        <section className="panel" aria-labelledby="timezone-title">
          <h3 id="timezone-title">Time zone</h3>
          <p>
            Deadlines and every date on staff pages use <strong>{tz.replace(/_/g, " ")}</strong>.
          </p>
          {isAdmin ? (
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="updateTimeZone" />
              <SelectField
                name="timeZone"
                id="timeZone"
                label="Organisation time zone"
                hint="Deadlines already set keep their dates."
                defaultValue={tz}
                error={values.intent === "updateTimeZone" ? fieldErrors.timeZone : undefined}
              >
                {timeZones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replace(/_/g, " ")}
                  </option>
                ))}
              </SelectField>
              <SubmitButton pendingText="Saving time zone…" intent="updateTimeZone" variant="secondary">
                Save time zone
              </SubmitButton>
            </Form>
          ) : null}
        </section>
        <section className="panel" aria-labelledby="track-record-title">
          <h3 id="track-record-title">Public track record</h3>
          <p>
            {organization.publicTrackRecord ? "Shown" : "Not shown"} on your{" "}
            <Link to={`/c/${organization.slug}`}>public promise page</Link>: your promise-kept rate and median time to
            feedback over the last 90 days, with the number of interviews behind them.
          </p>
          {isAdmin ? (
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="updateTrackRecord" />
              <input type="hidden" name="publicTrackRecord" value={organization.publicTrackRecord ? "no" : "yes"} />
              <SubmitButton pendingText="Saving…" intent="updateTrackRecord" variant="secondary">
                {organization.publicTrackRecord ? "Stop publishing the track record" : "Publish the track record"}
              </SubmitButton>
            </Form>
          ) : null}
        </section>
      </div>
    </section>
  );
}

function HolidayList({ holidays, isAdmin }: { holidays: Holiday[]; isAdmin: boolean }) {
  return (
    <ul className="holiday-list">
      {holidays.map((h) => (
        <li key={h.id}>
          <span>
            <strong>{h.name}</strong> <span className="muted">{formatLocalDate(h.date)}</span>
          </span>
          {isAdmin ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="removeHoliday" />
              <input type="hidden" name="id" value={h.id} />
              <input type="hidden" name="holidayName" value={h.name} />
              <SubmitButton
                pendingText="Removing…"
                variant="link"
                intent="removeHoliday"
                targetId={h.id}
                ariaLabel={`Remove ${h.name} (${h.date})`}
              >
                Remove
              </SubmitButton>
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** "2026-12-24" → "Thu, 24 Dec 2026" (a calendar date: no time zone shift). */
function formatLocalDate(date: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(parsed);
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
