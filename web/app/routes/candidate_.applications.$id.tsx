import { feedbackLevelLabel, RATING_PROMISE, RATING_SCORE_FIELDS, type RatingScoreField } from "@candor/domain";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ReleasedOn } from "~/components/feedback";
import { formState, Notice } from "~/components/forms";
import { RatingInvitationCard } from "~/components/rating-form";
import { EmptyState, StatusBadge, When } from "~/components/ui";
import { gql, gqlOrThrow, redirectIfSignedOut, requireViewer } from "~/lib/api.server";
import { OUTCOME_SENTENCES } from "~/lib/feedback";
import { failed, formFailure, readForm, text } from "~/lib/forms.server";
import type { CandidateFeedback, CandidateInterview, CandidateStageState } from "~/lib/operations";
import { CandidateApplicationQuery, RateExperienceMutation, UpdateExperienceRatingMutation } from "~/lib/operations";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${data.application.jobTitle} at ${data.application.organizationName} — Candor`
      : "My application — Candor",
  },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireViewer(request, context);
  const { candidateApplication } = await gqlOrThrow(request, context, CandidateApplicationQuery, {
    id: params.id ?? "",
  });
  return { application: candidateApplication };
}

/** The scores as typed: a choice left empty is sent as null so the API names the missing field. */
function scoresFrom(form: FormData) {
  const score = (name: string) => {
    const value = text(form, name);
    return value === "" ? null : Number(value);
  };
  return {
    ...(Object.fromEntries(RATING_SCORE_FIELDS.map((name) => [name, score(name)])) as Record<
      RatingScoreField,
      number | null
    >),
    comment: text(form, "comment").trim() || null,
    shareComment: text(form, "shareComment") === "yes",
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const applicationId = params.id ?? "";
  const intent = text(form, "intent");
  const scope = text(form, "scope");
  const values = Object.fromEntries(
    [...RATING_SCORE_FIELDS, "comment", "shareComment", "scope"].map((name) => [name, text(form, name)]),
  );
  const scores = scoresFrom(form);
  const result =
    intent === "rate"
      ? await gql(request, context, RateExperienceMutation, { input: { applicationId, scope, ...scores } })
      : intent === "update-rating"
        ? await gql(request, context, UpdateExperienceRatingMutation, { input: { id: text(form, "id"), ...scores } })
        : null;
  if (!result) return formFailure("Unknown action. Reload the page and try again.");
  if (result.error) {
    await redirectIfSignedOut(request, context, result.error);
    return failed(result.error, values);
  }
  return {
    ok: true as const,
    notice:
      intent === "rate"
        ? "Thank you: your rating was saved. You can change it for 7 days."
        : "Your rating was updated.",
  };
}

const STATE_TEXT: Record<CandidateStageState, string> = {
  DONE: "Done",
  CURRENT: "Current stage",
  UPCOMING: "Upcoming",
};

function days(n: number): string {
  return `${n} business ${n === 1 ? "day" : "days"}`;
}

/** The promise's state in words: the colour only supports it. */
function FeedbackBadge({ feedback }: { feedback: NonNullable<CandidateInterview["feedback"]> }) {
  switch (feedback.state) {
    case "RELEASED":
      return <StatusBadge status="COMPLETED" label="Released" />;
    case "OVERDUE":
      return (
        <StatusBadge
          status="OVERDUE"
          label={feedback.businessDays > 0 ? `Overdue by ${days(feedback.businessDays)}` : "Overdue"}
        />
      );
    default:
      return (
        <StatusBadge
          status="SCHEDULED"
          label={feedback.businessDays > 0 ? `Due in ${days(feedback.businessDays)}` : "Due today"}
        />
      );
  }
}

export default function CandidateApplicationPage() {
  const { application } = useLoaderData<typeof loader>();
  const actionState = formState(useActionData<typeof action>());
  const failedScope = actionState.values.scope;
  const tz = application.organizationTimeZone;
  const org = application.organizationName;
  const upcoming = application.interviews
    .filter((i) => i.status === "SCHEDULED")
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const withFeedback = application.interviews
    .filter((i) => i.status === "COMPLETED" && i.feedback)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const updates = [...application.statusUpdates].sort((a, b) => b.postedAt.localeCompare(a.postedAt));
  const timeline = [...application.timeline].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/candidate">My applications</Link>
      </p>
      <div className="page-head">
        <div>
          <h1 id="page-title">{application.jobTitle}</h1>
          <p className="lead">
            at {org} · <StatusBadge status={application.status} /> · applied{" "}
            <When iso={application.appliedAt} tz={tz} dateOnly />
          </p>
        </div>
        <Link to={`/c/${application.organizationSlug}`} className="button button--secondary">
          See what {org} promises candidates
        </Link>
      </div>
      <p className="muted">
        Times are shown in {org}'s time zone, {tz.replace(/_/g, " ")}.
      </p>

      <h2 id="progress-title">Your progress</h2>
      {application.stages.length === 0 ? (
        <EmptyState>The stages of this process have not been shared yet.</EmptyState>
      ) : (
        <ol className="stage-progress" aria-labelledby="progress-title">
          {application.stages.map((s, index) => (
            <li
              key={index}
              className={`stage-progress__step stage-progress__step--${s.state.toLowerCase()}`}
              aria-current={s.state === "CURRENT" ? "step" : undefined}
            >
              <span className="stage-progress__marker" aria-hidden="true">
                {s.state === "DONE" ? "✓" : index + 1}
              </span>
              <span className="stage-progress__name">{s.name}</span>
              <span className="stage-progress__state">{STATE_TEXT[s.state]}</span>
            </li>
          ))}
        </ol>
      )}

      <h2 id="upcoming-title">Upcoming interviews</h2>
      {upcoming.length === 0 ? (
        <EmptyState>No interviews scheduled right now. {org} will let you know about the next step.</EmptyState>
      ) : (
        <ul className="card-list" aria-labelledby="upcoming-title">
          {upcoming.map((i) => (
            <li key={i.id} className="info-card">
              <p className="info-card__title">{i.stageName}</p>
              <p>
                <When iso={i.startsAt} tz={tz} /> – <When iso={i.endsAt} tz={tz} />
              </p>
              {i.rescheduleCount > 0 ? (
                <p>
                  <StatusBadge
                    status="PENDING"
                    label={`Moved ${i.rescheduleCount} ${i.rescheduleCount === 1 ? "time" : "times"}`}
                  />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <h2 id="feedback-title">Feedback you were promised</h2>
      {withFeedback.length === 0 ? (
        <EmptyState>After each interview, the feedback {org} promised appears here with its due date.</EmptyState>
      ) : (
        <ul className="card-list" aria-labelledby="feedback-title">
          {withFeedback.map((i) => {
            const f = i.feedback;
            if (!f) return null;
            return (
              <li key={i.id} className={`info-card info-card--${f.state.toLowerCase()}`}>
                <p className="info-card__title">
                  {i.stageName} <FeedbackBadge feedback={f} />
                </p>
                <p>{f.description}</p>
                <dl className="summary summary--compact">
                  <div>
                    <dt>Feedback level</dt>
                    <dd>{feedbackLevelLabel[f.level]}</dd>
                  </div>
                  <div>
                    <dt>Due by</dt>
                    <dd>
                      <When iso={f.dueAt} tz={tz} />
                    </dd>
                  </div>
                  {f.releasedAt ? (
                    <div>
                      <dt>Released</dt>
                      <dd>
                        <When iso={f.releasedAt} tz={tz} />
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {i.releasedFeedback ? (
                  <ReleasedFeedbackCard
                    feedback={i.releasedFeedback}
                    tz={tz}
                    to={`/candidate/applications/${application.id}/feedback/${i.id}`}
                    stageName={i.stageName}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}

      {application.ratingInvitations.length > 0 ? (
        <>
          <h2 id="rate">Rate your experience</h2>
          <p className="muted">{RATING_PROMISE}</p>
          <Notice message={actionState.notice} />
          <ul className="card-list" aria-labelledby="rate">
            {application.ratingInvitations.map((invitation) => {
              const mine = failedScope === invitation.scope;
              return (
                <RatingInvitationCard
                  key={invitation.scope}
                  invitation={invitation}
                  tz={tz}
                  values={mine ? actionState.values : {}}
                  errors={mine ? actionState.fieldErrors : {}}
                  formError={mine ? actionState.formError : null}
                />
              );
            })}
          </ul>
        </>
      ) : null}

      <h2 id="updates-title">Updates from {org}</h2>
      {updates.length === 0 ? (
        <EmptyState>No updates yet.</EmptyState>
      ) : (
        <ol className="update-list" aria-labelledby="updates-title">
          {updates.map((u) => (
            <li key={u.id}>
              <p className="update-list__meta muted">
                <When iso={u.postedAt} tz={tz} />
              </p>
              <p className="update-list__body">{u.body}</p>
            </li>
          ))}
        </ol>
      )}

      <h2 id="timeline-title">Timeline</h2>
      {timeline.length === 0 ? (
        <EmptyState>Nothing has happened yet.</EmptyState>
      ) : (
        <ol className="timeline" aria-labelledby="timeline-title">
          {timeline.map((e) => (
            <li key={e.id}>
              <When iso={e.occurredAt} tz={tz} />
              <span>{e.summary}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The released feedback itself, shown on the application page; the full text is one click away. */
function ReleasedFeedbackCard({
  feedback,
  tz,
  to,
  stageName,
}: {
  feedback: CandidateFeedback;
  tz: string;
  to: string;
  stageName: string;
}) {
  return (
    <div className="released-feedback">
      <p className="released-feedback__outcome">{OUTCOME_SENTENCES[feedback.outcome]}</p>
      {feedback.summary ? <p className="prewrap">{feedback.summary}</p> : null}
      {feedback.details.length > 0 ? (
        <dl className="ratings">
          {feedback.details.map((d) => (
            <div key={d.competency} className="ratings__item">
              <dt>{d.competency}</dt>
              <dd className="prewrap">{d.comment}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <ReleasedOn feedback={feedback} tz={tz} />
      <p>
        <Link to={to} className="button button--secondary" aria-label={`Read feedback: ${stageName}`}>
          Read feedback
        </Link>{" "}
        {feedback.readAt ? null : <StatusBadge status="PENDING" label="New" />}
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
