import type { ReactNode } from "react";
import type { MetricFigures, MetricSatisfaction } from "~/lib/operations";
import { Definition } from "./definition";
import type { DefinitionKey } from "./definitions";
import { businessDays, HIDDEN_HEADLINE, hours, nps, percent, score } from "./format";

type Card = {
  id: string;
  title: string;
  definition: DefinitionKey;
  /** The figure, or null when it is hidden for anonymity. */
  value: string | null;
  detail: ReactNode;
  wide?: boolean;
};

const SATISFACTION_LABELS: Array<[keyof MetricSatisfaction, string]> = [
  ["overall", "Overall"],
  ["communication", "Communication"],
  ["timeliness", "Timeliness"],
  ["respect", "Respect"],
  ["clarity", "Clarity"],
  ["usefulness", "Usefulness of feedback"],
];

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

function interviewCards(f: MetricFigures): Card[] {
  return [
    {
      id: "promise-kept",
      title: "Promise-kept rate",
      definition: "promiseKept",
      value: percent(f.promiseKeptRate),
      detail:
        f.interviewsDue > 0
          ? `${f.promisesKept} of ${plural(f.interviewsDue, "deadline", "deadlines")} kept`
          : "No feedback deadline has passed yet in this range",
    },
    {
      id: "time-to-feedback",
      title: "Time to feedback",
      definition: "timeToFeedback",
      value: hours(f.timeToFeedbackMedianHours),
      detail:
        f.released > 0 ? (
          <>
            <p className="metric-card__line">median · {businessDays(f.timeToFeedbackMedianBusinessDays)}</p>
            <p className="metric-card__line">
              90th percentile: <strong>{hours(f.timeToFeedbackP90Hours)}</strong> ·{" "}
              {businessDays(f.timeToFeedbackP90BusinessDays)}
            </p>
            <p className="metric-card__line">From {plural(f.released, "release", "releases")}</p>
          </>
        ) : (
          "No feedback released yet for interviews in this range"
        ),
    },
    {
      id: "scorecards",
      title: "Scorecards on time",
      definition: "scorecardOnTime",
      value: percent(f.scorecardOnTimeRate),
      detail:
        f.scorecardsDue > 0
          ? `${f.scorecardsOnTime} of ${plural(f.scorecardsDue, "scorecard", "scorecards")} on time`
          : "No scorecard deadline has passed yet",
    },
    {
      id: "ghosting",
      title: "Ghosting rate now",
      definition: "ghosting",
      value: percent(f.ghostingRate),
      detail:
        f.activeApplications && f.activeApplications > 0
          ? `${f.ghostedApplications ?? 0} of ${plural(f.activeApplications, "active application", "active applications")} past their update cadence today`
          : "No active applications today",
    },
  ];
}

function ratingCards(f: MetricFigures): Card[] {
  const hidden = f.ratingsSuppressed;
  return [
    {
      id: "nps",
      title: "Candidate NPS",
      definition: "nps",
      value: hidden ? null : nps(f.nps),
      detail: hidden ? null : `From ${plural(f.responses ?? 0, "rating", "ratings")}, on a scale of −100 to +100`,
    },
    {
      id: "response-rate",
      title: "Rating response rate",
      definition: "responseRate",
      value: hidden ? null : percent(f.responseRate),
      detail: hidden
        ? null
        : `Of ${plural(f.invitations, "rating invitation", "rating invitations")} to candidates whose process has closed`,
    },
    {
      id: "satisfaction",
      title: "Satisfaction (1–5)",
      definition: "satisfaction",
      wide: true,
      value: hidden ? null : score(f.satisfaction?.overall),
      detail: hidden ? null : <SatisfactionList satisfaction={f.satisfaction} />,
    },
  ];
}

function SatisfactionList({ satisfaction }: { satisfaction: MetricSatisfaction | null }) {
  return (
    <dl className="metric-satisfaction">
      {SATISFACTION_LABELS.map(([key, label]) => (
        <div key={key}>
          <dt>{label}</dt>
          <dd>
            {score(satisfaction?.[key])}
            <span className="visually-hidden"> out of 5</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function HeadlineCard({ card }: { card: Card }) {
  return (
    <li className={`metric-card${card.wide ? " metric-card--wide" : ""}`}>
      <h3 className="metric-card__title">{card.title}</h3>
      {card.value === null ? (
        <p className="metric-hidden">{HIDDEN_HEADLINE}</p>
      ) : (
        <>
          <p className="metric-card__value">{card.value}</p>
          {card.detail ? <div className="metric-card__detail">{card.detail}</div> : null}
        </>
      )}
      <Definition of={card.definition} name={card.title.toLowerCase()} />
    </li>
  );
}

/** The headline figures of the whole filtered range, each with its definition one click away. */
export function HeadlineCards({ figures }: { figures: MetricFigures }) {
  return (
    <ul className="metric-cards">
      {[...interviewCards(figures), ...ratingCards(figures)].map((card) => (
        <HeadlineCard key={card.id} card={card} />
      ))}
    </ul>
  );
}
