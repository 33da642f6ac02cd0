/**
 * The metrics as SQL aggregates: PostgreSQL (or PGlite) does the counting, percentiles and means over
 * indexed columns; Node receives one row per group. Each definition matches the reference maths in
 * packages/domain/src/metrics, which metrics.integration.test.ts checks on random histories.
 *
 * Timestamps are stored as UTC `timestamp(3)`; local periods convert with `AT TIME ZONE 'UTC'` first.
 * Every family attributes its rows to a date: interviews (promises, time to feedback, scorecards) to the
 * day the interview ended, ratings to the day they were given, rating invitations to the day they were sent.
 */
import { Prisma, type PrismaClient, utc } from "@candor/db";
import { trendPeriodStarts } from "@candor/domain";

export type Grouping = "total" | "period" | "job" | "stage" | "interviewer";

export interface MetricsScope {
  organizationId: string;
  from: Date;
  to: Date;
  /** "Now" for deadlines passed and applications closed: fixed per request so that all figures agree. */
  now: Date;
  interval: "WEEK" | "MONTH";
  timeZone: string;
  jobId?: string | null | undefined;
  stageKind?: string | null | undefined;
  interviewerId?: string | null | undefined;
}

type Db = Pick<PrismaClient, "$queryRaw">;

/** The stage-breakdown key of ratings and invitations of the whole process. */
export const PROCESS_KEY = "PROCESS";

const when = (condition: unknown, sql: Prisma.Sql) => (condition ? sql : Prisma.empty);

function localTimestamp(column: Prisma.Sql, timeZone: string) {
  // A fixed offset such as "+05:30" must be an interval: as text, PostgreSQL reads it POSIX-style (inverted).
  const zone = /^[+-]\d{2}:\d{2}$/.test(timeZone) ? Prisma.sql`${timeZone}::interval` : Prisma.sql`${timeZone}::text`;
  return Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${zone})`;
}

interface KeyColumns {
  time: Prisma.Sql;
  job: Prisma.Sql;
  stage: Prisma.Sql;
  interviewer: Prisma.Sql;
}

const periodsOfScope = new WeakMap<MetricsScope, ReturnType<typeof trendPeriodStarts>>();

/** The trend periods of a request and the instants they start: worked out once per request. */
export function periodStarts(scope: MetricsScope) {
  let periods = periodsOfScope.get(scope);
  if (!periods) {
    periods = trendPeriodStarts(scope.from, scope.to, scope.interval, scope.timeZone);
    periodsOfScope.set(scope, periods);
  }
  return periods;
}

/**
 * The grouping key of a row. A period is found with `width_bucket` over the periods' start instants
 * (computed once in the organisation's time zone) rather than by converting every row to local time.
 */
function keyOf(grouping: Grouping, scope: MetricsScope, columns: KeyColumns) {
  switch (grouping) {
    case "total":
      return Prisma.sql`'all'::text`;
    case "period": {
      const starts = periodStarts(scope).map((p) => p.startsAt.toISOString().replace("T", " ").replace("Z", ""));
      return Prisma.sql`width_bucket(${columns.time}, ${starts}::timestamp[])`;
    }
    case "job":
      return columns.job;
    case "stage":
      return columns.stage;
    case "interviewer":
      return columns.interviewer;
  }
}

/** Group keys as text: a period's bucket number becomes its first local day. */
function keyName(grouping: Grouping, scope: MetricsScope): (key: unknown) => string {
  if (grouping !== "period") return (key) => String(key);
  const starts = periodStarts(scope);
  return (key) => starts[Number(key) - 1]?.periodStart ?? `bucket ${String(key)}`;
}

/** Rows keyed by group, plus the whole (a GROUPING SETS total) under `null` when asked for. */
async function grouped<T extends { key: string | null }>(
  db: Db,
  scope: MetricsScope,
  grouping: Grouping,
  rows: Prisma.Sql,
  aggregates: Prisma.Sql,
  withTotal: boolean,
): Promise<Map<string | null, T>> {
  const result = await db.$queryRaw<Array<T & { is_total: boolean }>>`
    WITH rows AS (${rows})
    SELECT k AS key, ${withTotal ? Prisma.sql`GROUPING(k) = 1` : Prisma.sql`false`} AS is_total, ${aggregates}
    FROM rows GROUP BY ${withTotal ? Prisma.sql`GROUPING SETS ((k), ())` : Prisma.sql`k`}`;
  const name = keyName(grouping, scope);
  return new Map(result.map((row) => [row.is_total ? null : name(row.key), { ...row, key: name(row.key) }]));
}

/** Completed interviews that ended in the range, filtered; `ia` is one row per interviewer when joined. */
function interviewRows(
  scope: MetricsScope,
  grouping: Grouping,
  select: Prisma.Sql,
  extraJoins: Prisma.Sql,
  perInterviewer: boolean,
) {
  const joinAssignments = perInterviewer || grouping === "interviewer";
  const key = keyOf(grouping, scope, {
    time: Prisma.sql`i."endedAt"`,
    job: Prisma.sql`a."jobId"`,
    stage: Prisma.sql`s.kind::text`,
    interviewer: Prisma.sql`ia."interviewerId"`,
  });
  return Prisma.sql`
    SELECT ${key} AS k, ${select}
    FROM "Interview" i
    ${when(scope.jobId || grouping === "job", Prisma.sql`JOIN "Application" a ON a.id = i."applicationId"`)}
    ${when(scope.stageKind || grouping === "stage", Prisma.sql`JOIN "JobStage" s ON s.id = i."stageId"`)}
    ${when(joinAssignments, Prisma.sql`JOIN "InterviewAssignment" ia ON ia."interviewId" = i.id`)}
    ${extraJoins}
    WHERE i."organizationId" = ${scope.organizationId}
      AND i.status = 'COMPLETED'
      AND i."endedAt" >= ${utc(scope.from)} AND i."endedAt" < ${utc(scope.to)}
      ${when(scope.jobId, Prisma.sql`AND a."jobId" = ${scope.jobId}`)}
      ${when(scope.stageKind, Prisma.sql`AND s.kind::text = ${scope.stageKind}`)}
      ${
        !scope.interviewerId
          ? Prisma.empty
          : joinAssignments
            ? Prisma.sql`AND ia."interviewerId" = ${scope.interviewerId}`
            : Prisma.sql`AND EXISTS (SELECT 1 FROM "InterviewAssignment" f
                WHERE f."interviewId" = i.id AND f."interviewerId" = ${scope.interviewerId})`
      }`;
}

export interface InterviewAggregate {
  key: string | null;
  interviews: number;
  due: number;
  kept: number;
  released: number;
  /** [median, p90] */
  ttf_hours: [number, number] | null;
  /** [median, p90] */
  ttf_business_days: [number, number] | null;
  scorecards_due: number;
  scorecards_on_time: number;
}

/**
 * Promise-kept rate (kept / deadline passed; a passed deadline without a release is broken) and time to
 * feedback (hours and business days from the interview's end to the release; median and p90).
 */
export function interviewAggregates(db: Db, scope: MetricsScope, grouping: Grouping, withTotal = false) {
  const rows = interviewRows(
    scope,
    grouping,
    Prisma.sql`i."candidateFeedbackDueAt" AS due_at, i."feedbackReleasedAt" AS released_at,
      date_part('epoch', i."feedbackReleasedAt" - i."endedAt") / 3600 AS hours,
      i."businessDaysToFeedback"::float8 AS business_days,
      i."scorecardDueAt" AS scorecard_due_at, i."scorecardsAssigned" AS scorecards_assigned,
      i."scorecardsOnTime" AS scorecards_on_time`,
    Prisma.empty,
    false,
  );
  const now = utc(scope.now);
  return grouped<InterviewAggregate>(
    db,
    scope,
    grouping,
    rows,
    Prisma.sql`
      count(*)::int AS interviews,
      count(*) FILTER (WHERE due_at <= ${now})::int AS due,
      count(*) FILTER (WHERE due_at <= ${now} AND released_at <= due_at)::int AS kept,
      count(released_at)::int AS released,
      percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY hours) AS ttf_hours,
      percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY business_days) AS ttf_business_days,
      COALESCE(sum(scorecards_assigned) FILTER (WHERE scorecard_due_at <= ${now}), 0)::int AS scorecards_due,
      COALESCE(sum(scorecards_on_time) FILTER (WHERE scorecard_due_at <= ${now}), 0)::int AS scorecards_on_time`,
    withTotal,
  );
}

export interface ScorecardAggregate {
  key: string | null;
  due: number;
  on_time: number;
}

/**
 * Whether scorecard figures need one row per assigned interviewer: when grouped or filtered by
 * interviewer. Otherwise the per-interview counts of the interview scan give the same sums.
 */
export const scorecardsPerInterviewer = (scope: MetricsScope, grouping: Grouping) =>
  grouping === "interviewer" || Boolean(scope.interviewerId);

/** Scorecard on-time rate: per assigned interviewer, submitted by the scorecard deadline, over deadlines passed. */
export function scorecardAggregates(db: Db, scope: MetricsScope, grouping: Grouping, withTotal = false) {
  const rows = interviewRows(
    scope,
    grouping,
    Prisma.sql`i."scorecardDueAt" AS due_at, ia."scorecardSubmittedAt" AS submitted_at`,
    Prisma.empty,
    true,
  );
  const now = utc(scope.now);
  return grouped<ScorecardAggregate>(
    db,
    scope,
    grouping,
    rows,
    Prisma.sql`
      count(*) FILTER (WHERE due_at <= ${now})::int AS due,
      count(*) FILTER (WHERE due_at <= ${now} AND submitted_at <= due_at)::int AS on_time`,
    withTotal,
  );
}

/** The interviewers of an application's interviews in the rated stage (any stage for a process rating). */
const ratedInterviewers = (applicationId: Prisma.Sql, stageId: Prisma.Sql) => Prisma.sql`
  SELECT DISTINCT ra."interviewerId" FROM "Interview" rated
  JOIN "InterviewAssignment" ra ON ra."interviewId" = rated.id
  WHERE rated."applicationId" = ${applicationId} AND (${stageId} IS NULL OR rated."stageId" = ${stageId})`;

/** Filters shared by ratings and invitations; `a` is the application, `s` the rated stage (left-joined). */
function ratingFilters(
  scope: MetricsScope,
  columns: { applicationId: Prisma.Sql; stageId: Prisma.Sql; jobId: Prisma.Sql },
  grouping: Grouping,
) {
  const { applicationId, stageId, jobId } = columns;
  return Prisma.sql`
    ${when(scope.jobId, Prisma.sql`AND ${jobId} = ${scope.jobId}`)}
    ${when(scope.stageKind, Prisma.sql`AND s.kind::text = ${scope.stageKind}`)}
    ${
      !scope.interviewerId
        ? Prisma.empty
        : grouping === "interviewer"
          ? Prisma.sql`AND rx."interviewerId" = ${scope.interviewerId}`
          : Prisma.sql`AND ${scope.interviewerId} IN (${ratedInterviewers(applicationId, stageId)})`
    }`;
}

const stageOrProcess = (stageId: Prisma.Sql) =>
  Prisma.sql`CASE WHEN ${stageId} IS NULL THEN ${PROCESS_KEY} ELSE s.kind::text END`;

export interface RatingAggregate {
  key: string | null;
  responses: number;
  nps: number | null;
  overall: number | null;
  communication: number | null;
  timeliness: number | null;
  respect: number | null;
  clarity: number | null;
  usefulness: number | null;
}

const ratingColumns = {
  applicationId: Prisma.sql`er."applicationId"`,
  stageId: Prisma.sql`er."stageId"`,
  jobId: Prisma.sql`a."jobId"`,
};

/**
 * Ratings given in the range that count: only once the candidate's application has closed (so that rating
 * honestly can never affect a decision). NPS = 100·(promoters 9–10 − detractors 0–6)/responses.
 */
export function ratingAggregates(db: Db, scope: MetricsScope, grouping: Grouping, withTotal = false) {
  const key = keyOf(grouping, scope, {
    time: Prisma.sql`er."createdAt"`,
    job: Prisma.sql`a."jobId"`,
    stage: stageOrProcess(Prisma.sql`er."stageId"`),
    interviewer: Prisma.sql`rx."interviewerId"`,
  });
  const rows = Prisma.sql`
    SELECT ${key} AS k, er.recommend, er.overall, er.communication, er.timeliness, er.respect, er.clarity, er.usefulness
    FROM "ExperienceRating" er
    JOIN "Application" a ON a.id = er."applicationId"
    LEFT JOIN "JobStage" s ON s.id = er."stageId"
    ${when(
      grouping === "interviewer",
      Prisma.sql`JOIN LATERAL (${ratedInterviewers(Prisma.sql`er."applicationId"`, Prisma.sql`er."stageId"`)}) rx ON true`,
    )}
    WHERE er."organizationId" = ${scope.organizationId}
      AND er."createdAt" >= ${utc(scope.from)} AND er."createdAt" < ${utc(scope.to)}
      AND a."closedAt" <= ${utc(scope.now)}
      ${ratingFilters(scope, ratingColumns, grouping)}`;
  return grouped<RatingAggregate>(
    db,
    scope,
    grouping,
    rows,
    Prisma.sql`
      count(*)::int AS responses,
      (100.0 * (count(*) FILTER (WHERE recommend >= 9) - count(*) FILTER (WHERE recommend <= 6))
        / NULLIF(count(*), 0))::float8 AS nps,
      avg(overall)::float8 AS overall, avg(communication)::float8 AS communication,
      avg(timeliness)::float8 AS timeliness, avg(respect)::float8 AS respect,
      avg(clarity)::float8 AS clarity, avg(usefulness)::float8 AS usefulness`,
    withTotal,
  );
}

export interface InvitationAggregate {
  key: string | null;
  invitations: number;
  answered: number;
}

/**
 * Rating response rate: invitations sent in the range (a stage at its first release, the process when the
 * application closed after an interview; recorded in RatingInvitation by database triggers) to candidates
 * whose application is now closed, and how many of them were answered.
 */
export function invitationAggregates(db: Db, scope: MetricsScope, grouping: Grouping, withTotal = false) {
  const key = keyOf(grouping, scope, {
    time: Prisma.sql`ri."invitedAt"`,
    job: Prisma.sql`ri."jobId"`,
    stage: stageOrProcess(Prisma.sql`ri."stageId"`),
    interviewer: Prisma.sql`rx."interviewerId"`,
  });
  const needsStage = scope.stageKind || grouping === "stage";
  const rows = Prisma.sql`
    SELECT ${key} AS k, ri."answeredAt" IS NOT NULL AS answered
    FROM "RatingInvitation" ri
    ${when(needsStage, Prisma.sql`LEFT JOIN "JobStage" s ON s.id = ri."stageId"`)}
    ${when(
      grouping === "interviewer",
      Prisma.sql`JOIN LATERAL (${ratedInterviewers(Prisma.sql`ri."applicationId"`, Prisma.sql`ri."stageId"`)}) rx ON true`,
    )}
    WHERE ri."organizationId" = ${scope.organizationId}
      AND ri."invitedAt" >= ${utc(scope.from)} AND ri."invitedAt" < ${utc(scope.to)}
      AND ri."applicationClosedAt" <= ${utc(scope.now)}
      ${ratingFilters(
        scope,
        {
          applicationId: Prisma.sql`ri."applicationId"`,
          stageId: Prisma.sql`ri."stageId"`,
          jobId: Prisma.sql`ri."jobId"`,
        },
        grouping,
      )}`;
  return grouped<InvitationAggregate>(
    db,
    scope,
    grouping,
    rows,
    Prisma.sql`count(*)::int AS invitations, count(*) FILTER (WHERE answered)::int AS answered`,
    withTotal,
  );
}

export interface GhostingAggregate {
  key: string | null;
  active: number;
  ghosted: number;
}

/**
 * Ghosting rate now (not per period): active applications whose last candidate-facing contact (or, before
 * any, the application itself) is older than the status cadence of the promise for their current stage
 * (the job's own promise first, then the organisation's; 7 days without one).
 */
export function ghostingAggregates(db: Db, scope: MetricsScope, grouping: Grouping) {
  const key = keyOf(grouping === "period" ? "total" : grouping, scope, {
    time: Prisma.sql`a."appliedAt"`,
    job: Prisma.sql`a."jobId"`,
    stage: Prisma.sql`s.kind::text`,
    interviewer: Prisma.sql`rx."interviewerId"`,
  });
  const applicationInterviewers = Prisma.sql`
    SELECT DISTINCT ga."interviewerId" FROM "Interview" gi
    JOIN "InterviewAssignment" ga ON ga."interviewId" = gi.id WHERE gi."applicationId" = a.id`;
  const rows = Prisma.sql`
    SELECT ${key} AS k,
      COALESCE(a."lastCandidateContactAt", a."appliedAt")
        + COALESCE(cadence.days, 7) * interval '24 hours' < ${utc(scope.now)} AS ghosted
    FROM "Application" a
    LEFT JOIN "JobStage" s ON s.id = a."currentStageId"
    LEFT JOIN LATERAL (
      SELECT p."statusCadenceDays" AS days FROM "FeedbackPromise" p
      WHERE p."organizationId" = a."organizationId" AND p.status = 'PUBLISHED' AND p."stageKind" = s.kind
        AND (p."jobId" = a."jobId" OR p."jobId" IS NULL)
      ORDER BY p."jobId" NULLS LAST LIMIT 1
    ) cadence ON true
    ${when(grouping === "interviewer", Prisma.sql`JOIN LATERAL (${applicationInterviewers}) rx ON true`)}
    WHERE a."organizationId" = ${scope.organizationId} AND a.status = 'ACTIVE'
      ${when(scope.jobId, Prisma.sql`AND a."jobId" = ${scope.jobId}`)}
      ${when(scope.stageKind, Prisma.sql`AND s.kind::text = ${scope.stageKind}`)}
      ${
        !scope.interviewerId
          ? Prisma.empty
          : grouping === "interviewer"
            ? Prisma.sql`AND rx."interviewerId" = ${scope.interviewerId}`
            : Prisma.sql`AND ${scope.interviewerId} IN (${applicationInterviewers})`
      }`;
  return grouped<GhostingAggregate>(
    db,
    scope,
    grouping === "period" ? "total" : grouping,
    rows,
    Prisma.sql`count(*)::int AS active, count(*) FILTER (WHERE ghosted)::int AS ghosted`,
    false,
  );
}

export interface SharedComment {
  comment: string;
  month: string;
}

/** Comments candidates chose to share, newest first, without anything that names them. */
export function sharedComments(db: Db, scope: MetricsScope, limit: number) {
  return db.$queryRaw<SharedComment[]>`
    SELECT er.comment, to_char(${localTimestamp(Prisma.sql`er."createdAt"`, scope.timeZone)}, 'YYYY-MM') AS month
    FROM "ExperienceRating" er
    JOIN "Application" a ON a.id = er."applicationId"
    LEFT JOIN "JobStage" s ON s.id = er."stageId"
    WHERE er."organizationId" = ${scope.organizationId}
      AND er."createdAt" >= ${utc(scope.from)} AND er."createdAt" < ${utc(scope.to)}
      AND a."closedAt" <= ${utc(scope.now)}
      AND er."shareComment" AND er.comment IS NOT NULL
      ${ratingFilters(scope, ratingColumns, "total")}
    ORDER BY er."createdAt" DESC
    LIMIT ${limit}`;
}
