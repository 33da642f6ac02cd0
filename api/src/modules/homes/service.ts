import { type ApplicationStatus, type InterviewStatus, jsonDate, Prisma, utc } from "@candor/db";
import type { SignedInContext } from "../../graphql/context.ts";

interface CandidateHomeRow {
  id: string;
  status: ApplicationStatus;
  appliedAt: Date;
  closedAt: Date | null;
  organizationName: string;
  organizationTimeZone: string;
  jobTitle: string;
  currentStageName: string | null;
  nextInterviewAt: Date | null;
  interviews: Array<{ stageId: string; status: InterviewStatus; releasedAt: string | null }>;
  ratedScopes: string[];
}

/**
 * The candidate's applications, newest first, in one statement: with what the open rating invitations
 * are worked out from (interviews, releases, scopes already rated), so the list needs no second query.
 */
export async function candidateHome(ctx: SignedInContext) {
  const rows = await ctx.read<CandidateHomeRow>(Prisma.sql`
    select a.id, a.status, a."appliedAt", a."closedAt", o.name as "organizationName",
      o."timeZone" as "organizationTimeZone", j.title as "jobTitle", st.name as "currentStageName",
      (select min(i."scheduledStart") from "Interview" i where i."applicationId" = a.id
        and i.status = 'SCHEDULED' and i."scheduledStart" >= ${utc(new Date())}) as "nextInterviewAt",
      coalesce((select json_agg(json_build_object('stageId', i."stageId", 'status', i.status,
          'releasedAt', r."releasedAt" at time zone 'UTC'))
        from "Interview" i left join "FeedbackRelease" r on r."interviewId" = i.id
        where i."applicationId" = a.id), '[]') as interviews,
      coalesce((select json_agg(x.scope) from "ExperienceRating" x where x."applicationId" = a.id), '[]')
        as "ratedScopes"
    from "Application" a
    join "Candidate" c on c.id = a."candidateId"
    join "Organization" o on o.id = a."organizationId"
    join "Job" j on j.id = a."jobId"
    left join "JobStage" st on st.id = a."currentStageId"
    where c."userId" = ${ctx.viewer.user.id}
    order by a."appliedAt" desc, a.id
    limit 100`);
  return {
    applications: rows.map(({ interviews, ...application }) => ({
      ...application,
      ratable: {
        status: application.status,
        closedAt: application.closedAt,
        interviews: interviews.map((i) => ({ ...i, releasedAt: jsonDate(i.releasedAt) })),
      },
    })),
  };
}

interface InterviewerInterviewJson {
  id: string;
  status: InterviewStatus;
  scheduledStart: string;
  scorecardDueAt: string | null;
  candidateFeedbackDueAt: string | null;
  stageName: string;
  candidateName: string;
  jobTitle: string;
  scorecardSubmitted: boolean;
}

type InterviewerLists = Record<"upcoming" | "awaitingScorecard" | "past", InterviewerInterviewJson[]>;

const LIST_LENGTH = 50;

/** One list of the interviewer's own interviews (`mine`), as JSON with the columns the queue shows. */
function interviewerList(interviewerId: string, where: Prisma.Sql, orderBy: Prisma.Sql) {
  return Prisma.sql`coalesce((select json_agg(x order by x.position) from (
      select m.id, m.status, m."scheduledStart" at time zone 'UTC' as "scheduledStart",
        m."scorecardDueAt" at time zone 'UTC' as "scorecardDueAt",
        m."candidateFeedbackDueAt" at time zone 'UTC' as "candidateFeedbackDueAt",
        st.name as "stageName", c.name as "candidateName", j.title as "jobTitle",
        exists (select 1 from "Scorecard" s where s."interviewId" = m.id and s."interviewerId" = ${interviewerId}
          and s.status = 'SUBMITTED') as "scorecardSubmitted",
        row_number() over (order by ${orderBy}) as position
      from mine m
      join "JobStage" st on st.id = m."stageId"
      join "Application" a on a.id = m."applicationId"
      join "Candidate" c on c.id = a."candidateId"
      join "Job" j on j.id = a."jobId"
      where ${where}
      order by ${orderBy}
      limit ${LIST_LENGTH}) x), '[]')`;
}

/**
 * The interviewer's three lists in one statement, each up to 50: upcoming, awaiting their scorecard
 * (oldest deadline first) and taken place in the last 30 days (newest first).
 */
async function interviewerLists(ctx: SignedInContext, organizationId: string): Promise<InterviewerLists> {
  const interviewerId = ctx.viewer.user.id;
  const now = new Date();
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000);
  const [lists] = await ctx.read<InterviewerLists>(Prisma.sql`
    with mine as (
      select i.* from "Interview" i
      join "InterviewAssignment" ia on ia."interviewId" = i.id
      where ia."interviewerId" = ${interviewerId} and i."organizationId" = ${organizationId}
    )
    select
      ${interviewerList(
        interviewerId,
        Prisma.sql`m.status = 'SCHEDULED' and m."scheduledStart" >= ${utc(now)}`,
        Prisma.sql`m."scheduledStart", m.id`,
      )} as upcoming,
      ${interviewerList(
        interviewerId,
        Prisma.sql`m.status = 'COMPLETED' and not exists (select 1 from "Scorecard" s where s."interviewId" = m.id
          and s."interviewerId" = ${interviewerId} and s.status = 'SUBMITTED')`,
        Prisma.sql`m."scorecardDueAt", m.id`,
      )} as "awaitingScorecard",
      ${interviewerList(
        interviewerId,
        Prisma.sql`m.status = 'COMPLETED' and m."endedAt" >= ${utc(monthAgo)}`,
        Prisma.sql`m."endedAt" desc, m.id`,
      )} as past`);
  return lists ?? { upcoming: [], awaitingScorecard: [], past: [] };
}

function toInterviewerInterview(row: InterviewerInterviewJson) {
  return {
    ...row,
    scheduledStart: jsonDate(row.scheduledStart),
    scorecardDueAt: jsonDate(row.scorecardDueAt),
    candidateFeedbackDueAt: jsonDate(row.candidateFeedbackDueAt),
  };
}

export async function interviewerHome(ctx: SignedInContext, organizationId: string) {
  const [organization, lists] = await Promise.all([
    ctx.prisma.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    interviewerLists(ctx, organizationId),
  ]);
  return {
    organization,
    upcoming: lists.upcoming.map(toInterviewerInterview),
    awaitingScorecard: lists.awaitingScorecard.map(toInterviewerInterview),
    past: lists.past.map(toInterviewerInterview),
  };
}

export async function recruiterHome(ctx: SignedInContext, organizationId: string) {
  const now = new Date();
  const inAWeek = new Date(now.getTime() + 7 * 86_400_000);
  const [organization, openJobs, activeApplications, interviewsNext7Days, pendingInvitations, jobs] = await Promise.all(
    [
      ctx.prisma.organization.findUniqueOrThrow({ where: { id: organizationId } }),
      ctx.prisma.job.count({ where: { organizationId, status: "OPEN" } }),
      ctx.prisma.application.count({ where: { organizationId, status: "ACTIVE" } }),
      ctx.prisma.interview.count({
        where: { organizationId, status: "SCHEDULED", scheduledStart: { gte: now, lt: inAWeek } },
      }),
      ctx.prisma.invitation.count({
        where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      }),
      ctx.prisma.job.findMany({
        where: { organizationId },
        orderBy: [{ status: "asc" }, { createdAt: "desc" }],
        take: 100,
        select: {
          id: true,
          title: true,
          status: true,
          _count: { select: { applications: { where: { status: "ACTIVE" } } } },
        },
      }),
    ],
  );
  return {
    organization,
    openJobs,
    activeApplications,
    interviewsNext7Days,
    pendingInvitations,
    jobs: jobs.map(({ _count, ...job }) => ({ ...job, activeApplications: _count.applications })),
  };
}
