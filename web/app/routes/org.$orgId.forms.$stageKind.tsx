import { STAGE_KINDS, stageKindLabel } from "@candor/domain";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { TextAreaField } from "~/components/feedback";
import { Field, FormError, formState, Notice, SubmitButton } from "~/components/forms";
import { gql, gqlOrThrow, redirectIfSignedOut, requireViewer } from "~/lib/api.server";
import { fieldId, TEMPLATE_BLOCKS, TEMPLATE_POINTS, type TemplateBlockValues, templateNames } from "~/lib/feedback";
import { mapTemplateFields, readTemplateForm } from "~/lib/feedback.server";
import { failed, formFailure, readForm, text } from "~/lib/forms.server";
import { FormTemplatesQuery, SaveFormTemplateMutation, type StageKind } from "~/lib/operations";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${stageKindLabel[data.stageKind]} interview form — Candor` : "Scorecard form — Candor" },
];

function isStageKind(value: string): value is StageKind {
  return (STAGE_KINDS as readonly string[]).includes(value);
}

const MAX_POINTS = 7;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const organizationId = params.orgId ?? "";
  const stageKind = (params.stageKind ?? "").toUpperCase();
  if (!isStageKind(stageKind)) throw new Response("There is no such stage kind.", { status: 404 });
  const viewer = await requireViewer(request, context);
  const role = viewer.memberships.find((m) => m.organization.id === organizationId)?.role ?? null;
  if (role !== "ADMIN") {
    throw new Response("Only admins can edit scorecard forms.", { status: 403 });
  }
  const page = await gqlOrThrow(request, context, FormTemplatesQuery, { organizationId });
  if (!page.organization) throw new Response("Organisation not found", { status: 404 });
  const template = page.formTemplates.find((t) => t.stageKind === stageKind && t.isCurrent) ?? null;
  const competencies = template ? [...template.competencies].sort((a, b) => a.position - b.position) : [];
  const points = Math.min(MAX_POINTS, Math.max(TEMPLATE_POINTS, ...competencies.map((c) => c.scale.length)));
  const blocks: TemplateBlockValues[] = Array.from({ length: TEMPLATE_BLOCKS }, (_, b) => {
    const c = competencies[b];
    const scale = c ? [...c.scale].sort((x, y) => x.value - y.value) : [];
    return {
      name: c?.name ?? "",
      description: c?.description ?? "",
      evidenceRequired: c?.evidenceRequired ?? false,
      scale: Array.from({ length: points }, (_, p) => ({
        label: scale[p]?.label ?? "",
        anchor: scale[p]?.anchor ?? "",
      })),
    };
  });
  return {
    organization: page.organization,
    stageKind,
    template: template ? { id: template.id, name: template.name, version: template.version } : null,
    blocks,
    points,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const organizationId = params.orgId ?? "";
  const stageKind = (params.stageKind ?? "").toUpperCase();
  if (!isStageKind(stageKind)) return formFailure("There is no such stage kind.");
  const points = Math.min(MAX_POINTS, Math.max(TEMPLATE_POINTS, Number(text(form, "points")) || TEMPLATE_POINTS));
  const parsed = readTemplateForm(form, points);
  const values = { name: text(form, "name"), blocks: JSON.stringify(parsed.blocks) };
  if (Object.keys(parsed.errors).length > 0) {
    return {
      ok: false as const,
      formError: "Please correct the highlighted fields.",
      fieldErrors: parsed.errors,
      values,
    };
  }
  const result = await gql(request, context, SaveFormTemplateMutation, {
    input: { organizationId, stageKind, name: parsed.name, competencies: parsed.competencies },
  });
  if (result.error) {
    await redirectIfSignedOut(request, context, result.error);
    const error = { ...result.error, fields: mapTemplateFields(result.error.fields, parsed.blockRows) };
    return failed(error, values);
  }
  return { ok: true as const, notice: `Saved as version ${result.data.saveFormTemplate.version}.` };
}

export default function FormTemplateEditor() {
  const { organization, stageKind, template, blocks: savedBlocks, points } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { formError, fieldErrors, values, notice } = formState(actionData);
  const orgPath = `/org/${organization.id}`;
  let blocks = savedBlocks;
  if (values.blocks) {
    try {
      blocks = JSON.parse(values.blocks) as TemplateBlockValues[];
    } catch {
      blocks = savedBlocks;
    }
  }
  const kindLabel = stageKindLabel[stageKind];
  const err = (name: string) => fieldErrors[name];

  return (
    <section>
      <p className="breadcrumb">
        <Link to={orgPath}>{organization.name}</Link> / <Link to={`${orgPath}/forms`}>Scorecard forms</Link>
      </p>
      <h1 id="page-title">{kindLabel} interview form</h1>
      <p className="lead">
        {template ? `Now at version ${template.version}. ` : "No form yet. "}Saving publishes a new version for{" "}
        {kindLabel.toLowerCase()} interviews; scorecards already started keep the version they began with.
      </p>
      <Notice message={notice} />
      <FormError message={formError} />
      <Form method="post" className="stack" noValidate key={notice ?? "form"}>
        <input type="hidden" name="points" value={points} />
        <Field
          name="name"
          label="Form name"
          defaultValue={values.name ?? template?.name ?? `${kindLabel} interview`}
          required
          maxLength={120}
          error={err("name")}
        />
        <p className="muted">
          Up to {TEMPLATE_BLOCKS} competencies. Leave a block empty to leave it out. Describe each point of the scale in
          terms of what the interviewer observes (its anchor).
        </p>
        {blocks.map((block, b) => {
          const n = b + 1;
          return (
            <fieldset key={b} className="template-block" aria-labelledby={`block-${b}-legend`}>
              <legend id={`block-${b}-legend`}>Competency {n}</legend>
              <div className="grid-2">
                <Field
                  name={templateNames.name(b)}
                  id={fieldId(templateNames.name(b))}
                  label={`Competency ${n} name`}
                  defaultValue={block.name}
                  maxLength={120}
                  error={err(templateNames.name(b))}
                />
                <div className="checkbox template-block__evidence">
                  <input
                    type="checkbox"
                    id={fieldId(templateNames.evidenceRequired(b))}
                    name={templateNames.evidenceRequired(b)}
                    defaultChecked={block.evidenceRequired}
                  />
                  <label htmlFor={fieldId(templateNames.evidenceRequired(b))}>
                    Evidence required for competency {n}
                  </label>
                </div>
              </div>
              <TextAreaField
                name={templateNames.description(b)}
                label={`Competency ${n} description`}
                rows={2}
                maxLength={1000}
                defaultValue={block.description}
                error={err(templateNames.description(b))}
              />
              <div className="template-scale">
                {block.scale.map((point, p) => (
                  <div key={p} className="template-scale__point">
                    <p className="template-scale__value" aria-hidden="true">
                      {p + 1}
                    </p>
                    <Field
                      name={templateNames.label(b, p)}
                      id={fieldId(templateNames.label(b, p))}
                      label={`Competency ${n}, point ${p + 1} label`}
                      defaultValue={point.label}
                      maxLength={60}
                      error={err(templateNames.label(b, p))}
                    />
                    <TextAreaField
                      name={templateNames.anchor(b, p)}
                      label={`Competency ${n}, point ${p + 1} anchor`}
                      rows={3}
                      maxLength={500}
                      defaultValue={point.anchor}
                      error={err(templateNames.anchor(b, p))}
                    />
                  </div>
                ))}
              </div>
            </fieldset>
          );
        })}
        <div className="actions">
          <SubmitButton pendingText="Saving…">Save new version</SubmitButton>
          <Link to={`${orgPath}/forms`} className="button button--secondary">
            Back to forms
          </Link>
        </div>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
