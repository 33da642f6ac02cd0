import { describeCadence, describePromise, STAGE_KINDS } from "@candor/domain";
import type { Context } from "../../graphql/context.ts";

/** What a company's candidates can expect, from its published promises; null for an unknown slug. */
export async function publicPromisePage(ctx: Context, slug: string) {
  const organization = await ctx.prisma.organization.findUnique({
    where: { slug: slug.trim().toLowerCase() },
    select: {
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
  };
}
