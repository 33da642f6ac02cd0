import { feedbackLevelLabel } from "@candor/domain";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ReleasedOn } from "~/components/feedback";
import { When } from "~/components/ui";
import { errorResponse, gql, gqlOrThrow, requireViewer } from "~/lib/api.server";
import { OUTCOME_SENTENCES } from "~/lib/feedback";
import { CandidateApplicationQuery, MarkFeedbackReadMutation } from "~/lib/operations";
import { redirectToSignIn } from "~/lib/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Your feedback: ${data.stageName} — ${data.application.organizationName} — Candor`
      : "Your feedback — Candor",
  },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireViewer(request, context);
  const interviewId = params.interviewId ?? "";
  const { candidateApplication: application } = await gqlOrThrow(request, context, CandidateApplicationQuery, {
    id: params.id ?? "",
  });
  const interview = application.interviews.find((i) => i.id === interviewId);
  if (!interview) throw new Response("This interview is not part of your application.", { status: 404 });
  // Opening the page is reading the feedback: the API records the first read only.
  const marked = await gql(request, context, MarkFeedbackReadMutation, { interviewId });
  if (marked.error) {
    if (marked.error.code === "UNAUTHENTICATED") return redirectToSignIn(request);
    // Feedback the application already shows is still worth reading if recording the read failed.
    if (!interview.releasedFeedback) errorResponse(marked.error);
  }
  const feedback = marked.data?.markFeedbackRead ?? interview.releasedFeedback;
  if (!feedback) {
    throw new Response("No feedback has been released for this interview yet.", { status: 404 });
  }
  return {
    application: {
      id: application.id,
      organizationName: application.organizationName,
      organizationTimeZone: application.organizationTimeZone,
      jobTitle: application.jobTitle,
    },
    stageName: interview.stageName,
    interviewAt: interview.startsAt,
    feedback,
  };
}

export default function CandidateFeedbackPage() {
  const { application, stageName, interviewAt, feedback } = useLoaderData<typeof loader>();
  const tz = application.organizationTimeZone;
  const org = application.organizationName;
  return (
    <section className="reading">
      <p className="breadcrumb">
        <Link to="/candidate">My applications</Link> /{" "}
        <Link to={`/candidate/applications/${application.id}`}>{application.jobTitle}</Link>
      </p>
      <h1 id="page-title">Your feedback: {stageName}</h1>
      <p className="lead">
        {application.jobTitle} at {org} · interview on <When iso={interviewAt} tz={tz} />
      </p>
      <ReleasedOn feedback={feedback} tz={tz} />

      <section className="feedback-letter" aria-labelledby="outcome-title">
        <h2 id="outcome-title">Outcome</h2>
        <p className="feedback-letter__outcome">{OUTCOME_SENTENCES[feedback.outcome]}</p>
        {feedback.summary ? (
          <>
            <h2 id="summary-title">Summary</h2>
            <p className="prewrap">{feedback.summary}</p>
          </>
        ) : null}
        {feedback.details.length > 0 ? (
          <>
            <h2 id="details-title">Feedback by competency</h2>
            <dl className="ratings" aria-labelledby="details-title">
              {feedback.details.map((d) => (
                <div key={d.competency} className="ratings__item">
                  <dt>{d.competency}</dt>
                  <dd className="prewrap">{d.comment}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
        <p className="muted">
          {org} promised: {feedbackLevelLabel[feedback.level].toLowerCase()} feedback.
        </p>
      </section>
      <aside className="info-card" aria-labelledby="rate-prompt-title">
        <h2 id="rate-prompt-title">How was this stage for you?</h2>
        <p>
          Tell {org} how the process felt: a minute of your time, shown to them only in aggregate with at least four
          other candidates' ratings, and counted only once your application has closed.
        </p>
        <p>
          <Link to={`/candidate/applications/${application.id}#rate`} className="button button--secondary">
            Rate your experience
          </Link>
        </p>
      </aside>
      <p>
        <Link to={`/candidate/applications/${application.id}`}>Back to your application</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
