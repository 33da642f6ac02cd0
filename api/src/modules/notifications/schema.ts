export const notificationsSchema = /* GraphQL */ `
  "Something the signed-in person was told: a reminder, an escalation or news about an application."
  type Notification {
    id: ID!
    kind: String!
    title: String!
    body: String!
    "A path in the portal to open."
    link: String
    organizationId: ID
    readAt: DateTime
    createdAt: DateTime!
  }

  type NotificationPage {
    items: [Notification!]!
    unreadCount: Int!
  }

  enum NotificationAudience {
    STAFF
    CANDIDATE
  }

  "Whether one kind of notification also reaches the person by email. Mandatory kinds are always on."
  type NotificationPreferenceSetting {
    kind: String!
    label: String!
    description: String!
    audience: NotificationAudience!
    optional: Boolean!
    email: Boolean!
  }

  input SetNotificationPreferenceInput {
    kind: String!
    email: Boolean!
  }

  "What an unsubscribe link turns off, for the address it was sent to (partly hidden)."
  type UnsubscribeLink {
    kind: String!
    label: String!
    address: String!
    unsubscribed: Boolean!
  }

  type NotificationAdded {
    notification: Notification!
    unreadCount: Int!
  }

  extend type Query {
    "The signed-in person's notifications, newest first."
    notifications(first: Int = 20, unreadOnly: Boolean = false): NotificationPage!
    unreadNotificationCount: Int!
    notificationPreferences: [NotificationPreferenceSetting!]!
    "Public: what the unsubscribe link in an email would turn off."
    unsubscribeLink(token: String!): UnsubscribeLink!
  }

  extend type Mutation {
    "Marks one of the signed-in person's notifications read; opening it in the portal does this."
    markNotificationRead(id: ID!): Notification!
    "Marks all of them read; returns how many were unread."
    markAllNotificationsRead: Int!
    setNotificationPreference(input: SetNotificationPreferenceInput!): [NotificationPreferenceSetting!]!
    "Public: turns off the kind of email named by a signed unsubscribe link."
    unsubscribe(token: String!): UnsubscribeLink!
  }

  type Subscription {
    "New notifications for the signed-in person, as they are written."
    notificationAdded: NotificationAdded!
  }
`;
