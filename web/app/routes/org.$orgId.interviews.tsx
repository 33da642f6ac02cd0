import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { EmptyState, StatusBadge, When } from "~/components/ui";
import { gqlOrThrow, requireViewer } from "~/lib/api.server";
import { InterviewerHomeQuery } from "~/lib/operations";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `My interviews at ${data.home.organization.name} — Candor` : "My interviews — Candor" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireViewer(request, context);
  const { interviewerHome } = await gqlOrThrow(request, context, InterviewerHomeQuery, {
    organizationId: params.orgId ?? "",
  });
  return { home: interviewerHome, now: new Date().toISOString() };
}

export default function InterviewerHome() {
  const { home, now } = useLoaderData<typeof loader>();
  const tz = home.organization.timeZone;
  const nowMs = Date.parse(now);
  return (
    <section>
      <h1 id="page-title">My interviews at {home.organization.name}</h1>
      <p className="muted">Times are shown in {tz.replace(/_/g, " ")}.</p>

      <h2 id="awaiting-title">Awaiting your scorecard</h2>
      {home.awaitingScorecard.length === 0 ? (
        <EmptyState>You are all caught up: no scorecards are waiting for you.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" aria-labelledby="awaiting-title">
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">Job and stage</th>
                <th scope="col">Interview</th>
                <th scope="col">Scorecard due</th>
                <th scope="col">Scorecard</th>
              </tr>
            </thead>
            <tbody>
              {home.awaitingScorecard.map((i) => {
                const overdue = i.scorecardDueAt !== null && Date.parse(i.scorecardDueAt) < nowMs;
                return (
                  <tr key={i.id} className={overdue ? "row--overdue" : undefined}>
                    <th scope="row" data-label="Candidate">
                      {i.candidateName}
                    </th>
                    <td data-label="Job and stage">
                      {i.jobTitle} · {i.stageName}
                    </td>
                    <td data-label="Interview">
                      <When iso={i.scheduledStart} tz={tz} />
                    </td>
                    <td data-label="Scorecard due">
                      <When iso={i.scorecardDueAt} tz={tz} />{" "}
                      {overdue ? <StatusBadge status="OVERDUE" label="Overdue" /> : null}
                    </td>
                    <td data-label="Scorecard">
                      <Link
                        to={`/org/${home.organization.id}/interviews/${i.id}/scorecard`}
                        className="button button--primary button--small"
                        aria-label={`Write scorecard for ${i.candidateName}, ${i.stageName}`}
                      >
                        Write scorecard
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="upcoming-title">Upcoming interviews</h2>
      {home.upcoming.length === 0 ? (
        <EmptyState>No upcoming interviews are assigned to you.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" aria-labelledby="upcoming-title">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Candidate</th>
                <th scope="col">Job and stage</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {home.upcoming.map((i) => (
                <tr key={i.id}>
                  <td data-label="When">
                    <When iso={i.scheduledStart} tz={tz} />
                  </td>
                  <th scope="row" data-label="Candidate">
                    {i.candidateName}
                  </th>
                  <td data-label="Job and stage">
                    {i.jobTitle} · {i.stageName}
                  </td>
                  <td data-label="Status">
                    <StatusBadge status={i.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="past-title">Past 30 days</h2>
      {home.past.length === 0 ? (
        <EmptyState>No interviews of yours took place in the last 30 days.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" aria-labelledby="past-title">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Candidate</th>
                <th scope="col">Job and stage</th>
                <th scope="col">Your scorecard</th>
                <th scope="col">Candidate promised feedback by</th>
              </tr>
            </thead>
            <tbody>
              {home.past.map((i) => (
                <tr key={i.id}>
                  <td data-label="When">
                    <When iso={i.scheduledStart} tz={tz} />
                  </td>
                  <th scope="row" data-label="Candidate">
                    {i.candidateName}
                  </th>
                  <td data-label="Job and stage">
                    {i.jobTitle} · {i.stageName}
                  </td>
                  <td data-label="Your scorecard">
                    <StatusBadge
                      status={i.scorecardSubmitted ? "SENT" : "PENDING"}
                      label={i.scorecardSubmitted ? "Submitted" : "Not submitted"}
                    />{" "}
                    {i.status === "COMPLETED" ? (
                      <Link
                        to={`/org/${home.organization.id}/interviews/${i.id}/scorecard`}
                        aria-label={`${i.scorecardSubmitted ? "View" : "Write"} scorecard for ${i.candidateName}, ${i.stageName}`}
                      >
                        {i.scorecardSubmitted ? "View scorecard" : "Write scorecard"}
                      </Link>
                    ) : null}
                  </td>
                  <td data-label="Candidate promised feedback by">
                    <When iso={i.candidateFeedbackDueAt} tz={tz} />
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
