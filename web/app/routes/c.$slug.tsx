import { describeCadence, feedbackLevelLabel, STAGE_KINDS, stageKindLabel } from "@candor/domain";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { EmptyState } from "~/components/ui";
import { errorResponse, gql } from "~/lib/api.server";
import type { PublicPromise, PublicTrackRecord } from "~/lib/operations";
import { PublicPromisePageQuery } from "~/lib/operations";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => {
  if (!loaded) return [{ title: "Company not found — Candor" }];
  const name = loaded.page.organizationName;
  return [
    { title: `What ${name} promises candidates — Candor` },
    {
      name: "description",
      content: `${name} publishes when and how every candidate hears back after each interview. See the promise.`,
    },
  ];
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const result = await gql(request, context, PublicPromisePageQuery, { slug });
  if (result.error) errorResponse(result.error);
  const page = result.data.publicPromisePage;
  if (!page) {
    throw data(
      { message: "We could not find a company at this address. Check the link you were given." },
      { status: 404 },
    );
  }
  return { page };
}

function byStage(a: PublicPromise, b: PublicPromise): number {
  return STAGE_KINDS.indexOf(a.stageKind) - STAGE_KINDS.indexOf(b.stageKind);
}

function zoneLabel(timeZone: string): string {
  return timeZone.replace(/_/g, " ");
}

function PromiseCard({ promise }: { promise: PublicPromise }) {
  const days = promise.candidateDeadlineBusinessDays;
  return (
    <li className="promise-card">
      <p className="promise-card__stage">{stageKindLabel[promise.stageKind]}</p>
      <p className="promise-card__sentence">{promise.sentence}</p>
      <dl className="promise-card__terms">
        <div>
          <dt>Feedback</dt>
          <dd>{feedbackLevelLabel[promise.level]}</dd>
        </div>
        <div>
          <dt>Within</dt>
          <dd>
            {days} business {days === 1 ? "day" : "days"}
          </dd>
        </div>
        <div>
          <dt>Updates</dt>
          <dd>At least every {promise.statusCadenceDays === 1 ? "day" : `${promise.statusCadenceDays} days`}</dd>
        </div>
      </dl>
    </li>
  );
}

export default function PublicPromisePage() {
  const { page } = useLoaderData<typeof loader>();
  const general = page.promises.filter((p) => !p.jobTitle).sort(byStage);
  const jobTitles = [...new Set(page.promises.flatMap((p) => (p.jobTitle ? [p.jobTitle] : [])))].sort();
  const cadence =
    page.cadenceSentence ?? (general[0] ? describeCadence(Math.min(...general.map((p) => p.statusCadenceDays))) : null);
  return (
    <article className="promise-page" aria-labelledby="page-title">
      <header className="promise-hero">
        <p className="promise-hero__eyebrow">Candidate feedback promise</p>
        <h1 id="page-title">What {page.organizationName} promises candidates</h1>
        <p className="promise-hero__lead">
          No silence after an interview. {page.organizationName} publishes, for every stage, what feedback you will get
          and by when — and is measured against it.
        </p>
        {cadence ? <p className="promise-hero__cadence">{cadence}</p> : null}
      </header>

      {page.promises.length === 0 ? (
        <EmptyState>{page.organizationName} has not published its feedback promise yet. Check back soon.</EmptyState>
      ) : (
        <>
          {general.length > 0 ? (
            <section aria-labelledby="stages-title">
              <h2 id="stages-title" className="promise-section-title">
                After each interview stage
              </h2>
              <ul className="promise-cards">
                {general.map((p) => (
                  <PromiseCard key={p.stageKind} promise={p} />
                ))}
              </ul>
            </section>
          ) : null}
          {jobTitles.map((title, index) => (
            <section key={title} aria-labelledby={`job-${index}-title`}>
              <h2 id={`job-${index}-title`} className="promise-section-title">
                For the {title} role
              </h2>
              <ul className="promise-cards">
                {page.promises
                  .filter((p) => p.jobTitle === title)
                  .sort(byStage)
                  .map((p) => (
                    <PromiseCard key={p.stageKind} promise={p} />
                  ))}
              </ul>
            </section>
          ))}
        </>
      )}

      {page.trackRecord ? <TrackRecord record={page.trackRecord} organizationName={page.organizationName} /> : null}

      <section className="promise-explainer" aria-labelledby="business-days-title">
        <h2 id="business-days-title">How business days are counted</h2>
        <p>
          Business days are Monday to Friday in {page.organizationName}'s time zone ({zoneLabel(page.timeZone)}).
          Weekends and the company's holidays are skipped. A deadline of 5 business days ends at the close (23:59) of
          the fifth business day after your interview ends.
        </p>
        <p>
          Interviewed on a Thursday with a 2-business-day promise? You hear back by the end of Monday — or Tuesday, if
          Monday is a company holiday.
        </p>
      </section>

      <p className="promise-page__foot muted">
        Already interviewing with {page.organizationName}? <Link to="/signin">Sign in</Link> to see where your
        application stands and when to expect word.
      </p>
    </article>
  );
}

/** "38 hours (2 business days)" or "—". */
function feedbackTime(record: PublicTrackRecord): string {
  if (record.medianHoursToFeedback === null) return "No feedback released yet";
  const hours = Math.round(record.medianHoursToFeedback);
  const days = record.medianBusinessDaysToFeedback;
  return `${hours} ${hours === 1 ? "hour" : "hours"}${
    days === null ? "" : ` (${days} business ${days === 1 ? "day" : "days"})`
  }`;
}

function TrackRecord({ record, organizationName }: { record: PublicTrackRecord; organizationName: string }) {
  const kept = record.promiseKeptRate === null ? null : Math.round(record.promiseKeptRate * 100);
  return (
    <section className="track-record" aria-labelledby="track-record-title">
      <h2 id="track-record-title" className="promise-section-title">
        {organizationName}'s track record, last {record.days} days
      </h2>
      <dl className="track-record__figures">
        <div>
          <dt>Promises kept</dt>
          <dd>
            <span className="track-record__value">{kept === null ? "—" : `${kept}%`}</span>
            <span className="muted">
              {record.interviewsDue === 0
                ? "No feedback deadline has passed yet"
                : `of ${record.interviewsDue} ${record.interviewsDue === 1 ? "interview" : "interviews"} whose feedback deadline passed`}
            </span>
          </dd>
        </div>
        <div>
          <dt>Median time to feedback</dt>
          <dd>
            <span className="track-record__value">{feedbackTime(record)}</span>
            <span className="muted">
              over {record.releases} {record.releases === 1 ? "release" : "releases"} of feedback
            </span>
          </dd>
        </div>
      </dl>
      <p className="muted">
        Measured by Candor from the company's own records: a promise is kept when feedback is released by its deadline;
        a deadline that passes without feedback counts as broken.
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
