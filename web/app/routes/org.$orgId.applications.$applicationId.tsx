import { feedbackLevelLabel } from "@candor/domain";
import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Field, FormError, formState, Notice, SelectField, SubmitButton } from "~/components/forms";
import { EmptyState, StatusBadge, When } from "~/components/ui";
import { gql, gqlOrThrow, redirectIfSignedOut, requireViewer } from "~/lib/api.server";
import { humanize } from "~/lib/format";
import { failed, formFailure, invalidFields, readForm, text } from "~/lib/forms.server";
import {
  type ApplicationMove,
  ApplicationQuery,
  CancelInterviewMutation,
  CompleteInterviewMutation,
  type Interview,
  MoveApplicationMutation,
  OrganizationQuery,
  PostStatusUpdateMutation,
  RescheduleInterviewMutation,
  ScheduleInterviewMutation,
} from "~/lib/operations";
import { nowZonedLocal, utcIsoToZonedLocal, zonedLocalToUtcIso } from "~/lib/zoned-time";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${data.application.candidate.name} — ${data.application.job.title} — Candor`
      : "Application — Candor",
  },
];

const MOVES: readonly ApplicationMove[] = ["ADVANCE", "OFFER", "HIRE", "REJECT", "WITHDRAW"];
const CONFIRMED_MOVES: readonly ApplicationMove[] = ["REJECT", "WITHDRAW"];
const MOVE_LABELS: Record<ApplicationMove, string> = {
  ADVANCE: "Advance to next stage",
  OFFER: "Offer",
  HIRE: "Hire",
  REJECT: "Reject",
  WITHDRAW: "Withdraw",
};
const MOVE_DONE: Record<ApplicationMove, string> = {
  ADVANCE: "advanced to the next stage",
  OFFER: "made an offer",
  HIRE: "marked as hired",
  REJECT: "rejected",
  WITHDRAW: "withdrawn",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const organizationId = params.orgId ?? "";
  await requireViewer(request, context);
  const page = await gqlOrThrow(request, context, ApplicationQuery, { organizationId, id: params.applicationId ?? "" });
  const organization = page.organization;
  if (!organization) throw new Response("Organisation not found", { status: 404 });
  const tz = organization.timeZone;
  const url = new URL(request.url);
  const confirmParam = url.searchParams.get("confirm");
  const confirmMove = CONFIRMED_MOVES.find((m) => m === confirmParam) ?? null;
  const find = (param: string) => {
    const wanted = url.searchParams.get(param);
    return wanted ? (page.application.interviews.find((i) => i.id === wanted) ?? null) : null;
  };
  const cancelling = find("cancelInterview");
  const rescheduling = find("reschedule");
  const completing = find("complete");
  return {
    organization,
    application: page.application,
    interviewers: page.interviewers,
    templates: page.statusUpdateTemplates,
    confirmMove,
    cancelling,
    rescheduling,
    completing,
    // datetime-local values, in the organisation's zone, for the reschedule forms.
    localTimes: Object.fromEntries(
      page.application.interviews.map((i) => [
        i.id,
        { start: utcIsoToZonedLocal(i.scheduledStart, tz), end: utcIsoToZonedLocal(i.scheduledEnd, tz) },
      ]),
    ),
    nowLocal: nowZonedLocal(tz),
  };
}

async function organizationTimeZone(request: Request, context: AppLoadContext, organizationId: string) {
  const { organization } = await gqlOrThrow(request, context, OrganizationQuery, { id: organizationId });
  return organization?.timeZone ?? "UTC";
}

/** Reads a start/end pair of datetime-local fields as UTC instants, with field errors. */
function readSlot(form: FormData, timeZone: string, errors: Record<string, string>) {
  const startsAt = zonedLocalToUtcIso(text(form, "startsAt"), timeZone);
  const endsAt = zonedLocalToUtcIso(text(form, "endsAt"), timeZone);
  if (!startsAt) errors.startsAt = "Enter the start date and time.";
  if (!endsAt) errors.endsAt = "Enter the end date and time.";
  else if (startsAt && Date.parse(endsAt) <= Date.parse(startsAt)) errors.endsAt = "The end must be after the start.";
  return { startsAt: startsAt ?? "", endsAt: endsAt ?? "" };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const organizationId = params.orgId ?? "";
  const applicationId = params.applicationId ?? "";
  const here = `/org/${organizationId}/applications/${applicationId}`;
  const intent = text(form, "intent");
  const id = text(form, "id");

  switch (intent) {
    case "move": {
      const move = MOVES.find((m) => m === text(form, "move"));
      if (!move) return formFailure("Unknown move. Reload the page and try again.");
      // Rejecting and withdrawing always go through the confirmation step, with or without JavaScript.
      if (CONFIRMED_MOVES.includes(move) && text(form, "confirm") !== "yes") {
        throw redirect(`${here}?confirm=${move}`);
      }
      const result = await gql(request, context, MoveApplicationMutation, { input: { applicationId, move } });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error);
      }
      const moved = result.data.moveApplication;
      return {
        ok: true as const,
        notice: `${moved.candidate.name}: ${MOVE_DONE[move]}${
          move === "ADVANCE" && moved.currentStage ? ` (now at ${moved.currentStage.name})` : ""
        }.`,
      };
    }
    case "schedule": {
      const timeZone = await organizationTimeZone(request, context, organizationId);
      const interviewerIds = form.getAll("interviewerIds").filter((v): v is string => typeof v === "string");
      const values = {
        intent,
        stageId: text(form, "stageId"),
        startsAt: text(form, "startsAt"),
        endsAt: text(form, "endsAt"),
        interviewerIds: interviewerIds.join(","),
      };
      const errors: Record<string, string> = {};
      const slot = readSlot(form, timeZone, errors);
      if (interviewerIds.length === 0) errors.interviewerIds = "Choose at least one interviewer.";
      if (Object.keys(errors).length > 0) return invalidFields(errors, values);
      const result = await gql(request, context, ScheduleInterviewMutation, {
        input: { applicationId, stageId: values.stageId || null, ...slot, interviewerIds },
      });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error, values);
      }
      return {
        ok: true as const,
        notice: `${result.data.scheduleInterview.stage.name} scheduled. The candidate can see it.`,
        at: Date.now(),
      };
    }
    case "reschedule": {
      const timeZone = await organizationTimeZone(request, context, organizationId);
      const values = { intent, id, startsAt: text(form, "startsAt"), endsAt: text(form, "endsAt") };
      const errors: Record<string, string> = {};
      const slot = readSlot(form, timeZone, errors);
      if (Object.keys(errors).length > 0) return invalidFields(errors, values);
      const result = await gql(request, context, RescheduleInterviewMutation, { input: { interviewId: id, ...slot } });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error, values);
      }
      const moved = result.data.rescheduleInterview;
      return {
        ok: true as const,
        notice: `Interview moved. It has now been rescheduled ${moved.rescheduleCount} ${
          moved.rescheduleCount === 1 ? "time" : "times"
        }.`,
      };
    }
    case "cancelInterview": {
      if (text(form, "confirm") !== "yes") throw redirect(`${here}?cancelInterview=${encodeURIComponent(id)}`);
      const result = await gql(request, context, CancelInterviewMutation, { interviewId: id });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error);
      }
      return { ok: true as const, notice: "Interview cancelled." };
    }
    case "complete": {
      const raw = text(form, "endedAt").trim();
      const values = { intent, id, endedAt: raw };
      let endedAt: string | null = null;
      if (raw !== "") {
        const timeZone = await organizationTimeZone(request, context, organizationId);
        endedAt = zonedLocalToUtcIso(raw, timeZone);
        if (!endedAt) return invalidFields({ endedAt: "Enter a date and time, or leave it empty for now." }, values);
      }
      const result = await gql(request, context, CompleteInterviewMutation, { input: { interviewId: id, endedAt } });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error, values);
      }
      return {
        ok: true as const,
        notice: "Interview marked as completed. The scorecard and candidate feedback deadlines are set.",
      };
    }
    case "postUpdate": {
      const body = text(form, "body").trim();
      const templateId = text(form, "templateId");
      const values = { intent, body: text(form, "body"), templateId };
      if (body === "" && templateId === "") {
        return invalidFields({ body: "Write an update, or choose a template." }, values);
      }
      if (body !== "" && templateId !== "") {
        return invalidFields({ body: "Either write an update or choose a template, not both." }, values);
      }
      const result = await gql(request, context, PostStatusUpdateMutation, {
        input: { applicationId, body: body || null, templateId: templateId || null },
      });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error, values);
      }
      return { ok: true as const, notice: "Status update posted. The candidate can read it now.", at: Date.now() };
    }
    default:
      return formFailure("Unknown action. Reload the page and try again.");
  }
}

function interviewLabel(i: Interview): string {
  return `${i.stage.name} interview`;
}

export default function ApplicationPage() {
  const {
    organization,
    application,
    interviewers,
    templates,
    confirmMove,
    cancelling,
    rescheduling,
    completing,
    localTimes,
    nowLocal,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { formError, fieldErrors, values, notice } = formState(actionData);
  const tz = organization.timeZone;
  const orgPath = `/org/${organization.id}`;
  const here = `${orgPath}/applications/${application.id}`;
  const name = application.candidate.name;
  const stages = [...application.job.stages].sort((a, b) => a.position - b.position);
  const current = application.currentStage;
  const hasNextStage = current ? stages.some((s) => s.position > current.position) : false;
  const available: ApplicationMove[] =
    application.status === "ACTIVE"
      ? [...(hasNextStage ? (["ADVANCE"] as const) : []), "OFFER", "REJECT", "WITHDRAW"]
      : application.status === "OFFERED"
        ? ["HIRE", "REJECT", "WITHDRAW"]
        : [];
  const showConfirm = confirmMove && available.includes(confirmMove) ? confirmMove : null;
  const showCancel = cancelling && cancelling.status === "SCHEDULED" ? cancelling : null;
  const showReschedule = rescheduling && rescheduling.status === "SCHEDULED" && !notice ? rescheduling : null;
  const showComplete = completing && completing.status === "SCHEDULED" ? completing : null;
  const interviews = [...application.interviews].sort((a, b) => b.scheduledStart.localeCompare(a.scheduledStart));
  const updates = [...application.statusUpdates].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const scheduleErrors = values.intent === "schedule" ? fieldErrors : {};
  const scheduleValues = values.intent === "schedule" ? values : {};
  const chosenInterviewers = new Set((scheduleValues.interviewerIds ?? "").split(",").filter(Boolean));
  const updateErrors = values.intent === "postUpdate" ? fieldErrors : {};
  const formKey = actionData && "at" in actionData ? String(actionData.at) : "forms";

  return (
    <section>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <Link to={orgPath}>{organization.name}</Link> / <Link to={`${orgPath}/jobs`}>Jobs</Link> /{" "}
            <Link to={`${orgPath}/jobs/${application.job.id}`}>{application.job.title}</Link>
          </p>
          <h1 id="page-title">{name}</h1>
          <p className="muted">
            {application.candidate.email}
            {application.candidate.hasAccount ? " · can sign in" : " · invitation not yet accepted"}
          </p>
        </div>
      </div>
      <Notice message={notice} />
      <FormError message={formError} />

      {showConfirm ? (
        <section className="panel panel--danger" aria-labelledby="confirm-title">
          <h2 id="confirm-title">{showConfirm === "REJECT" ? `Reject ${name}?` : `Withdraw ${name}'s application?`}</h2>
          <p>
            {showConfirm === "REJECT"
              ? `The application for ${application.job.title} closes and ${name} is told the outcome. This cannot be undone here.`
              : `Use this when ${name} has withdrawn from the process. The application for ${application.job.title} closes.`}
          </p>
          <Form method="post" action={here} className="actions">
            <input type="hidden" name="intent" value="move" />
            <input type="hidden" name="move" value={showConfirm} />
            <input type="hidden" name="confirm" value="yes" />
            <SubmitButton
              pendingText={showConfirm === "REJECT" ? "Rejecting…" : "Withdrawing…"}
              variant="danger"
              intent="move"
            >
              {showConfirm === "REJECT" ? "Yes, reject" : "Yes, withdraw"}
            </SubmitButton>
            <Link to={here} className="button button--secondary">
              Keep the application open
            </Link>
          </Form>
        </section>
      ) : null}

      {showCancel ? (
        <section className="panel panel--danger" aria-labelledby="cancel-title">
          <h2 id="cancel-title">Cancel the {interviewLabel(showCancel)}?</h2>
          <p>
            It was set for <When iso={showCancel.scheduledStart} tz={tz} />. {name} and the interviewers see that it is
            cancelled.
          </p>
          <Form method="post" action={here} className="actions">
            <input type="hidden" name="intent" value="cancelInterview" />
            <input type="hidden" name="id" value={showCancel.id} />
            <input type="hidden" name="confirm" value="yes" />
            <SubmitButton pendingText="Cancelling…" variant="danger" intent="cancelInterview" targetId={showCancel.id}>
              Yes, cancel interview
            </SubmitButton>
            <Link to={here} className="button button--secondary">
              Keep the interview
            </Link>
          </Form>
        </section>
      ) : null}

      <dl className="summary">
        <div>
          <dt>Job</dt>
          <dd>
            <Link to={`${orgPath}/jobs/${application.job.id}`}>{application.job.title}</Link>
          </dd>
        </div>
        <div>
          <dt>Stage</dt>
          <dd>{current?.name ?? "—"}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={application.status} />
          </dd>
        </div>
        <div>
          <dt>Applied</dt>
          <dd>
            <When iso={application.appliedAt} tz={tz} dateOnly />
          </dd>
        </div>
        <div>
          <dt>Last contact</dt>
          <dd>
            {application.lastCandidateContactAt ? <When iso={application.lastCandidateContactAt} tz={tz} /> : "Never"}
          </dd>
        </div>
        <div className={application.goingCold ? "summary__alert" : undefined}>
          <dt>Contact due</dt>
          <dd>
            {application.contactDueAt ? <When iso={application.contactDueAt} tz={tz} /> : "—"}{" "}
            {application.goingCold ? <StatusBadge status="OVERDUE" label="Going cold" /> : null}
          </dd>
        </div>
      </dl>

      {available.length > 0 ? (
        <section aria-labelledby="moves-title">
          <h2 id="moves-title" className="visually-hidden">
            Move the application
          </h2>
          <div className="actions">
            {available.map((move) => (
              <Form key={move} method="post" action={here} className="inline-form">
                <input type="hidden" name="intent" value="move" />
                <input type="hidden" name="id" value={move} />
                <input type="hidden" name="move" value={move} />
                <SubmitButton
                  pendingText={`${MOVE_LABELS[move]}…`}
                  variant={CONFIRMED_MOVES.includes(move) ? "danger" : move === "ADVANCE" ? "primary" : "secondary"}
                  intent="move"
                  targetId={move}
                >
                  {MOVE_LABELS[move]}
                </SubmitButton>
              </Form>
            ))}
          </div>
        </section>
      ) : null}

      <h2 id="interviews-title">Interviews</h2>
      {interviews.length === 0 ? (
        <EmptyState>No interviews yet. Schedule one below.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" aria-labelledby="interviews-title">
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">When</th>
                <th scope="col">Interviewers</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Moved
                </th>
                <th scope="col">Scorecard due</th>
                <th scope="col">Candidate feedback due</th>
                <th scope="col">Promise</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {interviews.map((i) => {
                return (
                  <tr key={i.id}>
                    <th scope="row" data-label="Stage">
                      {i.stage.name}
                    </th>
                    <td data-label="When">
                      <When iso={i.scheduledStart} tz={tz} />
                      {i.endedAt ? (
                        <span className="cell-sub muted">
                          Ended <When iso={i.endedAt} tz={tz} />
                        </span>
                      ) : null}
                    </td>
                    <td data-label="Interviewers">{i.interviewers.map((p) => p.name).join(", ") || "—"}</td>
                    <td data-label="Status">
                      <StatusBadge status={i.status} />
                    </td>
                    <td data-label="Moved" className="num">
                      {i.rescheduleCount > 0 ? (
                        <StatusBadge
                          status={i.rescheduleCount > 1 ? "OVERDUE" : "PENDING"}
                          label={`${i.rescheduleCount}×`}
                        />
                      ) : (
                        "0"
                      )}
                    </td>
                    <td data-label="Scorecard due">
                      <When iso={i.scorecardDueAt} tz={tz} />
                    </td>
                    <td data-label="Candidate feedback due">
                      <When iso={i.candidateFeedbackDueAt} tz={tz} /> <FeedbackPromiseBadge interview={i} />
                    </td>
                    <td data-label="Promise">
                      {i.promise ? `${feedbackLevelLabel[i.promise.level]} (v${i.promise.version})` : "—"}
                    </td>
                    <td data-label="Actions">
                      {i.status === "SCHEDULED" ? (
                        <div className="row-actions">
                          <Link
                            to={`?reschedule=${encodeURIComponent(i.id)}#interview-panel`}
                            className="button button--secondary"
                            aria-label={`Reschedule ${interviewLabel(i)}`}
                          >
                            Reschedule
                          </Link>
                          <Link
                            to={`?complete=${encodeURIComponent(i.id)}#interview-panel`}
                            className="button button--secondary"
                            aria-label={`Complete ${interviewLabel(i)}`}
                          >
                            Complete
                          </Link>
                          <Link
                            to={`?cancelInterview=${encodeURIComponent(i.id)}`}
                            className="button button--danger-outline"
                            aria-label={`Cancel ${interviewLabel(i)}`}
                          >
                            Cancel
                          </Link>
                        </div>
                      ) : i.status === "COMPLETED" ? (
                        <div className="row-actions">
                          <Link
                            to={`${orgPath}/interviews/${i.id}/review`}
                            className="button button--secondary"
                            aria-label={`Review feedback of the ${interviewLabel(i)}`}
                          >
                            Review feedback
                          </Link>
                        </div>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {showReschedule ? (
        <section className="panel" id="interview-panel" aria-labelledby="reschedule-title">
          <h2 id="reschedule-title">Reschedule the {interviewLabel(showReschedule)}</h2>
          <p className="muted">
            Now set for <When iso={showReschedule.scheduledStart} tz={tz} />. Every move is counted and shown to {name}.
          </p>
          <Form method="post" action={here} className="stack" noValidate>
            <input type="hidden" name="intent" value="reschedule" />
            <input type="hidden" name="id" value={showReschedule.id} />
            <div className="grid-2">
              <Field
                name="startsAt"
                id="reschedule-startsAt"
                label="New start"
                type="datetime-local"
                required
                hint={`Time in ${tz.replace(/_/g, " ")}.`}
                defaultValue={values.intent === "reschedule" ? values.startsAt : localTimes[showReschedule.id]?.start}
                error={values.intent === "reschedule" ? fieldErrors.startsAt : undefined}
              />
              <Field
                name="endsAt"
                id="reschedule-endsAt"
                label="New end"
                type="datetime-local"
                required
                hint={`Time in ${tz.replace(/_/g, " ")}.`}
                defaultValue={values.intent === "reschedule" ? values.endsAt : localTimes[showReschedule.id]?.end}
                error={values.intent === "reschedule" ? fieldErrors.endsAt : undefined}
              />
            </div>
            <div className="actions">
              <SubmitButton pendingText="Moving…" intent="reschedule" targetId={showReschedule.id}>
                Move interview
              </SubmitButton>
              <Link to={here} className="button button--secondary">
                Keep the current time
              </Link>
            </div>
          </Form>
        </section>
      ) : null}

      {showComplete ? (
        <section className="panel" id="interview-panel" aria-labelledby="complete-title">
          <h2 id="complete-title">Complete the {interviewLabel(showComplete)}</h2>
          <p className="muted">This sets the scorecard deadline and the feedback deadline promised to {name}.</p>
          <Form method="post" action={here} className="stack" noValidate>
            <input type="hidden" name="intent" value="complete" />
            <input type="hidden" name="id" value={showComplete.id} />
            <Field
              name="endedAt"
              id="complete-endedAt"
              label="Ended at (optional)"
              hint={`Leave empty for now. Time in ${tz.replace(/_/g, " ")}.`}
              type="datetime-local"
              max={nowLocal}
              defaultValue={values.intent === "complete" ? values.endedAt : undefined}
              error={values.intent === "complete" ? fieldErrors.endedAt : undefined}
            />
            <div className="actions">
              <SubmitButton pendingText="Completing…" intent="complete" targetId={showComplete.id}>
                Mark completed
              </SubmitButton>
              <Link to={here} className="button button--secondary">
                Not yet
              </Link>
            </div>
          </Form>
        </section>
      ) : null}

      <div className="grid-2 detail-forms">
        {application.status === "ACTIVE" || application.status === "OFFERED" ? (
          <section className="panel" aria-labelledby="schedule-title">
            <h2 id="schedule-title">Schedule interview</h2>
            <Form
              method="post"
              action={here}
              className="stack"
              noValidate
              key={`schedule-${formKey}-${current?.id ?? ""}`}
            >
              <input type="hidden" name="intent" value="schedule" />
              <SelectField
                name="stageId"
                label="Stage"
                defaultValue={scheduleValues.stageId ?? current?.id ?? stages[0]?.id}
                error={scheduleErrors.stageId}
              >
                {stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </SelectField>
              <div className="grid-2">
                <Field
                  name="startsAt"
                  label="Start"
                  type="datetime-local"
                  required
                  min={nowLocal}
                  hint={`Time in ${tz.replace(/_/g, " ")}.`}
                  defaultValue={scheduleValues.startsAt}
                  error={scheduleErrors.startsAt}
                />
                <Field
                  name="endsAt"
                  label="End"
                  type="datetime-local"
                  required
                  min={nowLocal}
                  hint={`Time in ${tz.replace(/_/g, " ")}.`}
                  defaultValue={scheduleValues.endsAt}
                  error={scheduleErrors.endsAt}
                />
              </div>
              <fieldset
                aria-describedby={scheduleErrors.interviewerIds ? "interviewerIds-error" : undefined}
                aria-invalid={scheduleErrors.interviewerIds ? true : undefined}
                className={scheduleErrors.interviewerIds ? "field--invalid" : undefined}
              >
                <legend>Interviewers</legend>
                {interviewers.length === 0 ? (
                  <p className="muted">No staff can be assigned yet. Invite interviewers from Members.</p>
                ) : (
                  interviewers.map((p) => (
                    <div key={p.id} className="checkbox">
                      <input
                        type="checkbox"
                        id={`interviewer-${p.id}`}
                        name="interviewerIds"
                        value={p.id}
                        defaultChecked={chosenInterviewers.has(p.id)}
                      />
                      <label htmlFor={`interviewer-${p.id}`}>
                        {p.name} <span className="muted">({p.email})</span>
                      </label>
                    </div>
                  ))
                )}
                {scheduleErrors.interviewerIds ? (
                  <p className="field__error" id="interviewerIds-error">
                    {scheduleErrors.interviewerIds}
                  </p>
                ) : null}
              </fieldset>
              <SubmitButton pendingText="Scheduling…" intent="schedule">
                Schedule interview
              </SubmitButton>
            </Form>
          </section>
        ) : null}

        <section className="panel" aria-labelledby="updates-title">
          <h2 id="updates-title">Status updates</h2>
          {updates.length === 0 ? (
            <EmptyState>No updates yet. Keep {name} warm: tell them where things stand.</EmptyState>
          ) : (
            <ol className="update-list">
              {updates.map((u) => (
                <li key={u.id}>
                  <p className="update-list__meta muted">
                    <When iso={u.createdAt} tz={tz} /> · {u.authorName ?? "Candor"}{" "}
                    {u.kind === "MANUAL" ? null : (
                      <StatusBadge status={u.kind === "HOLDING" ? "PENDING" : "SCHEDULED"} label={humanize(u.kind)} />
                    )}
                  </p>
                  <p className="update-list__body">{u.body}</p>
                </li>
              ))}
            </ol>
          )}
          <h3 id="post-update-title">Post status update</h3>
          <Form
            method="post"
            action={here}
            className="stack"
            noValidate
            key={`update-${formKey}`}
            aria-labelledby="post-update-title"
          >
            <input type="hidden" name="intent" value="postUpdate" />
            <div className={`field${updateErrors.body ? " field--invalid" : ""}`}>
              <label htmlFor="update-body">Message to {name}</label>
              <textarea
                id="update-body"
                name="body"
                rows={4}
                maxLength={2000}
                defaultValue={values.intent === "postUpdate" ? values.body : undefined}
                aria-invalid={updateErrors.body ? true : undefined}
                aria-describedby={updateErrors.body ? "update-body-error" : undefined}
              />
              {updateErrors.body ? (
                <p className="field__error" id="update-body-error">
                  {updateErrors.body}
                </p>
              ) : null}
            </div>
            {templates.length > 0 ? (
              <>
                <SelectField
                  name="templateId"
                  id="update-template"
                  label="Or send a template"
                  hint="Leave the message empty to send the template's text."
                  defaultValue={values.intent === "postUpdate" ? values.templateId : ""}
                  error={updateErrors.templateId}
                >
                  <option value="">No template</option>
                  {templates.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </SelectField>
                <details>
                  <summary>Template texts</summary>
                  <dl className="template-list">
                    {templates.map((t) => (
                      <div key={t.id}>
                        <dt>{t.name}</dt>
                        <dd>{t.body}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              </>
            ) : null}
            <SubmitButton pendingText="Posting…" intent="postUpdate">
              Post update
            </SubmitButton>
          </Form>
        </section>
      </div>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}

/** Whether the promise to the candidate is kept, pending or broken, in words and colour. */
function FeedbackPromiseBadge({ interview }: { interview: Interview }) {
  if (interview.feedbackReleasedAt) return <StatusBadge status="RELEASED" label="Released" />;
  if (interview.status !== "COMPLETED" || !interview.candidateFeedbackDueAt) return null;
  return new Date(interview.candidateFeedbackDueAt).getTime() < Date.now() ? (
    <StatusBadge status="OVERDUE" label="Not released, overdue" />
  ) : (
    <StatusBadge status="PENDING" label="Not released yet" />
  );
}
