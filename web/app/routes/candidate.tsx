import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { EmptyState, StatusBadge, When } from "~/components/ui";
import { gqlOrThrow, requireViewer } from "~/lib/api.server";
import { CandidateHomeQuery } from "~/lib/operations";

export const meta: MetaFunction = () => [{ title: "My applications — Candor" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request, context);
  const { candidateHome } = await gqlOrThrow(request, context, CandidateHomeQuery);
  return { name: viewer.user.name, applications: candidateHome.applications };
}

export default function CandidateHome() {
  const { applications } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1 id="page-title">My applications</h1>
      {applications.length === 0 ? (
        <EmptyState>No applications yet. When a company adds you to its process, it appears here.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards">
            <caption>Your applications at every company, with the next step for each.</caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Job</th>
                <th scope="col">Stage</th>
                <th scope="col">Status</th>
                <th scope="col">Next interview</th>
                <th scope="col">Applied</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id}>
                  <td data-label="Organisation">{a.organizationName}</td>
                  <th scope="row" data-label="Job">
                    <Link to={`/candidate/applications/${a.id}`}>{a.jobTitle}</Link>
                  </th>
                  <td data-label="Stage">{a.currentStageName ?? "—"}</td>
                  <td data-label="Status">
                    <StatusBadge status={a.status} />
                    {a.openRatingInvitations > 0 ? (
                      <>
                        {" "}
                        <Link to={`/candidate/applications/${a.id}#rate`} className="badge badge--info">
                          Rate your experience
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td data-label="Next interview">
                    {a.nextInterviewAt ? (
                      <When iso={a.nextInterviewAt} tz={a.organizationTimeZone} />
                    ) : (
                      "None scheduled"
                    )}
                  </td>
                  <td data-label="Applied">
                    <When iso={a.appliedAt} tz={a.organizationTimeZone} dateOnly />
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
