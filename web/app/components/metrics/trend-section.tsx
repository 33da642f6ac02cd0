import type { ReactNode } from "react";
import type { MetricFigures, MetricsTrendPoint, TrendInterval } from "~/lib/operations";
import { ChartSlot } from "./chart-slot";
import { CsvLink } from "./csv-link";
import { hiddenCellText, hours, nps, percent, periodLabel, periodTick } from "./format";
import type { TrendChartPoint } from "./trend-chart";

const CHART_HEIGHT = 240;

function pointsOf(
  trend: MetricsTrendPoint[],
  interval: TrendInterval,
  value: (f: MetricFigures) => number | null,
  hidden: (f: MetricFigures) => boolean = () => false,
): TrendChartPoint[] {
  return trend.map((point) => ({
    period: point.periodStart,
    tick: periodTick(point.periodStart, interval),
    label: periodLabel(point.periodStart, interval),
    value: hidden(point.figures) ? null : value(point.figures),
    hidden: hidden(point.figures),
  }));
}

function ChartFigure({
  id,
  title,
  note,
  children,
}: {
  id: string;
  title: string;
  note: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure className="metric-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="metric-chart__title">
        {title}
      </figcaption>
      {children}
      {note ? <p className="metric-chart__note">{note}</p> : null}
    </figure>
  );
}

const fractionAsPercent = (value: number) => `${Math.round(value * 100)}%`;
const wholeHours = (value: number) => `${Math.round(value)} h`;
const signedPoints = (value: number) => nps(value);

/** Trend charts (drawn in the browser) and the same figures as a table for keyboard and screen-reader users. */
export function TrendSection({
  trend,
  interval,
  csvHref,
}: {
  trend: MetricsTrendPoint[];
  interval: TrendInterval;
  csvHref: string;
}) {
  const promiseKept = pointsOf(trend, interval, (f) => f.promiseKeptRate);
  const timeToFeedback = pointsOf(trend, interval, (f) => f.timeToFeedbackMedianHours);
  const npsPoints = pointsOf(
    trend,
    interval,
    (f) => f.nps,
    (f) => f.ratingsSuppressed,
  );
  const hiddenPeriods = npsPoints.filter((point) => point.hidden).length;
  const per = interval === "WEEK" ? "week" : "month";
  return (
    <section aria-labelledby="trend-title" className="metric-section">
      <div className="metric-section__head">
        <h2 id="trend-title">Trend per {per}</h2>
        <CsvLink href={csvHref} what="the trend" />
      </div>
      <div className="metric-charts">
        <ChartFigure
          id="chart-promise-kept"
          title="Promise-kept rate"
          note="Gaps: no feedback deadline passed in that period."
        >
          <ChartSlot
            points={promiseKept}
            name="Promise-kept rate"
            domain={[0, 1]}
            format={fractionAsPercent}
            height={CHART_HEIGHT}
          />
        </ChartFigure>
        <ChartFigure
          id="chart-time-to-feedback"
          title="Median time to feedback (hours)"
          note="Gaps: no feedback released for interviews of that period."
        >
          <ChartSlot
            points={timeToFeedback}
            name="Median time to feedback"
            domain={[0, "auto"]}
            format={wholeHours}
            height={CHART_HEIGHT}
          />
        </ChartFigure>
        <ChartFigure
          id="chart-nps"
          title="Candidate NPS"
          note={
            hiddenPeriods === npsPoints.length
              ? null
              : hiddenPeriods === 0
                ? "Gaps: no ratings in that period."
                : `Gaps marked by dashed lines are hidden: fewer than 5 ratings (${hiddenPeriods} of ${npsPoints.length} ${per}s). Each is shown once 5 candidates have rated in it.`
          }
        >
          {hiddenPeriods === npsPoints.length ? (
            <div className="metric-chart__placeholder metric-hidden" style={{ height: CHART_HEIGHT }}>
              Hidden for every {per}: fewer than 5 ratings in each. The headline NPS above covers the whole range.
            </div>
          ) : (
            <ChartSlot
              points={npsPoints}
              name="Candidate NPS"
              domain={[-100, 100]}
              format={signedPoints}
              height={CHART_HEIGHT}
              zeroLine
            />
          )}
        </ChartFigure>
      </div>
      <TrendTable trend={trend} interval={interval} />
    </section>
  );
}

function TrendTable({ trend, interval }: { trend: MetricsTrendPoint[]; interval: TrendInterval }) {
  return (
    <details className="metric-disclosure">
      <summary>Trend as a table</summary>
      <div className="table-wrap">
        <table className="table table--cards metric-table">
          <caption className="visually-hidden">Trend per period</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="num">
                Interviews
              </th>
              <th scope="col" className="num">
                Promise-kept rate
              </th>
              <th scope="col" className="num">
                Median time to feedback
              </th>
              <th scope="col" className="num">
                Ratings
              </th>
              <th scope="col" className="num">
                Candidate NPS
              </th>
            </tr>
          </thead>
          <tbody>
            {trend.map(({ periodStart, figures: f }) => (
              <tr key={periodStart}>
                <th scope="row" data-label="Period">
                  {periodLabel(periodStart, interval)}
                </th>
                <td className="num" data-label="Interviews">
                  {f.interviews}
                </td>
                <td className="num" data-label="Promise-kept rate">
                  {percent(f.promiseKeptRate)}
                  {f.interviewsDue > 0 ? (
                    <span className="metric-sub">
                      {f.promisesKept} of {f.interviewsDue}
                    </span>
                  ) : null}
                </td>
                <td className="num" data-label="Median time to feedback">
                  {hours(f.timeToFeedbackMedianHours)}
                </td>
                {f.ratingsSuppressed ? (
                  <td colSpan={2} className="metric-hidden-cell" data-label="Ratings">
                    {hiddenCellText(f.ratingsSuppressedReason)}
                  </td>
                ) : (
                  <>
                    <td className="num" data-label="Ratings">
                      {f.responses ?? 0}
                    </td>
                    <td className="num" data-label="Candidate NPS">
                      {nps(f.nps)}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
