import { STAGE_KINDS, stageKindLabel } from "@candor/domain";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { EmptyState } from "~/components/ui";
import { gqlOrThrow, requireViewer } from "~/lib/api.server";
import { FormTemplatesQuery } from "~/lib/operations";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Scorecard forms of ${data.organization.name} — Candor` : "Scorecard forms — Candor" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const organizationId = params.orgId ?? "";
  const viewer = await requireViewer(request, context);
  const page = await gqlOrThrow(request, context, FormTemplatesQuery, { organizationId });
  if (!page.organization) throw new Response("Organisation not found", { status: 404 });
  const role = viewer.memberships.find((m) => m.organization.id === organizationId)?.role ?? null;
  return {
    organization: page.organization,
    templates: page.formTemplates.filter((t) => t.isCurrent),
    isAdmin: role === "ADMIN",
  };
}

export default function FormsPage() {
  const { organization, templates, isAdmin } = useLoaderData<typeof loader>();
  const orgPath = `/org/${organization.id}`;
  return (
    <section>
      <p className="breadcrumb">
        <Link to={orgPath}>{organization.name}</Link>
      </p>
      <h1 id="page-title">Scorecard forms</h1>
      <p className="lead">
        Interviewers rate each competency on a scale whose points are described in words, so that a “3” means the same
        to everyone. Editing a form publishes a new version; scorecards already written keep theirs.
      </p>
      {STAGE_KINDS.map((kind) => {
        const template = templates.find((t) => t.stageKind === kind);
        const titleId = `forms-${kind}`;
        return (
          <section key={kind} className="panel form-template" aria-labelledby={titleId}>
            <div className="page-head">
              <div>
                <h2 id={titleId}>
                  {stageKindLabel[kind]} interviews
                  {template ? (
                    <span className="muted">
                      {" "}
                      — {template.name}, version {template.version}
                    </span>
                  ) : null}
                </h2>
              </div>
              {isAdmin ? (
                <Link
                  to={`${orgPath}/forms/${kind}`}
                  className="button button--secondary"
                  aria-label={`Edit the ${stageKindLabel[kind].toLowerCase()} interview form`}
                >
                  {template ? "Edit form" : "Create form"}
                </Link>
              ) : null}
            </div>
            {!template || template.competencies.length === 0 ? (
              <EmptyState>No form for {stageKindLabel[kind].toLowerCase()} interviews yet.</EmptyState>
            ) : (
              <ol className="competency-list">
                {[...template.competencies]
                  .sort((a, b) => a.position - b.position)
                  .map((c) => (
                    <li key={c.id}>
                      <p className="competency-list__name">
                        {c.name}
                        {c.evidenceRequired ? <span className="muted"> · evidence required</span> : null}
                      </p>
                      {c.description ? <p className="muted competency-list__text">{c.description}</p> : null}
                      <ol className="anchor-list" aria-label={`Scale for ${c.name}`}>
                        {[...c.scale]
                          .sort((a, b) => a.value - b.value)
                          .map((s) => (
                            <li key={s.value} className="anchor-list__item">
                              <strong>
                                {s.value} · {s.label}
                              </strong>
                              <span>{s.anchor}</span>
                            </li>
                          ))}
                      </ol>
                    </li>
                  ))}
              </ol>
            )}
          </section>
        );
      })}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
