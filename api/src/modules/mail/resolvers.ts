import { forbidden } from "../../graphql/errors.ts";
import { allowPublic } from "../../graphql/guard.ts";

export const mailResolvers = {
  Query: {
    // Public on purpose, and only outside production: an invitee reads their link here in development.
    devOutbox: allowPublic(async (args: { limit?: number | null }, ctx) => {
      if (ctx.config.isProduction) throw forbidden("The outbox is only available in development.");
      const take = Math.min(Math.max(args.limit ?? 25, 1), 100);
      const rows = await ctx.prisma.emailMessage.findMany({ orderBy: { createdAt: "desc" }, take });
      return rows.map((row) => ({ ...row, to: row.toAddress }));
    }),
  },
};
