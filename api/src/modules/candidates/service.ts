import {
  type ApplicationStatus,
  type FeedbackLevel,
  type InterviewStatus,
  jsonDate,
  type Outcome,
  Prisma,
  type StageKind,
} from "@candor/db";
import { type BusinessCalendar, describePromise, dueState } from "@candor/domain";
import type { SignedInContext } from "../../graphql/context.ts";
import { notFound } from "../../graphql/errors.ts";
import { toCandidateFeedback } from "../feedback/release.ts";
import type { MyRatingSource, Ratable } from "../ratings/service.ts";
import { summarizeEvent } from "./timeline-summary.ts";

type StageRow = { id: string; name: string; kind: string; position: number };

function stageStates(stages: StageRow[], currentStageId: string | null, status: string) {
  const current = stages.find((s) => s.id === currentStageId);
  return stages.map((stage) => ({
    name: stage.name,
    kind: stage.kind,
    state:
      status === "HIRED" || (current && stage.position < current.position)
        ? "DONE"
        : stage.id === currentStageId && (status === "ACTIVE" || status === "OFFERED")
          ? "CURRENT"
          : current && stage.position > current.position
            ? "UPCOMING"
            : "DONE",
  }));
}

interface FeedbackSource {
  status: string;
  candidateFeedbackDueAt: Date | null;
  stage: { kind: string };
  promise: { level: string; candidateDeadlineBusinessDays: number; stageKind: string } | null;
  release: { releasedAt: Date } | null;
}

/** The promised feedback of a completed interview and its live state; null before the interview is done. */
export function candidateFeedback(interview: FeedbackSource, calendar: BusinessCalendar, now: Date) {
  if (interview.status !== "COMPLETED" || !interview.candidateFeedbackDueAt || !interview.promise) return null;
  const promise = interview.promise as Parameters<typeof describePromise>[0] & { level: "OUTCOME" };
  const base = {
    level: promise.level,
    dueAt: interview.candidateFeedbackDueAt,
    description: describePromise(promise),
    releasedAt: interview.release?.releasedAt ?? null,
  };
  if (interview.release) return { ...base, state: "RELEASED", hours: 0, businessDays: 0 };
  const due = dueState(interview.candidateFeedbackDueAt, now, calendar);
  return due.state === "DUE"
    ? { ...base, state: "DUE", hours: due.hoursLeft, businessDays: due.businessDaysLeft }
    : { ...base, state: "OVERDUE", hours: due.hoursOver, businessDays: due.businessDaysOver };
}

interface InterviewJson {
  id: string;
  stageId: string;
  stageName: string;
  stageKind: string;
  status: InterviewStatus;
  scheduledStart: string;
  scheduledEnd: string;
  rescheduleCount: number;
  candidateFeedbackDueAt: string | null;
  promise: { level: FeedbackLevel; candidateDeadlineBusinessDays: number; stageKind: StageKind } | null;
  release: {
    id: string;
    level: FeedbackLevel;
    outcome: Outcome;
    summary: string | null;
    details: unknown;
    releasedAt: string;
    readAt: string | null;
    keptPromise: boolean;
  } | null;
}

type RatingJson = Omit<MyRatingSource, "createdAt" | "updatedAt"> & { createdAt: string; updatedAt: string };

interface ApplicationRow {
  id: string;
  status: ApplicationStatus;
  appliedAt: Date;
  closedAt: Date | null;
  currentStageId: string | null;
  organizationName: string;
  organizationSlug: string;
  timeZone: string;
  jobTitle: string;
  holidays: string[];
  stages: StageRow[];
  interviews: InterviewJson[];
  statusUpdates: Array<{ id: string; body: string; createdAt: string }>;
  timeline: Array<{ id: string; kind: string; occurredAt: string; data: Record<string, unknown> }>;
  ratings: RatingJson[];
}

/**
 * The whole page in one statement, nested rows built as JSON by PostgreSQL (timestamps carry their UTC
 * offset): the candidate's most visited page, where Prisma's nested read cost about twice the CPU.
 */
async function loadOwnApplication(ctx: SignedInContext, applicationId: string): Promise<ApplicationRow | null> {
  const rows = await ctx.read<ApplicationRow>(Prisma.sql`
    select a.id, a.status, a."appliedAt", a."closedAt", a."currentStageId",
      o.name as "organizationName", o.slug as "organizationSlug", o."timeZone", j.title as "jobTitle",
      coalesce((select json_agg(to_char(h.date, 'YYYY-MM-DD')) from "Holiday" h
        where h."organizationId" = a."organizationId"), '[]') as holidays,
      coalesce((select json_agg(json_build_object('id', s.id, 'name', s.name, 'kind', s.kind, 'position', s.position)
        order by s.position) from "JobStage" s where s."jobId" = a."jobId"), '[]') as stages,
      coalesce((select json_agg(json_build_object(
          'id', i.id, 'stageId', i."stageId", 'stageName', st.name, 'stageKind', st.kind, 'status', i.status,
          'scheduledStart', i."scheduledStart" at time zone 'UTC', 'scheduledEnd', i."scheduledEnd" at time zone 'UTC',
          'rescheduleCount', i."rescheduleCount",
          'candidateFeedbackDueAt', i."candidateFeedbackDueAt" at time zone 'UTC',
          'promise', case when p.id is null then null else json_build_object('level', p.level,
            'candidateDeadlineBusinessDays', p."candidateDeadlineBusinessDays", 'stageKind', p."stageKind") end,
          'release', case when r.id is null then null else json_build_object('id', r.id, 'level', r.level,
            'outcome', r.outcome, 'summary', r.summary, 'details', r.details,
            'releasedAt', r."releasedAt" at time zone 'UTC', 'readAt', r."readAt" at time zone 'UTC',
            'keptPromise', r."keptPromise") end)
          order by i."scheduledStart", i.id)
        from "Interview" i join "JobStage" st on st.id = i."stageId"
        left join "FeedbackPromise" p on p.id = i."promiseId"
        left join "FeedbackRelease" r on r."interviewId" = i.id
        where i."applicationId" = a.id), '[]') as interviews,
      coalesce((select json_agg(json_build_object('id', u.id, 'body', u.body,
          'createdAt', u."createdAt" at time zone 'UTC') order by u."createdAt" desc, u.id)
        from "StatusUpdate" u where u."applicationId" = a.id), '[]') as "statusUpdates",
      coalesce((select json_agg(json_build_object('id', e.id, 'kind', e.kind,
          'occurredAt', e."occurredAt" at time zone 'UTC', 'data', e.data) order by e."occurredAt" desc, e.id)
        from (select * from "TimelineEvent" t where t."applicationId" = a.id
          order by t."occurredAt" desc, t.id limit ${TIMELINE_LIMIT}) e), '[]') as timeline,
      coalesce((select json_agg(json_build_object('id', x.id, 'scope', x.scope, 'overall', x.overall,
          'recommend', x.recommend, 'communication', x.communication, 'timeliness', x.timeliness,
          'respect', x.respect, 'clarity', x.clarity, 'usefulness', x.usefulness, 'comment', x.comment,
          'shareComment', x."shareComment", 'createdAt', x."createdAt" at time zone 'UTC',
          'updatedAt', x."updatedAt" at time zone 'UTC'))
        from "ExperienceRating" x where x."applicationId" = a.id), '[]') as ratings
    from "Application" a
    join "Candidate" c on c.id = a."candidateId"
    join "Organization" o on o.id = a."organizationId"
    join "Job" j on j.id = a."jobId"
    where a.id = ${applicationId} and c."userId" = ${ctx.viewer.user.id}`);
  return rows[0] ?? null;
}

const TIMELINE_LIMIT = 200;

function toInterview(row: InterviewJson) {
  return {
    ...row,
    scheduledStart: jsonDate(row.scheduledStart),
    scheduledEnd: jsonDate(row.scheduledEnd),
    candidateFeedbackDueAt: jsonDate(row.candidateFeedbackDueAt),
    stage: { name: row.stageName, kind: row.stageKind },
    release: row.release && {
      ...row.release,
      releasedAt: jsonDate(row.release.releasedAt),
      readAt: jsonDate(row.release.readAt),
    },
  };
}

/** What rating invitations are worked out from: the application's interviews, releases and ratings. */
function ratableOf(row: ApplicationRow, interviews: ReturnType<typeof toInterview>[]): Ratable {
  return {
    status: row.status,
    closedAt: row.closedAt,
    interviews: interviews.map((i) => ({
      stageId: i.stageId,
      status: i.status,
      stage: { name: i.stageName },
      release: i.release && { releasedAt: i.release.releasedAt },
    })),
    ratings: row.ratings.map((r) => ({ ...r, createdAt: jsonDate(r.createdAt), updatedAt: jsonDate(r.updatedAt) })),
  };
}

/** One of the viewer's own applications; anyone else's is NOT_FOUND, whoever asks. */
export async function candidateApplication(ctx: SignedInContext, applicationId: string) {
  const row = await loadOwnApplication(ctx, applicationId);
  if (!row) throw notFound("Application");
  const calendar: BusinessCalendar = { timeZone: row.timeZone, holidays: row.holidays };
  const now = new Date();
  const interviews = row.interviews.map(toInterview);
  return {
    id: row.id,
    status: row.status,
    appliedAt: row.appliedAt,
    organizationName: row.organizationName,
    organizationSlug: row.organizationSlug,
    organizationTimeZone: row.timeZone,
    jobTitle: row.jobTitle,
    stages: stageStates(row.stages, row.currentStageId, row.status),
    interviews: interviews.map((interview) => ({
      id: interview.id,
      stageName: interview.stageName,
      status: interview.status,
      startsAt: interview.scheduledStart,
      endsAt: interview.scheduledEnd,
      rescheduleCount: interview.rescheduleCount,
      feedback: candidateFeedback(interview, calendar, now),
      releasedFeedback: interview.release ? toCandidateFeedback(interview.release) : null,
    })),
    statusUpdates: row.statusUpdates.map((update) => ({
      id: update.id,
      body: update.body,
      postedAt: jsonDate(update.createdAt),
    })),
    timeline: row.timeline.map((event) => ({
      id: event.id,
      kind: event.kind,
      occurredAt: jsonDate(event.occurredAt),
      summary: summarizeEvent(event.kind, event.data, row.timeZone),
    })),
    /** Read by the ratingInvitations field (ratings module): no second query for the same rows. */
    ratable: ratableOf(row, interviews),
  };
}
