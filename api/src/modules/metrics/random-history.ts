/**
 * Random but reproducible candidate-experience histories for testing the SQL metrics against the
 * reference maths: the rows are written with Prisma, and the same rows are returned for the reference.
 */
import type { PrismaClient } from "@candor/db";
import { type RatingScores, STAGE_KINDS } from "@candor/domain";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** mulberry32: a tiny seeded PRNG, so a failing history can be replayed from its seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
  };
}

export interface History {
  jobs: Array<{ id: string; stages: Array<{ id: string; kind: string }> }>;
  interviewers: string[];
  promises: Array<{ jobId: string | null; stageKind: string; statusCadenceDays: number }>;
  applications: Array<{
    id: string;
    jobId: string;
    currentStageId: string;
    status: string;
    appliedAt: Date;
    closedAt: Date | null;
    lastCandidateContactAt: Date | null;
  }>;
  interviews: Array<{
    id: string;
    applicationId: string;
    stageId: string;
    status: string;
    endedAt: Date | null;
    scorecardDueAt: Date | null;
    candidateFeedbackDueAt: Date | null;
    interviewerIds: string[];
  }>;
  scorecards: Array<{ interviewId: string; interviewerId: string; submittedAt: Date | null }>;
  releases: Array<{ interviewId: string; releasedAt: Date; businessDaysToFeedback: number }>;
  ratings: Array<
    {
      applicationId: string;
      scope: string;
      stageId: string | null;
      createdAt: Date;
    } & RatingScores
  >;
}

/** Instants near `now` would make "has the deadline passed?" depend on the test's timing: move them away. */
function awayFromNow(date: Date, now: Date): Date {
  return Math.abs(date.getTime() - now.getTime()) < 10 * 60_000 ? new Date(date.getTime() - 20 * 60_000) : date;
}

export async function writeRandomHistory(
  prisma: PrismaClient,
  organizationId: string,
  seed: number,
  now: Date,
  size = { jobs: 3, interviewers: 6, applications: 90 },
): Promise<History> {
  const rng = prng(seed);
  const id = (prefix: string, n: number) => `${prefix}-${seed}-${n}`;
  const at = (daysAgo: number) => awayFromNow(new Date(now.getTime() - daysAgo * DAY), now);
  const history: History = {
    jobs: [],
    interviewers: [],
    promises: [],
    applications: [],
    interviews: [],
    scorecards: [],
    releases: [],
    ratings: [],
  };

  for (let j = 0; j < size.jobs; j++) {
    const kinds = [...STAGE_KINDS].slice(0, rng.int(2, 4));
    history.jobs.push({ id: id("job", j), stages: kinds.map((kind, k) => ({ id: id(`stage${j}`, k), kind })) });
  }
  for (let i = 0; i < size.interviewers; i++) history.interviewers.push(id("interviewer", i));
  for (const kind of STAGE_KINDS) {
    if (rng.chance(0.8)) history.promises.push({ jobId: null, stageKind: kind, statusCadenceDays: rng.int(1, 10) });
  }
  const firstJob = history.jobs[0];
  if (firstJob) history.promises.push({ jobId: firstJob.id, stageKind: "SCREEN", statusCadenceDays: rng.int(1, 4) });

  let interviewCount = 0;
  for (let a = 0; a < size.applications; a++) {
    const job = rng.pick(history.jobs);
    const appliedDaysAgo = rng.next() * 420;
    const stage = rng.pick(job.stages);
    const status = rng.pick(["ACTIVE", "ACTIVE", "OFFERED", "HIRED", "REJECTED", "REJECTED", "WITHDRAWN"]);
    const closed = ["HIRED", "REJECTED", "WITHDRAWN"].includes(status);
    // Some closed recently, some in the future of a rating (a rating given while open that counts later).
    const closedAt = closed ? at(Math.max(0.01, appliedDaysAgo * rng.next())) : null;
    const application = {
      id: id("app", a),
      jobId: job.id,
      currentStageId: stage.id,
      status,
      appliedAt: at(appliedDaysAgo),
      closedAt,
      lastCandidateContactAt: rng.chance(0.8) ? at(rng.next() * Math.min(appliedDaysAgo, 30)) : null,
    };
    history.applications.push(application);

    for (let n = rng.int(0, 4); n > 0; n--) {
      const interviewStage = rng.pick(job.stages);
      const endedDaysAgo = rng.next() * appliedDaysAgo;
      const endedAt = at(endedDaysAgo);
      const completed = rng.chance(0.85);
      const interviewers = [...new Set([rng.pick(history.interviewers), rng.pick(history.interviewers)])].slice(
        0,
        rng.int(1, 2),
      );
      const interview = {
        id: id("interview", interviewCount++),
        applicationId: application.id,
        stageId: interviewStage.id,
        status: completed ? "COMPLETED" : rng.pick(["SCHEDULED", "CANCELLED"]),
        endedAt: completed ? endedAt : null,
        scorecardDueAt: completed ? awayFromNow(new Date(endedAt.getTime() + rng.int(4, 72) * HOUR), now) : null,
        candidateFeedbackDueAt:
          completed && rng.chance(0.95) ? awayFromNow(new Date(endedAt.getTime() + rng.int(1, 9) * DAY), now) : null,
        interviewerIds: interviewers,
      };
      history.interviews.push(interview);
      if (!completed) continue;
      for (const interviewerId of interviewers) {
        if (rng.chance(0.15)) continue; // never started
        const submitted = rng.chance(0.8);
        const submittedAt = new Date(endedAt.getTime() + rng.next() * 96 * HOUR);
        history.scorecards.push({
          interviewId: interview.id,
          interviewerId,
          submittedAt: submitted && submittedAt < now ? submittedAt : null,
        });
      }
      if (rng.chance(0.7)) {
        const releasedAt = new Date(endedAt.getTime() + rng.next() * 12 * DAY);
        if (releasedAt < now) {
          history.releases.push({ interviewId: interview.id, releasedAt, businessDaysToFeedback: rng.int(0, 9) });
        }
      }
    }

    const scopes = [
      ...new Set(
        history.interviews
          .filter((i) => i.applicationId === application.id && history.releases.some((r) => r.interviewId === i.id))
          .map((i) => i.stageId),
      ),
      ...(closed ? ["process"] : []),
    ];
    for (const scope of scopes) {
      if (!rng.chance(0.75)) continue;
      history.ratings.push({
        applicationId: application.id,
        scope,
        stageId: scope === "process" ? null : scope,
        createdAt: at(rng.next() * appliedDaysAgo),
        recommend: rng.int(0, 10),
        overall: rng.int(1, 5),
        communication: rng.int(1, 5),
        timeliness: rng.int(1, 5),
        respect: rng.int(1, 5),
        clarity: rng.int(1, 5),
        usefulness: rng.int(1, 5),
        comment: rng.chance(0.5) ? `Comment ${scope} ${application.id}` : null,
        shareComment: rng.chance(0.5),
      });
    }
  }

  await insert(prisma, organizationId, seed, history);
  return history;
}

async function insert(prisma: PrismaClient, organizationId: string, seed: number, history: History) {
  const template = await prisma.formTemplate.create({
    data: { organizationId, stageKind: "OTHER", version: 1000 + (seed % 1000), name: "Random history form" },
  });
  await prisma.$transaction(async (tx) => {
    await tx.user.createMany({
      data: history.interviewers.map((userId) => ({ id: userId, email: `${userId}@example.test`, name: userId })),
    });
    await tx.membership.createMany({
      data: history.interviewers.map((userId) => ({ organizationId, userId, role: "INTERVIEWER" as const })),
    });
    await tx.job.createMany({
      data: history.jobs.map((job) => ({ id: job.id, organizationId, title: `Job ${job.id}` })),
    });
    await tx.jobStage.createMany({
      data: history.jobs.flatMap((job) =>
        job.stages.map((stage, position) => ({
          id: stage.id,
          jobId: job.id,
          name: `${stage.kind} stage`,
          kind: stage.kind as never,
          position: position + 1,
        })),
      ),
    });
    await tx.feedbackPromise.createMany({
      data: history.promises.map((promise, version) => ({
        organizationId,
        jobId: promise.jobId,
        stageKind: promise.stageKind as never,
        version: version + 1,
        status: "PUBLISHED" as const,
        level: "SUMMARY" as const,
        candidateDeadlineBusinessDays: 5,
        scorecardDeadlineHours: 48,
        statusCadenceDays: promise.statusCadenceDays,
      })),
    });
    await tx.candidate.createMany({
      data: history.applications.map((application) => ({
        id: `candidate-${application.id}`,
        organizationId,
        email: `${application.id}@example.test`,
        name: `Candidate ${application.id}`,
      })),
    });
    await tx.application.createMany({
      data: history.applications.map((application) => ({
        ...application,
        status: application.status as never,
        organizationId,
        candidateId: `candidate-${application.id}`,
      })),
    });
    await tx.interview.createMany({
      data: history.interviews.map(({ interviewerIds: _, ...interview }) => ({
        ...interview,
        status: interview.status as never,
        organizationId,
        scheduledStart: new Date((interview.endedAt ?? new Date()).getTime() - HOUR),
        scheduledEnd: interview.endedAt ?? new Date(),
      })),
    });
    await tx.interviewAssignment.createMany({
      data: history.interviews.flatMap((interview) =>
        interview.interviewerIds.map((interviewerId) => ({ interviewId: interview.id, interviewerId })),
      ),
    });
    await tx.scorecard.createMany({
      data: history.scorecards.map((scorecard) => ({
        ...scorecard,
        templateId: template.id,
        status: scorecard.submittedAt ? ("SUBMITTED" as const) : ("DRAFT" as const),
      })),
    });
    await tx.feedbackRelease.createMany({
      data: history.releases.map((release) => {
        const interview = history.interviews.find((i) => i.id === release.interviewId);
        const dueAt = interview?.candidateFeedbackDueAt ?? null;
        return {
          ...release,
          applicationId: interview?.applicationId as string,
          level: "SUMMARY" as const,
          outcome: "ADVANCING" as const,
          dueAt,
          keptPromise: dueAt ? release.releasedAt <= dueAt : true,
        };
      }),
    });
    await tx.experienceRating.createMany({
      data: history.ratings.map((rating) => ({
        ...rating,
        organizationId,
        candidateId: `candidate-${rating.applicationId}`,
      })),
    });
  });
}
