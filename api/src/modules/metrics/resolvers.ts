import type { SignedInContext } from "../../graphql/context.ts";
import { allowRoles, byInputOrganization, MANAGERS } from "../../graphql/guard.ts";
import { audit } from "../audit.ts";
import { type MetricsTable, metricsCsv } from "./csv.ts";
import {
  type BreakdownDimension,
  breakdown,
  comments,
  headlineAndTrend,
  type MetricsRequest,
  metricsRequest,
} from "./service.ts";

type Args = { input: { organizationId: string } };

interface MetricsParent extends MetricsRequest {
  summary?: ReturnType<typeof headlineAndTrend>;
}

/** Headline and trend come from the same grouped queries: computed once per request. */
function summaryOf(parent: MetricsParent, ctx: SignedInContext) {
  parent.summary ??= headlineAndTrend(ctx, parent);
  return parent.summary;
}

export const metricsResolvers = {
  Query: {
    organizationMetrics: allowRoles(MANAGERS, byInputOrganization, (args: Args, ctx) =>
      metricsRequest(ctx, args.input),
    ),
    organizationMetricsCsv: allowRoles(
      MANAGERS,
      byInputOrganization,
      async (args: Args & { table: MetricsTable }, ctx) => {
        const request = await metricsRequest(ctx, args.input);
        const csv = await metricsCsv(ctx, request, args.table);
        await audit(ctx.prisma, {
          action: "metrics.exported",
          actorUserId: ctx.viewer.user.id,
          organizationId: request.organizationId,
          targetType: "MetricsTable",
          targetId: args.table,
          data: { from: request.from.toISOString(), to: request.to.toISOString(), table: args.table },
          ip: ctx.client.ip,
        });
        return csv;
      },
    ),
  },
  OrganizationMetrics: {
    headline: async (parent: MetricsParent, _args: unknown, ctx: SignedInContext) =>
      (await summaryOf(parent, ctx)).headline,
    trend: async (parent: MetricsParent, _args: unknown, ctx: SignedInContext) => (await summaryOf(parent, ctx)).trend,
    breakdown: (parent: MetricsParent, args: { by: BreakdownDimension }, ctx: SignedInContext) =>
      breakdown(ctx, parent, args.by),
    comments: (parent: MetricsParent, _args: unknown, ctx: SignedInContext) =>
      comments(
        ctx,
        parent,
        parent.summary?.then((summary) => summary.headline.ratingsSuppressed),
      ),
  },
};
