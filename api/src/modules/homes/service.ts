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

const interviewSelect = (interviewerId: string) =>
  ({
    id: true,
    status: true,
    scheduledStart: true,
    scorecardDueAt: true,
    candidateFeedbackDueAt: true,
    stage: { select: { name: true } },
    application: { select: { candidate: { select: { name: true } }, job: { select: { title: true } } } },
    scorecards: { where: { interviewerId, status: "SUBMITTED" }, select: { id: true } },
  }) as const;

type InterviewRow = {
  id: string;
  status: "SCHEDULED" | "COMPLETED" | "CANCELLED";
  scheduledStart: Date;
  scorecardDueAt: Date | null;
  candidateFeedbackDueAt: Date | null;
  stage: { name: string };
  application: { candidate: { name: string }; job: { title: string } };
  scorecards: { id: string }[];
};

function toInterviewerInterview(row: InterviewRow) {
  return {
    id: row.id,
    status: row.status,
    scheduledStart: row.scheduledStart,
    scorecardDueAt: row.scorecardDueAt,
    candidateFeedbackDueAt: row.candidateFeedbackDueAt,
    stageName: row.stage.name,
    candidateName: row.application.candidate.name,
    jobTitle: row.application.job.title,
    scorecardSubmitted: row.scorecards.length > 0,
  };
}

export async function interviewerHome(ctx: SignedInContext, organizationId: string) {
  const interviewerId = ctx.viewer.user.id;
  const mine = { organizationId, assignments: { some: { interviewerId } } };
  const monthAgo = new Date(Date.now() - 30 * 86_400_000);
  const [organization, upcoming, awaiting, past] = await Promise.all([
    ctx.prisma.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    ctx.prisma.interview.findMany({
      where: { ...mine, status: "SCHEDULED", scheduledStart: { gte: new Date() } },
      orderBy: { scheduledStart: "asc" },
      take: 50,
      select: interviewSelect(interviewerId),
    }),
    ctx.prisma.interview.findMany({
      where: { ...mine, status: "COMPLETED", scorecards: { none: { interviewerId, status: "SUBMITTED" } } },
      orderBy: { scorecardDueAt: "asc" },
      take: 50,
      select: interviewSelect(interviewerId),
    }),
    ctx.prisma.interview.findMany({
      where: { ...mine, status: "COMPLETED", endedAt: { gte: monthAgo } },
      orderBy: { endedAt: "desc" },
      take: 50,
      select: interviewSelect(interviewerId),
    }),
  ]);
  return {
    organization,
    upcoming: upcoming.map(toInterviewerInterview),
    awaitingScorecard: awaiting.map(toInterviewerInterview),
    past: past.map(toInterviewerInterview),
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
