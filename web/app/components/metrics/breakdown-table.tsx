import type { ReactNode } from "react";
import { EmptyState } from "~/components/ui";
import type { MetricFigures, MetricsBreakdownRow } from "~/lib/operations";
import { CsvLink } from "./csv-link";
import { businessDays, hiddenCellText, hours, nps, percent, score } from "./format";

function RateCell({ label, rate, part, whole }: { label: string; rate: number | null; part: number; whole: number }) {
  return (
    <td className="num" data-label={label}>
      {percent(rate)}
      {whole > 0 ? (
        <span className="metric-sub">
          {part} of {whole}
        </span>
      ) : null}
    </td>
  );
}

function RatingCells({ f }: { f: MetricFigures }) {
  if (f.ratingsSuppressed) {
    return (
      <td colSpan={4} className="metric-hidden-cell" data-label="Ratings">
        {hiddenCellText(f.ratingsSuppressedReason)}
      </td>
    );
  }
  return (
    <>
      <td className="num" data-label="Ratings">
        {f.responses ?? 0}
      </td>
      <td className="num" data-label="Candidate NPS">
        {nps(f.nps)}
      </td>
      <td className="num" data-label="Satisfaction (overall, 1–5)">
        {score(f.satisfaction?.overall)}
      </td>
      <td className="num" data-label="Response rate">
        {percent(f.responseRate)}
      </td>
    </>
  );
}

/** One breakdown (by job, stage kind or interviewer): every headline figure per row. */
export function BreakdownTable({
  id,
  title,
  rowHeader,
  rows,
  csvHref,
  note,
  emptyText,
}: {
  id: string;
  title: string;
  rowHeader: string;
  rows: MetricsBreakdownRow[];
  csvHref: string;
  note?: ReactNode;
  emptyText: string;
}) {
  const titleId = `${id}-title`;
  return (
    <section aria-labelledby={titleId} className="metric-section">
      <div className="metric-section__head">
        <h2 id={titleId}>{title}</h2>
        <CsvLink href={csvHref} what={`the ${rowHeader.toLowerCase()} breakdown`} />
      </div>
      {note ? <p className="muted metric-section__note">{note}</p> : null}
      {rows.length === 0 ? (
        <EmptyState>{emptyText}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards metric-table" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{rowHeader}</th>
                <th scope="col" className="num">
                  Interviews
                </th>
                <th scope="col" className="num">
                  Promise kept
                </th>
                <th scope="col" className="num">
                  Median time to feedback
                </th>
                <th scope="col" className="num">
                  Scorecards on time
                </th>
                <th scope="col" className="num">
                  Ghosting now
                </th>
                <th scope="col" className="num">
                  Ratings
                </th>
                <th scope="col" className="num">
                  NPS
                </th>
                <th scope="col" className="num">
                  Satisfaction
                </th>
                <th scope="col" className="num">
                  Response rate
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, label, figures: f }) => (
                <tr key={key}>
                  <th scope="row" data-label={rowHeader}>
                    {label}
                  </th>
                  <td className="num" data-label="Interviews">
                    {f.interviews}
                  </td>
                  <RateCell
                    label="Promise kept"
                    rate={f.promiseKeptRate}
                    part={f.promisesKept}
                    whole={f.interviewsDue}
                  />
                  <td className="num" data-label="Median time to feedback">
                    {hours(f.timeToFeedbackMedianHours)}
                    {f.timeToFeedbackMedianBusinessDays !== null ? (
                      <span className="metric-sub">{businessDays(f.timeToFeedbackMedianBusinessDays)}</span>
                    ) : null}
                  </td>
                  <RateCell
                    label="Scorecards on time"
                    rate={f.scorecardOnTimeRate}
                    part={f.scorecardsOnTime}
                    whole={f.scorecardsDue}
                  />
                  <RateCell
                    label="Ghosting now"
                    rate={f.ghostingRate}
                    part={f.ghostedApplications ?? 0}
                    whole={f.activeApplications ?? 0}
                  />
                  <RatingCells f={f} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
