import type { Context } from "../../graphql/context.ts";
import { allowPublic, allowSignedIn, requireViewer } from "../../graphql/guard.ts";
import * as service from "./service.ts";

const tokenOf = (args: { token: string }) => String(args.token ?? "");

export const notificationsResolvers = {
  Query: {
    notifications: allowSignedIn((args: { first?: number | null; unreadOnly?: boolean | null }, ctx) =>
      service.listNotifications(ctx, args),
    ),
    unreadNotificationCount: allowSignedIn((_args: unknown, ctx) => service.unreadCountOf(ctx)),
    notificationPreferences: allowSignedIn((_args: unknown, ctx) => service.notificationPreferences(ctx)),
    // Public on purpose: the link in an email works without signing in; its signature is the authority.
    unsubscribeLink: allowPublic((args: { token: string }, ctx) => service.unsubscribeLink(ctx, tokenOf(args))),
  },
  Mutation: {
    markNotificationRead: allowSignedIn((args: { id: string }, ctx) => service.markNotificationRead(ctx, args.id)),
    markAllNotificationsRead: allowSignedIn((_args: unknown, ctx) => service.markAllNotificationsRead(ctx)),
    setNotificationPreference: allowSignedIn((args: { input: unknown }, ctx) =>
      service.setNotificationPreference(ctx, args.input),
    ),
    unsubscribe: allowPublic((args: { token: string }, ctx) => service.unsubscribe(ctx, tokenOf(args))),
  },
  Subscription: {
    notificationAdded: {
      // Each person listens on their own topic only: nobody can subscribe to someone else's.
      subscribe: (
        _root: unknown,
        _args: unknown,
        ctx: Context & { pubsub: { subscribe: (topic: string) => unknown } },
      ) => ctx.pubsub.subscribe(service.notificationTopic(requireViewer(ctx).viewer.user.id)),
    },
  },
};
