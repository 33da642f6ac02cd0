import type { SignedInContext } from "../../graphql/context.ts";

export async function candidateHome(ctx: SignedInContext) {
  const now = new Date();
  const applications = await ctx.prisma.application.findMany({
    where: { candidate: { userId: ctx.viewer.user.id } },
    orderBy: { appliedAt: "desc" },
    take: 100,
    select: {
      id: true,
      status: true,
      appliedAt: true,
      organization: { select: { name: true, timeZone: true } },
      job: { select: { title: true } },
      currentStage: { select: { name: true } },
      interviews: {
        where: { status: "SCHEDULED", scheduledStart: { gte: now } },
        orderBy: { scheduledStart: "asc" },
        take: 1,
        select: { scheduledStart: true },
      },
    },
  });
  return {
    applications: applications.map((application) => ({
      id: application.id,
      status: application.status,
      appliedAt: application.appliedAt,
      organizationName: application.organization.name,
      organizationTimeZone: application.organization.timeZone,
      jobTitle: application.job.title,
      currentStageName: application.currentStage?.name ?? null,
      nextInterviewAt: application.interviews[0]?.scheduledStart ?? null,
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
