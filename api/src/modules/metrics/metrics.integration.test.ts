/**
 * The SQL metrics against the reference maths of packages/domain on random histories (run on PGlite and
 * again on PostgreSQL by the test script). Any difference names the seed, the figure and the group.
 */
import {
  countsInMetrics,
  ghostingRate,
  nps,
  percentile,
  promiseKeptRate,
  ratingInvitations,
  SATISFACTION_DIMENSIONS,
  satisfaction,
  scorecardOnTimeRate,
  timeToFeedbackSummary,
  trendPeriods,
} from "@candor/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, signUpCompany, type TestApi } from "../../test/harness.ts";
import { type History, writeRandomHistory } from "./random-history.ts";

const DAY = 86_400_000;
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const FIGURES = `interviews interviewsDue promisesKept promiseKeptRate released
  timeToFeedbackMedianHours timeToFeedbackP90Hours timeToFeedbackMedianBusinessDays timeToFeedbackP90BusinessDays
  scorecardsDue scorecardsOnTime scorecardOnTimeRate activeApplications ghostedApplications ghostingRate
  ratingsSuppressed responses nps satisfaction { overall communication timeliness respect clarity usefulness }
  invitations responseRate`;
const METRICS = `query($input: MetricsInput!, $by: MetricsBreakdown!) { organizationMetrics(input: $input) {
  headline { ${FIGURES} } trend { periodStart figures { ${FIGURES} } } breakdown(by: $by) { key figures { ${FIGURES} } }
} }`;

interface Filter {
  from: Date;
  to: Date;
  interval: "WEEK" | "MONTH";
  jobId?: string;
  stageKind?: string;
  interviewerId?: string;
}

type Grouping = "total" | "period" | "job" | "stage" | "interviewer";

/** The reference: every figure of every group, from the raw rows with the domain functions. */
function reference(history: History, filter: Filter, grouping: Grouping, timeZone: string, now: Date) {
  const jobOf = new Map(history.applications.map((a) => [a.id, a.jobId]));
  const stageKind = new Map(history.jobs.flatMap((j) => j.stages.map((s) => [s.id, s.kind])));
  const application = new Map(history.applications.map((a) => [a.id, a]));
  const interviewersOf = (applicationId: string, stageId: string | null) =>
    new Set(
      history.interviews
        .filter((i) => i.applicationId === applicationId && (stageId === null || i.stageId === stageId))
        .flatMap((i) => i.interviewerIds),
    );
  const period = (date: Date) => trendPeriods(date, new Date(date.getTime() + 1), filter.interval, timeZone)[0];
  const inRange = (date: Date) => date >= filter.from && date < filter.to;
  const groups = new Map<string, ReturnType<typeof emptyGroup>>();
  const emptyGroup = () => ({
    interviews: [] as History["interviews"],
    assignments: [] as Array<{ dueAt: Date; submittedAt: Date | null }>,
    ratings: [] as History["ratings"],
    invitations: [] as Array<{ answered: boolean }>,
    ghosting: [] as Array<{ active: boolean; lastContactAt: Date; cadenceDays: number }>,
  });
  const group = (key: string) => {
    const existing = groups.get(key);
    if (existing) return existing;
    const created = emptyGroup();
    groups.set(key, created);
    return created;
  };
  const keyFor = (date: Date, jobId: string, stage: string | null, interviewerId: string | null) =>
    grouping === "total"
      ? "all"
      : grouping === "period"
        ? (period(date) as string)
        : grouping === "job"
          ? jobId
          : grouping === "stage"
            ? (stage ?? "PROCESS")
            : (interviewerId as string);

  for (const interview of history.interviews) {
    if (interview.status !== "COMPLETED" || !interview.endedAt || !inRange(interview.endedAt)) continue;
    const jobId = jobOf.get(interview.applicationId) as string;
    const kind = stageKind.get(interview.stageId) as string;
    if (filter.jobId && jobId !== filter.jobId) continue;
    if (filter.stageKind && kind !== filter.stageKind) continue;
    const interviewers = filter.interviewerId
      ? interview.interviewerIds.filter((i) => i === filter.interviewerId)
      : interview.interviewerIds;
    if (interviewers.length === 0) continue;
    const keys = grouping === "interviewer" ? interviewers : [null];
    for (const interviewerId of keys) {
      group(keyFor(interview.endedAt, jobId, kind, interviewerId)).interviews.push(interview);
    }
    for (const interviewerId of interviewers) {
      const scorecard = history.scorecards.find(
        (s) => s.interviewId === interview.id && s.interviewerId === interviewerId,
      );
      group(keyFor(interview.endedAt, jobId, kind, interviewerId)).assignments.push({
        dueAt: interview.scorecardDueAt as Date,
        submittedAt: scorecard?.submittedAt ?? null,
      });
    }
  }

  for (const rating of history.ratings) {
    const app = application.get(rating.applicationId);
    if (!app || !inRange(rating.createdAt) || !countsInMetrics({ applicationClosedAt: app.closedAt }, now)) continue;
    const kind = rating.stageId ? (stageKind.get(rating.stageId) as string) : null;
    if (filter.jobId && app.jobId !== filter.jobId) continue;
    if (filter.stageKind && kind !== filter.stageKind) continue;
    const interviewers = [...interviewersOf(app.id, rating.stageId)];
    if (filter.interviewerId && !interviewers.includes(filter.interviewerId)) continue;
    const keys =
      grouping === "interviewer"
        ? interviewers.filter((i) => !filter.interviewerId || i === filter.interviewerId)
        : [null];
    for (const interviewerId of keys)
      group(keyFor(rating.createdAt, app.jobId, kind, interviewerId)).ratings.push(rating);
  }

  for (const app of history.applications) {
    if (!app.closedAt || app.closedAt > now) continue;
    const invitations = ratingInvitations({
      status: app.status,
      closedAt: app.closedAt,
      interviews: history.interviews
        .filter((i) => i.applicationId === app.id)
        .map((i) => ({
          stageId: i.stageId,
          status: i.status,
          releasedAt: history.releases.find((r) => r.interviewId === i.id)?.releasedAt ?? null,
        })),
    });
    for (const invitation of invitations) {
      if (!inRange(invitation.invitedAt)) continue;
      const kind = invitation.stageId ? (stageKind.get(invitation.stageId) as string) : null;
      if (filter.jobId && app.jobId !== filter.jobId) continue;
      if (filter.stageKind && kind !== filter.stageKind) continue;
      const interviewers = [...interviewersOf(app.id, invitation.stageId)];
      if (filter.interviewerId && !interviewers.includes(filter.interviewerId)) continue;
      const answered = history.ratings.some((r) => r.applicationId === app.id && r.scope === invitation.scope);
      const keys =
        grouping === "interviewer"
          ? interviewers.filter((i) => !filter.interviewerId || i === filter.interviewerId)
          : [null];
      for (const interviewerId of keys) {
        group(keyFor(invitation.invitedAt, app.jobId, kind, interviewerId)).invitations.push({ answered });
      }
    }
  }

  if (grouping !== "period") {
    for (const app of history.applications) {
      if (app.status !== "ACTIVE") continue;
      const kind = stageKind.get(app.currentStageId) as string;
      if (filter.jobId && app.jobId !== filter.jobId) continue;
      if (filter.stageKind && kind !== filter.stageKind) continue;
      const interviewers = [...interviewersOf(app.id, null)];
      if (filter.interviewerId && !interviewers.includes(filter.interviewerId)) continue;
      const promise =
        history.promises.find((p) => p.jobId === app.jobId && p.stageKind === kind) ??
        history.promises.find((p) => p.jobId === null && p.stageKind === kind);
      const keys =
        grouping === "interviewer"
          ? interviewers.filter((i) => !filter.interviewerId || i === filter.interviewerId)
          : [null];
      for (const interviewerId of keys) {
        group(keyFor(app.appliedAt, app.jobId, kind, interviewerId)).ghosting.push({
          active: true,
          lastContactAt: app.lastCandidateContactAt ?? app.appliedAt,
          cadenceDays: promise?.statusCadenceDays ?? 7,
        });
      }
    }
  }

  const releaseOf = new Map(history.releases.map((r) => [r.interviewId, r]));
  return new Map(
    [...groups].map(([key, g]) => {
      const withDeadline = g.interviews.filter((i) => i.candidateFeedbackDueAt);
      const released = g.interviews.flatMap((i) => {
        const release = releaseOf.get(i.id);
        return release
          ? [{ endedAt: i.endedAt as Date, releasedAt: release.releasedAt, days: release.businessDaysToFeedback }]
          : [];
      });
      const ttf = timeToFeedbackSummary(released);
      const means = satisfaction(g.ratings);
      return [
        key,
        {
          interviews: g.interviews.length,
          interviewsDue: withDeadline.filter((i) => (i.candidateFeedbackDueAt as Date) <= now).length,
          promiseKeptRate: promiseKeptRate(
            withDeadline.map((i) => ({
              dueAt: i.candidateFeedbackDueAt as Date,
              releasedAt: releaseOf.get(i.id)?.releasedAt ?? null,
            })),
            now,
          ),
          released: released.length,
          timeToFeedbackMedianHours: ttf.median,
          timeToFeedbackP90Hours: ttf.p90,
          timeToFeedbackMedianBusinessDays: percentile(
            released.map((r) => r.days),
            0.5,
          ),
          timeToFeedbackP90BusinessDays: percentile(
            released.map((r) => r.days),
            0.9,
          ),
          scorecardsDue: g.assignments.filter((s) => s.dueAt <= now).length,
          scorecardOnTimeRate: scorecardOnTimeRate(g.assignments, now),
          responses: g.ratings.length,
          nps: nps(g.ratings.map((r) => r.recommend)),
          satisfaction: means,
          invitations: g.invitations.length,
          responseRate: g.invitations.length
            ? g.invitations.filter((i) => i.answered).length / g.invitations.length
            : null,
          activeApplications: g.ghosting.length,
          ghostingRate: ghostingRate(g.ghosting, now),
        },
      ];
    }),
  );
}

type Expected = NonNullable<ReturnType<ReturnType<typeof reference>["get"]>>;

function compare(
  label: string,
  actual: Record<string, any>,
  expected: Expected | undefined,
  options: { ghosting: boolean },
) {
  const close = (name: string, a: number | null, e: number | null) => {
    if (e === null) expect(a, `${label}: ${name}`).toBeNull();
    else expect(a, `${label}: ${name}`).toBeCloseTo(e, 9);
  };
  const e = expected;
  expect(actual.interviews, `${label}: interviews`).toBe(e?.interviews ?? 0);
  expect(actual.interviewsDue, `${label}: interviewsDue`).toBe(e?.interviewsDue ?? 0);
  close("promiseKeptRate", actual.promiseKeptRate, e?.promiseKeptRate ?? null);
  expect(actual.released, `${label}: released`).toBe(e?.released ?? 0);
  close("ttf median h", actual.timeToFeedbackMedianHours, e?.timeToFeedbackMedianHours ?? null);
  close("ttf p90 h", actual.timeToFeedbackP90Hours, e?.timeToFeedbackP90Hours ?? null);
  close("ttf median bd", actual.timeToFeedbackMedianBusinessDays, e?.timeToFeedbackMedianBusinessDays ?? null);
  close("ttf p90 bd", actual.timeToFeedbackP90BusinessDays, e?.timeToFeedbackP90BusinessDays ?? null);
  expect(actual.scorecardsDue, `${label}: scorecardsDue`).toBe(e?.scorecardsDue ?? 0);
  close("scorecardOnTimeRate", actual.scorecardOnTimeRate, e?.scorecardOnTimeRate ?? null);
  expect(actual.invitations, `${label}: invitations`).toBe(e?.invitations ?? 0);
  if (options.ghosting) {
    expect(actual.activeApplications, `${label}: active`).toBe(e?.activeApplications ?? 0);
    close("ghostingRate", actual.ghostingRate, e?.ghostingRate ?? null);
  } else {
    expect(actual.ghostingRate, `${label}: ghosting per period`).toBeNull();
  }
  if (actual.ratingsSuppressed) {
    expect(actual.responses, `${label}: suppressed responses`).toBeNull();
    expect(actual.nps, `${label}: suppressed nps`).toBeNull();
    expect(actual.satisfaction, `${label}: suppressed satisfaction`).toBeNull();
    return;
  }
  expect(actual.responses, `${label}: responses`).toBe(e?.responses ?? 0);
  expect(actual.responses, `${label}: a visible group has at least 5 ratings`).toBeGreaterThanOrEqual(5);
  close("nps", actual.nps, e?.nps ?? null);
  close("responseRate", actual.responseRate, e?.responseRate ?? null);
  for (const dimension of SATISFACTION_DIMENSIONS) {
    close(dimension, actual.satisfaction?.[dimension] ?? null, e?.satisfaction[dimension] ?? null);
  }
}

const SCENARIOS = [
  { seed: 101, timeZone: "America/New_York", interval: "MONTH" as const },
  { seed: 202, timeZone: "Asia/Kolkata", interval: "WEEK" as const },
  { seed: 303, timeZone: "Europe/Berlin", interval: "MONTH" as const },
];

describe.each(SCENARIOS)(
  "SQL metrics equal the reference maths (seed $seed, $timeZone)",
  ({ seed, timeZone, interval }) => {
    let admin: Awaited<ReturnType<typeof signUpCompany>>;
    let history: History;
    let now: Date;

    beforeAll(async () => {
      admin = await signUpCompany(api, `History ${seed}`);
      await api.prisma.organization.update({ where: { id: admin.organizationId }, data: { timeZone } });
      now = new Date();
      history = await writeRandomHistory(api.prisma, admin.organizationId, seed, now);
    });

    async function check(filter: Filter, by: "JOB" | "STAGE" | "INTERVIEWER") {
      const requestedAt = new Date();
      const result = await api.gql(
        METRICS,
        {
          input: {
            organizationId: admin.organizationId,
            from: filter.from.toISOString(),
            to: filter.to.toISOString(),
            interval: filter.interval,
            jobId: filter.jobId ?? null,
            stageKind: filter.stageKind ?? null,
            interviewerId: filter.interviewerId ?? null,
          },
          by,
        },
        { token: admin.token },
      );
      expect(result.errors).toBeUndefined();
      const metrics = result.data?.organizationMetrics;
      compare("headline", metrics.headline, reference(history, filter, "total", timeZone, requestedAt).get("all"), {
        ghosting: true,
      });
      const trend = reference(history, filter, "period", timeZone, requestedAt);
      expect(metrics.trend.map((p: { periodStart: string }) => p.periodStart)).toEqual(
        trendPeriods(filter.from, filter.to, filter.interval, timeZone),
      );
      for (const point of metrics.trend)
        compare(`period ${point.periodStart}`, point.figures, trend.get(point.periodStart), { ghosting: false });
      const grouping = by === "JOB" ? "job" : by === "STAGE" ? "stage" : "interviewer";
      const breakdown = reference(history, filter, grouping, timeZone, requestedAt);
      for (const row of metrics.breakdown)
        compare(`${by} ${row.key}`, row.figures, breakdown.get(row.key), { ghosting: true });
      const shownKeys = new Set(metrics.breakdown.map((row: { key: string }) => row.key));
      for (const [key, expected] of breakdown) {
        if (
          expected.interviews +
            expected.responses +
            expected.invitations +
            expected.activeApplications +
            expected.scorecardsDue >
          0
        ) {
          expect(shownKeys.has(key), `${by} row ${key} is listed`).toBe(true);
        }
      }
      return metrics;
    }

    it("over the last 12 months, by job", async () => {
      const metrics = await check({ from: new Date(now.getTime() - 365 * DAY), to: now, interval }, "JOB");
      expect(metrics.headline.interviews).toBeGreaterThan(50);
      expect(metrics.headline.ratingsSuppressed).toBe(false);
    });

    it("over all time, by stage (with the whole process as its own row)", async () => {
      await check({ from: new Date(now.getTime() - 500 * DAY), to: new Date(now.getTime() + DAY), interval }, "STAGE");
    });

    it("filtered by job and stage, by interviewer", async () => {
      const job = history.jobs[0];
      await check(
        {
          from: new Date(now.getTime() - 400 * DAY),
          to: now,
          interval,
          jobId: job?.id,
          stageKind: job?.stages[0]?.kind,
        },
        "INTERVIEWER",
      );
    });

    it("filtered by interviewer over a short range, by interviewer and by stage", async () => {
      const filter = {
        from: new Date(now.getTime() - 120 * DAY),
        to: now,
        interval,
        interviewerId: history.interviewers[0],
      };
      await check(filter, "INTERVIEWER");
      await check(filter, "STAGE");
    });
  },
);
