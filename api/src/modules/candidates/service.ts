import { type BusinessCalendar, describePromise, dueState } from "@candor/domain";
import type { SignedInContext } from "../../graphql/context.ts";
import { notFound } from "../../graphql/errors.ts";
import { toCandidateFeedback } from "../feedback/release.ts";
import { organizationCalendar } from "../pipeline/calendar.ts";
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

/** One of the viewer's own applications; anyone else's is NOT_FOUND, whoever asks. */
export async function candidateApplication(ctx: SignedInContext, applicationId: string) {
  const row = await ctx.prisma.application.findFirst({
    where: { id: applicationId, candidate: { userId: ctx.viewer.user.id } },
    select: {
      id: true,
      status: true,
      appliedAt: true,
      currentStageId: true,
      organizationId: true,
      organization: { select: { name: true, slug: true, timeZone: true } },
      job: { select: { title: true, stages: { orderBy: { position: "asc" } } } },
      interviews: {
        orderBy: { scheduledStart: "asc" },
        select: {
          id: true,
          status: true,
          scheduledStart: true,
          scheduledEnd: true,
          rescheduleCount: true,
          candidateFeedbackDueAt: true,
          stage: { select: { name: true, kind: true } },
          promise: { select: { level: true, candidateDeadlineBusinessDays: true, stageKind: true } },
          release: {
            select: {
              id: true,
              level: true,
              outcome: true,
              summary: true,
              details: true,
              releasedAt: true,
              readAt: true,
              keptPromise: true,
            },
          },
        },
      },
      statusUpdates: { orderBy: { createdAt: "desc" }, select: { id: true, body: true, createdAt: true } },
      timeline: { orderBy: { occurredAt: "desc" }, take: 200 },
    },
  });
  if (!row) throw notFound("Application");
  const calendar = await organizationCalendar(ctx.prisma, row.organizationId);
  const now = new Date();
  const timeZone = row.organization.timeZone;
  return {
    id: row.id,
    status: row.status,
    appliedAt: row.appliedAt,
    organizationName: row.organization.name,
    organizationSlug: row.organization.slug,
    organizationTimeZone: timeZone,
    jobTitle: row.job.title,
    stages: stageStates(row.job.stages, row.currentStageId, row.status),
    interviews: row.interviews.map((interview) => ({
      id: interview.id,
      stageName: interview.stage.name,
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
      postedAt: update.createdAt,
    })),
    timeline: row.timeline.map((event) => ({
      id: event.id,
      kind: event.kind,
      occurredAt: event.occurredAt,
      summary: summarizeEvent(event.kind, event.data as Record<string, unknown>, timeZone),
    })),
  };
}
