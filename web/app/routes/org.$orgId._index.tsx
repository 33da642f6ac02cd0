import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { EmptyState, StatusBadge } from "~/components/ui";
import { gql, gqlOrThrow, requireViewer } from "~/lib/api.server";
import { roleWithArticle } from "~/lib/format";
import { GoingColdCountQuery, RecruiterHomeQuery } from "~/lib/operations";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.home.organization.name} — Candor` : "Organisation — Candor" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const organizationId = params.orgId ?? "";
  const viewer = await requireViewer(request, context);
  const [{ recruiterHome }, cold] = await Promise.all([
    gqlOrThrow(request, context, RecruiterHomeQuery, { organizationId }),
    // The overview still renders if the going-cold figure cannot be had.
    gql(request, context, GoingColdCountQuery, { organizationId }),
  ]);
  const membership = viewer.memberships.find((m) => m.organization.id === organizationId);
  return {
    home: recruiterHome,
    role: membership?.role ?? null,
    goingCold: cold.error ? null : cold.data.goingCold.length,
  };
}

export default function OrganizationHome() {
  const { home, role, goingCold } = useLoaderData<typeof loader>();
  const orgId = home.organization.id;
  const figures = [
    { label: "Open jobs", value: home.openJobs },
    { label: "Active applications", value: home.activeApplications },
    { label: "Interviews in the next 7 days", value: home.interviewsNext7Days },
    { label: "Pending invitations", value: home.pendingInvitations },
  ];
  return (
    <section>
      <div className="page-head">
        <div>
          <h1 id="page-title">{home.organization.name}</h1>
          {role ? <p className="muted">You are {roleWithArticle(role)} here.</p> : null}
        </div>
        <div className="actions">
          <Link to={`/org/${orgId}/jobs`} className="button button--primary">
            Jobs and pipelines
          </Link>
          <Link to={`/org/${orgId}/members`} className="button button--secondary">
            Members and invitations
          </Link>
        </div>
      </div>
      <h2 className="visually-hidden">Headline figures</h2>
      <ul className="figures">
        {figures.map((f) => (
          <li key={f.label} className="figure">
            <span className="figure__value">{f.value}</span>
            <span className="figure__label">{f.label}</span>
          </li>
        ))}
        {goingCold === null ? null : (
          <li className={`figure${goingCold > 0 ? " figure--alert" : ""}`}>
            <span className="figure__value">{goingCold}</span>
            <Link to={`/org/${orgId}/going-cold`} className="figure__label">
              Going cold
            </Link>
          </li>
        )}
      </ul>
      <p className="public-link">
        <Link to={`/c/${home.organization.slug}`}>See what {home.organization.name} promises candidates</Link>
        {" · "}
        <Link to={`/org/${orgId}/promises`}>Feedback promises</Link>
        {" · "}
        <Link to={`/org/${orgId}/metrics`}>Candidate-experience metrics</Link>
      </p>
      <h2 id="jobs-title">Jobs</h2>
      {home.jobs.length === 0 ? (
        <EmptyState>No jobs yet. Jobs you open appear here with their active applications.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby="jobs-title">
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Active applications
                </th>
              </tr>
            </thead>
            <tbody>
              {home.jobs.map((job) => (
                <tr key={job.id}>
                  <th scope="row">
                    <Link to={`/org/${orgId}/jobs/${job.id}`}>{job.title}</Link>
                  </th>
                  <td>
                    <StatusBadge status={job.status} />
                  </td>
                  <td className="num">{job.activeApplications}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to={`/org/${orgId}/members`}>Manage members and invitations</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
