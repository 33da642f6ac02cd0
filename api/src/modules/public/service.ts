import { describeCadence, describePromise, rate, STAGE_KINDS } from "@candor/domain";
import type { Context } from "../../graphql/context.ts";
import { interviewAggregates } from "../metrics/queries.ts";

/** What a company's candidates can expect, from its published promises; null for an unknown slug. */
export async function publicPromisePage(ctx: Context, slug: string) {
  const organization = await ctx.prisma.organization.findUnique({
    where: { slug: slug.trim().toLowerCase() },
    select: {
      id: true,
      publicTrackRecord: true,
      name: true,
      slug: true,
      timeZone: true,
      promises: {
        where: { status: "PUBLISHED", OR: [{ jobId: null }, { job: { status: "OPEN" } }] },
        select: {
          stageKind: true,
          level: true,
          candidateDeadlineBusinessDays: true,
          statusCadenceDays: true,
          jobId: true,
          job: { select: { title: true } },
        },
      },
    },
  });
  if (!organization) return null;
  const order = (kind: string) => STAGE_KINDS.indexOf(kind as (typeof STAGE_KINDS)[number]);
  const promises = organization.promises
    .sort((a, b) => Number(a.jobId !== null) - Number(b.jobId !== null) || order(a.stageKind) - order(b.stageKind))
    .map((promise) => ({
      stageKind: promise.stageKind,
      jobTitle: promise.job?.title ?? null,
      level: promise.level,
      candidateDeadlineBusinessDays: promise.candidateDeadlineBusinessDays,
      statusCadenceDays: promise.statusCadenceDays,
      sentence: describePromise(promise),
    }));
  const defaults = promises.filter((p) => p.jobTitle === null);
  // "At least every N days" must hold for every stage, so the longest cadence is the honest one.
  const cadence = defaults.length ? Math.max(...defaults.map((p) => p.statusCadenceDays)) : null;
  return {
    organizationName: organization.name,
    slug: organization.slug,
    timeZone: organization.timeZone,
    promises,
    cadenceSentence: cadence ? describeCadence(cadence) : null,
    trackRecord: organization.publicTrackRecord
      ? await trackRecord(ctx, { organizationId: organization.id, timeZone: organization.timeZone })
      : null,
  };
}

export const TRACK_RECORD_DAYS = 90;

/** The last 90 days' promise-kept rate and median time to feedback, with the counts behind them. */
async function trackRecord(ctx: Context, organization: { organizationId: string; timeZone: string }) {
  const now = new Date();
  const from = new Date(now.getTime() - TRACK_RECORD_DAYS * 86_400_000);
  const scope = { ...organization, from, to: now, now, interval: "MONTH" as const };
  const total = (await interviewAggregates(ctx.prisma, scope, "total")).get("all");
  return {
    days: TRACK_RECORD_DAYS,
    promiseKeptRate: rate(total?.kept ?? 0, total?.due ?? 0),
    interviewsDue: total?.due ?? 0,
    medianHoursToFeedback: total?.ttf_hours?.[0] ?? null,
    medianBusinessDaysToFeedback: total?.ttf_business_days?.[0] ?? null,
    releases: total?.released ?? 0,
  };
}
