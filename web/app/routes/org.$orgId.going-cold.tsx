import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { EmptyState, StatusBadge, When } from "~/components/ui";
import { gqlOrThrow, requireViewer } from "~/lib/api.server";
import { GoingColdQuery } from "~/lib/operations";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Going cold at ${data.organization.name} — Candor` : "Going cold — Candor" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireViewer(request, context);
  const { organization, goingCold } = await gqlOrThrow(request, context, GoingColdQuery, {
    organizationId: params.orgId ?? "",
  });
  if (!organization) throw new Response("Organisation not found", { status: 404 });
  return { organization, applications: goingCold, now: new Date().toISOString() };
}

/** "3 days", "5 hours", "less than an hour". */
function overdueBy(dueIso: string | null, nowMs: number): string {
  if (!dueIso) return "—";
  const hours = Math.floor((nowMs - Date.parse(dueIso)) / 3_600_000);
  if (hours < 1) return "less than an hour";
  if (hours < 48) return `${hours} ${hours === 1 ? "hour" : "hours"}`;
  const days = Math.floor(hours / 24);
  return `${days} days`;
}

export default function GoingCold() {
  const { organization, applications, now } = useLoaderData<typeof loader>();
  const tz = organization.timeZone;
  const orgPath = `/org/${organization.id}`;
  const nowMs = Date.parse(now);
  return (
    <section>
      <p className="breadcrumb">
        <Link to={orgPath}>{organization.name}</Link>
      </p>
      <h1 id="page-title">Going cold</h1>
      <p className="muted">
        Active applications past their promised update cadence, longest-silent first. A status update or any other
        contact warms them up again.
      </p>
      {applications.length === 0 ? (
        <EmptyState>
          Nobody is going cold: every active candidate heard from you within the promised cadence.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" aria-labelledby="page-title">
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">Job</th>
                <th scope="col">Stage</th>
                <th scope="col">Last contact</th>
                <th scope="col">Overdue by</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id} className="row--overdue">
                  <th scope="row" data-label="Candidate">
                    <Link to={`${orgPath}/applications/${a.id}`}>{a.candidate.name}</Link>
                  </th>
                  <td data-label="Job">
                    <Link to={`${orgPath}/jobs/${a.job.id}`}>{a.job.title}</Link>
                  </td>
                  <td data-label="Stage">{a.currentStage?.name ?? "—"}</td>
                  <td data-label="Last contact">
                    {a.lastCandidateContactAt ? <When iso={a.lastCandidateContactAt} tz={tz} /> : "Never"}
                  </td>
                  <td data-label="Overdue by">
                    <StatusBadge status="OVERDUE" label={overdueBy(a.contactDueAt, nowMs)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
