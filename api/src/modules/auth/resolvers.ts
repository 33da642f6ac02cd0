import { allowPublic, allowSignedIn } from "../../graphql/guard.ts";
import * as auth from "./service.ts";
import { loadViewer } from "./viewer.ts";

export const authResolvers = {
  Query: {
    viewer: allowPublic((_args, ctx) =>
      ctx.viewer ? loadViewer(ctx.prisma, ctx.viewer.user.id, ctx.viewer.session.expiresAt) : null,
    ),
  },
  Mutation: {
    signUp: allowPublic((args: { input: unknown }, ctx) => auth.signUp(ctx, args.input)),
    signIn: allowPublic((args: { input: unknown }, ctx) => auth.signIn(ctx, args.input)),
    signOut: allowPublic((_args, ctx) => auth.signOut(ctx)),
    requestPasswordReset: allowPublic((args: { email: unknown }, ctx) => auth.requestPasswordReset(ctx, args.email)),
    resetPassword: allowPublic((args: { input: unknown }, ctx) => auth.resetPassword(ctx, args.input)),
    changePassword: allowSignedIn((args: { input: unknown }, ctx) => auth.changePassword(ctx, args.input)),
  },
};
