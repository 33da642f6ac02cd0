import { type FeedbackLevel, Prisma, type StageKind } from "@candor/db";
import { describeCadence, describePromise, rate, STAGE_KINDS } from "@candor/domain";
import type { Context } from "../../graphql/context.ts";
import { interviewAggregates } from "../metrics/queries.ts";

/** What a company's candidates can expect, from its published promises; null for an unknown slug. */
interface PublicPromiseRow {
  stageKind: StageKind;
  level: FeedbackLevel;
  candidateDeadlineBusinessDays: number;
  statusCadenceDays: number;
  jobTitle: string | null;
}

interface PublicOrganizationRow {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  publicTrackRecord: boolean;
  promises: PublicPromiseRow[];
}

/**
 * One statement, the promise list built as JSON by PostgreSQL: the busiest unauthenticated page, where
 * Prisma's nested read cost twice the CPU of this query (tests/bench/FINDINGS.md).
 */
async function publishedPromisesOf(ctx: Context, slug: string): Promise<PublicOrganizationRow | null> {
  const rows = await ctx.read<PublicOrganizationRow>(Prisma.sql`
    select o.id, o.name, o.slug, o."timeZone", o."publicTrackRecord",
      coalesce((
        select json_agg(json_build_object(
          'stageKind', p."stageKind", 'level', p.level, 'candidateDeadlineBusinessDays',
          p."candidateDeadlineBusinessDays", 'statusCadenceDays', p."statusCadenceDays", 'jobTitle', j.title))
        from "FeedbackPromise" p left join "Job" j on j.id = p."jobId"
        where p."organizationId" = o.id and p.status = 'PUBLISHED' and (p."jobId" is null or j.status = 'OPEN')
      ), '[]') as promises
    from "Organization" o
    where o.slug = ${slug.trim().toLowerCase()}`);
  return rows[0] ?? null;
}

/** What a company's candidates can expect, from its published promises; null for an unknown slug. */
export async function publicPromisePage(ctx: Context, slug: string) {
  const organization = await publishedPromisesOf(ctx, slug);
  if (!organization) return null;
  const order = (kind: string) => STAGE_KINDS.indexOf(kind as (typeof STAGE_KINDS)[number]);
  const promises = organization.promises
    .sort(
      (a, b) => Number(a.jobTitle !== null) - Number(b.jobTitle !== null) || order(a.stageKind) - order(b.stageKind),
    )
    .map((promise) => ({
      stageKind: promise.stageKind,
      jobTitle: promise.jobTitle,
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
