import { stageKindLabel } from "@candor/domain";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Field, FormError, formState, Notice, SubmitButton } from "~/components/forms";
import { EmptyState, StatusBadge, When } from "~/components/ui";
import { gql, gqlOrThrow, redirectIfSignedOut, requireViewer } from "~/lib/api.server";
import { failed, formFailure, invalidFields, readForm, text } from "~/lib/forms.server";
import { AddCandidateMutation, type ApplicationCard, PipelineQuery, SetJobStatusMutation } from "~/lib/operations";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.pipeline.job.title} — pipeline — Candor` : "Pipeline — Candor" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireViewer(request, context);
  const { organization, pipeline } = await gqlOrThrow(request, context, PipelineQuery, {
    organizationId: params.orgId ?? "",
    jobId: params.jobId ?? "",
  });
  if (!organization) throw new Response("Organisation not found", { status: 404 });
  return { organization, pipeline };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const jobId = params.jobId ?? "";
  const intent = text(form, "intent");
  switch (intent) {
    case "addCandidate": {
      const values = { intent, name: text(form, "name").trim(), email: text(form, "email").trim() };
      const errors: Record<string, string> = {};
      if (values.name === "") errors.name = "Enter the candidate's name.";
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email))
        errors.email = "Enter an email address like name@example.com.";
      if (Object.keys(errors).length > 0) return invalidFields(errors, values);
      const result = await gql(request, context, AddCandidateMutation, {
        input: { jobId, name: values.name, email: values.email },
      });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error, values);
      }
      const added = result.data.addCandidate;
      return {
        ok: true as const,
        notice: `${added.candidate.name} was added. An invitation to follow their application was emailed to ${added.candidate.email}.`,
        at: Date.now(),
      };
    }
    case "setStatus": {
      const status = text(form, "status");
      if (status !== "OPEN" && status !== "CLOSED") return formFailure("Unknown job status.");
      const result = await gql(request, context, SetJobStatusMutation, { jobId, status });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error);
      }
      return {
        ok: true as const,
        notice: status === "OPEN" ? "The job is open." : "The job is closed. Its applications stay on the board.",
      };
    }
    default:
      return formFailure("Unknown action. Reload the page and try again.");
  }
}

function AppCard({ app, orgPath, tz }: { app: ApplicationCard; orgPath: string; tz: string }) {
  return (
    <li className={`app-card${app.goingCold ? " app-card--cold" : ""}`}>
      <Link to={`${orgPath}/applications/${app.id}`} className="app-card__name">
        {app.candidate.name}
      </Link>
      <span className="app-card__meta muted">
        Last contact:{" "}
        {app.lastCandidateContactAt ? <When iso={app.lastCandidateContactAt} tz={tz} dateOnly /> : "never"}
      </span>
      {app.goingCold ? <StatusBadge status="OVERDUE" label="Going cold" /> : null}
    </li>
  );
}

export default function PipelineBoard() {
  const { organization, pipeline } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { formError, fieldErrors, values, notice } = formState(actionData);
  const orgPath = `/org/${organization.id}`;
  const tz = organization.timeZone;
  const job = pipeline.job;
  const addKey = actionData && "at" in actionData ? String(actionData.at) : "add";
  const addErrors = values.intent === "addCandidate" ? fieldErrors : {};
  const activeCount = pipeline.columns.reduce((n, c) => n + c.applications.length, 0);

  return (
    <section>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <Link to={orgPath}>{organization.name}</Link> / <Link to={`${orgPath}/jobs`}>Jobs</Link>
          </p>
          <h1 id="page-title">{job.title}</h1>
          <p className="muted">
            <StatusBadge status={job.status} /> {[job.department, job.location].filter(Boolean).join(" · ")}
            {job.department || job.location ? " · " : ""}
            {activeCount} active {activeCount === 1 ? "application" : "applications"}
          </p>
        </div>
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="setStatus" />
          <input type="hidden" name="status" value={job.status === "OPEN" ? "CLOSED" : "OPEN"} />
          <SubmitButton
            pendingText={job.status === "OPEN" ? "Closing…" : "Opening…"}
            variant="secondary"
            intent="setStatus"
          >
            {job.status === "OPEN" ? "Close job" : "Open job"}
          </SubmitButton>
        </Form>
      </div>
      <Notice message={notice} />
      <FormError message={formError} />

      <h2 id="board-title">Pipeline</h2>
      {pipeline.columns.length === 0 ? (
        <EmptyState>This job has no stages.</EmptyState>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
        <section className="board" aria-labelledby="board-title" tabIndex={0}>
          {pipeline.columns.map((column) => (
            <section key={column.stage.id} className="board__column" aria-labelledby={`stage-${column.stage.id}`}>
              <h3 id={`stage-${column.stage.id}`} className="board__title">
                {column.stage.name} <span className="board__count">({column.applications.length})</span>
              </h3>
              <p className="board__kind muted">{stageKindLabel[column.stage.kind]}</p>
              {column.applications.length === 0 ? (
                <p className="board__empty muted">No candidates at this stage.</p>
              ) : (
                <ul className="board__cards">
                  {column.applications.map((app) => (
                    <AppCard key={app.id} app={app} orgPath={orgPath} tz={tz} />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </section>
      )}

      <div className="grid-2 board-foot">
        <section className="panel" aria-labelledby="add-candidate-title">
          <h2 id="add-candidate-title">Add candidate</h2>
          <p className="muted">
            They start at the first stage and receive an email invitation to follow their application.
          </p>
          <Form method="post" className="stack" noValidate key={addKey}>
            <input type="hidden" name="intent" value="addCandidate" />
            <Field
              name="name"
              id="candidate-name"
              label="Candidate name"
              required
              autoComplete="off"
              defaultValue={addErrors.name || addErrors.email ? values.name : undefined}
              error={addErrors.name}
            />
            <Field
              name="email"
              id="candidate-email"
              label="Candidate email"
              type="email"
              required
              autoComplete="off"
              defaultValue={addErrors.name || addErrors.email ? values.email : undefined}
              error={addErrors.email}
            />
            <SubmitButton pendingText="Adding candidate…" intent="addCandidate">
              Add candidate
            </SubmitButton>
          </Form>
        </section>

        <section aria-labelledby="closed-title">
          <h2 id="closed-title" className="flush-top">
            Closed
          </h2>
          {pipeline.closed.length === 0 ? (
            <EmptyState>No offered, hired, rejected or withdrawn applications yet.</EmptyState>
          ) : (
            <ul className="closed-list">
              {pipeline.closed.map((app) => (
                <li key={app.id}>
                  <Link to={`${orgPath}/applications/${app.id}`}>{app.candidate.name}</Link>{" "}
                  <StatusBadge status={app.status} />{" "}
                  <span className="muted">
                    {app.closedAt ? (
                      <>
                        closed <When iso={app.closedAt} tz={tz} dateOnly />
                      </>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
