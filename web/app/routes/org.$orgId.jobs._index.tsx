import { STAGE_KINDS, stageKindLabel } from "@candor/domain";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Field, FormError, formState, Notice, SubmitButton } from "~/components/forms";
import { EmptyState, StatusBadge } from "~/components/ui";
import { gql, gqlOrThrow, redirectIfSignedOut, requireViewer } from "~/lib/api.server";
import { failed, invalidFields, optionalText, readForm, text } from "~/lib/forms.server";
import { CreateJobMutation, JobsQuery, type StageKind } from "~/lib/operations";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Jobs at ${data.organization.name} — Candor` : "Jobs — Candor" },
];

const STAGE_ROWS = 5;
const DEFAULT_STAGES: { name: string; kind: StageKind }[] = [
  { name: "Recruiter screen", kind: "SCREEN" },
  { name: "Technical interview", kind: "TECHNICAL" },
  { name: "Onsite", kind: "ONSITE" },
  { name: "", kind: "FINAL" },
  { name: "", kind: "OTHER" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const organizationId = params.orgId ?? "";
  await requireViewer(request, context);
  const { organization, jobs } = await gqlOrThrow(request, context, JobsQuery, { organizationId });
  if (!organization) throw new Response("Organisation not found", { status: 404 });
  return { organization, jobs };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const organizationId = params.orgId ?? "";
  const title = text(form, "title").trim();
  const values: Record<string, string> = {
    title: text(form, "title"),
    department: text(form, "department"),
    location: text(form, "location"),
  };
  const errors: Record<string, string> = {};
  const stages: { name: string; kind: StageKind }[] = [];
  /** Index in the API's list → row on the form. */
  const rowOf: number[] = [];
  for (let row = 0; row < STAGE_ROWS; row++) {
    const name = text(form, `stageName-${row}`).trim();
    const kind = text(form, `stageKind-${row}`);
    values[`stageName-${row}`] = name;
    values[`stageKind-${row}`] = kind;
    if (name === "") continue;
    if (!(STAGE_KINDS as readonly string[]).includes(kind)) {
      errors[`stageKind-${row}`] = "Choose the kind of stage.";
      continue;
    }
    if (name.length > 100) errors[`stageName-${row}`] = "Use at most 100 characters.";
    stages.push({ name, kind: kind as StageKind });
    rowOf.push(row);
  }
  if (title === "") errors.title = "Enter the job title.";
  if (stages.length === 0 && !errors["stageKind-0"]) errors["stageName-0"] = "Give the job at least one stage.";
  if (Object.keys(errors).length > 0) return invalidFields(errors, values);

  const result = await gql(request, context, CreateJobMutation, {
    input: {
      organizationId,
      title,
      department: optionalText(form, "department"),
      location: optionalText(form, "location"),
      stages,
    },
  });
  if (result.error) {
    await redirectIfSignedOut(request, context, result.error);
    // "stages.1.name" from the API is the second non-empty row, wherever it is on the form.
    const fields: Record<string, string> = {};
    for (const [key, message] of Object.entries(result.error.fields)) {
      const match = /^stages\.(\d+)\.(name|kind)$/.exec(key);
      const row = match ? rowOf[Number(match[1])] : undefined;
      if (match && row !== undefined) fields[`${match[2] === "name" ? "stageName" : "stageKind"}-${row}`] = message;
      else if (key.startsWith("stages")) fields["stageName-0"] = message;
      else fields[key] = message;
    }
    return failed({ ...result.error, fields }, values);
  }
  const job = result.data.createJob;
  return {
    ok: true as const,
    notice: `Job “${job.title}” created with ${job.stages.length} ${job.stages.length === 1 ? "stage" : "stages"}.`,
    jobId: job.id,
    at: Date.now(),
  };
}

export default function Jobs() {
  const { organization, jobs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { formError, fieldErrors, values, notice } = formState(actionData);
  const orgPath = `/org/${organization.id}`;
  const formKey = actionData && "at" in actionData ? String(actionData.at) : "create";
  const failedBefore = Object.keys(values).length > 0;

  return (
    <section>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <Link to={orgPath}>{organization.name}</Link>
          </p>
          <h1 id="page-title">Jobs</h1>
        </div>
        <a href="#create-job-title" className="button button--secondary">
          Create job
        </a>
      </div>
      <Notice message={notice} />
      <FormError message={formError} />
      {actionData && "jobId" in actionData ? (
        <p>
          <Link to={`${orgPath}/jobs/${actionData.jobId}`}>Open the new job's pipeline</Link>
        </p>
      ) : null}

      {jobs.length === 0 ? (
        <EmptyState>No jobs yet. Create your first job below; candidates you add to it appear on its board.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards">
            <caption>Every job of {organization.name}, with its pipeline.</caption>
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Stages
                </th>
                <th scope="col" className="num">
                  Active applications
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id}>
                  <th scope="row" data-label="Job">
                    <Link to={`${orgPath}/jobs/${job.id}`}>{job.title}</Link>
                    {job.department || job.location ? (
                      <span className="cell-sub muted">
                        {[job.department, job.location].filter(Boolean).join(" · ")}
                      </span>
                    ) : null}
                  </th>
                  <td data-label="Status">
                    <StatusBadge status={job.status} />
                  </td>
                  <td data-label="Stages" className="num">
                    {job.stages.length}
                  </td>
                  <td data-label="Active applications" className="num">
                    {job.activeApplications}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section className="panel" aria-labelledby="create-job-title">
        <h2 id="create-job-title">Create job</h2>
        <Form method="post" className="stack" noValidate key={formKey}>
          <Field
            name="title"
            label="Job title"
            required
            maxLength={200}
            autoComplete="off"
            defaultValue={values.title}
            error={fieldErrors.title}
          />
          <div className="grid-2">
            <Field
              name="department"
              label="Department (optional)"
              maxLength={100}
              defaultValue={values.department}
              error={fieldErrors.department}
            />
            <Field
              name="location"
              label="Location (optional)"
              maxLength={100}
              defaultValue={values.location}
              error={fieldErrors.location}
            />
          </div>
          <fieldset aria-describedby="stages-hint">
            <legend>Interview stages, in order</legend>
            <p className="field__hint" id="stages-hint">
              Leave a row's name empty to skip it. The kind decides which feedback promise applies.
            </p>
            <ol className="stage-rows">
              {DEFAULT_STAGES.slice(0, STAGE_ROWS).map((preset, row) => {
                const nameError = fieldErrors[`stageName-${row}`];
                const kindError = fieldErrors[`stageKind-${row}`];
                const name = failedBefore ? (values[`stageName-${row}`] ?? "") : preset.name;
                const kind = failedBefore ? values[`stageKind-${row}`] || preset.kind : preset.kind;
                return (
                  <li key={row} className="stage-row">
                    <Field
                      name={`stageName-${row}`}
                      label={`Stage ${row + 1} name`}
                      maxLength={100}
                      defaultValue={name}
                      error={nameError}
                    />
                    <div className={`field${kindError ? " field--invalid" : ""}`}>
                      <label htmlFor={`stageKind-${row}`}>Stage {row + 1} kind</label>
                      <select
                        id={`stageKind-${row}`}
                        name={`stageKind-${row}`}
                        defaultValue={kind}
                        aria-invalid={kindError ? true : undefined}
                        aria-describedby={kindError ? `stageKind-${row}-error` : undefined}
                      >
                        {STAGE_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {stageKindLabel[k]}
                          </option>
                        ))}
                      </select>
                      {kindError ? (
                        <p className="field__error" id={`stageKind-${row}-error`}>
                          {kindError}
                        </p>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ol>
          </fieldset>
          <SubmitButton pendingText="Creating job…">Create job</SubmitButton>
        </Form>
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
