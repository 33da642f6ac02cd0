import { doc } from "./operations";

/** The portal's notification operations and types (contract: api/src/modules/notifications/schema.ts). */

export type AppNotification = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
};

const NOTIFICATION_FIELDS = "id kind title body link readAt createdAt";

export const NotificationsQuery = doc<
  { notifications: { unreadCount: number; items: AppNotification[] } },
  { first?: number; unreadOnly?: boolean }
>(
  `query Notifications($first: Int, $unreadOnly: Boolean) {
    notifications(first: $first, unreadOnly: $unreadOnly) { unreadCount items { ${NOTIFICATION_FIELDS} } }
  }`,
);

export const UnreadCountQuery = doc<{ unreadNotificationCount: number }>(
  "query UnreadNotificationCount { unreadNotificationCount }",
);

export const MarkNotificationReadMutation = doc<{ markNotificationRead: AppNotification }, { id: string }>(
  `mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { ${NOTIFICATION_FIELDS} } }`,
);

export const MarkAllNotificationsReadMutation = doc<{ markAllNotificationsRead: number }>(
  "mutation MarkAllNotificationsRead { markAllNotificationsRead }",
);

export type NotificationPreference = {
  kind: string;
  label: string;
  description: string;
  audience: "STAFF" | "CANDIDATE";
  optional: boolean;
  email: boolean;
};

const PREFERENCE_FIELDS = "kind label description audience optional email";

export const NotificationPreferencesQuery = doc<{ notificationPreferences: NotificationPreference[] }>(
  `query NotificationPreferences { notificationPreferences { ${PREFERENCE_FIELDS} } }`,
);

export const SetNotificationPreferenceMutation = doc<
  { setNotificationPreference: NotificationPreference[] },
  { input: { kind: string; email: boolean } }
>(
  `mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) { ${PREFERENCE_FIELDS} }
  }`,
);

export type UnsubscribeLink = { kind: string; label: string; address: string; unsubscribed: boolean };

export const UnsubscribeLinkQuery = doc<{ unsubscribeLink: UnsubscribeLink }, { token: string }>(
  "query UnsubscribeLink($token: String!) { unsubscribeLink(token: $token) { kind label address unsubscribed } }",
);

export const UnsubscribeMutation = doc<{ unsubscribe: UnsubscribeLink }, { token: string }>(
  "mutation Unsubscribe($token: String!) { unsubscribe(token: $token) { kind label address unsubscribed } }",
);

/** What the portal's event stream sends for each new notification. */
export type LiveNotification = { unreadCount: number; notification: Pick<AppNotification, "id" | "title" | "link"> };

export const NOTIFICATION_SUBSCRIPTION =
  "subscription NotificationAdded { notificationAdded { unreadCount notification { id title link } } }";

/** The path of the portal's server-sent event stream of the signed-in person's new notifications. */
export const NOTIFICATION_STREAM_PATH = "/notifications/stream";
