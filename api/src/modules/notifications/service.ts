import type { Notification, Prisma, PrismaClient } from "@candor/db";
import { z } from "zod";
import type { Config } from "../../config.ts";
import type { SignedInContext } from "../../graphql/context.ts";
import { badRequest, notFound, parseInput } from "../../graphql/errors.ts";
import type { Mailer } from "../mail/mailer.ts";
import { notificationEmail } from "../mail/templates.ts";
import { ALL_KINDS, isOptional, NOTIFICATION_KINDS, type NotificationKind } from "./kinds.ts";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe.ts";

type Tx = Prisma.TransactionClient;

/** What a notifying write needs besides its transaction. */
export interface NotifyDeps {
  mailer: Pick<Mailer, "enqueue">;
  config: Pick<Config, "PORTAL_URL" | "unsubscribeSecret">;
}

export interface Recipient {
  /** The account that sees it in the portal; null for a candidate who has no account yet (email only). */
  userId: string | null;
  email: string;
  name: string;
}

export interface NotificationDraft {
  kind: NotificationKind;
  recipient: Recipient;
  organizationId: string | null;
  title: string;
  body: string;
  /** A path in the portal, e.g. /candidate/applications/abc. */
  link: string;
  actionLabel: string;
  /** The scheduled task sending it: at most one notification per task and person. */
  taskId?: string;
}

/** What to do once the transaction that wrote the notifications has committed. */
export interface Delivery {
  notifications: Notification[];
  emailIds: string[];
}

export const emptyDelivery = (): Delivery => ({ notifications: [], emailIds: [] });

export function mergeDeliveries(deliveries: Delivery[]): Delivery {
  return {
    notifications: deliveries.flatMap((d) => d.notifications),
    emailIds: deliveries.flatMap((d) => d.emailIds),
  };
}

const portalUrl = (config: NotifyDeps["config"], path: string) => `${config.PORTAL_URL.replace(/\/$/, "")}${path}`;

/**
 * Writes one notification inside the caller's transaction: the in-app row (for someone with an
 * account) and, unless they turned this optional kind off, the email in the outbox. Nothing is sent
 * or published until the caller commits and hands the result to `dispatch`.
 */
export async function notify(tx: Tx, deps: NotifyDeps, draft: NotificationDraft): Promise<Delivery> {
  const { recipient } = draft;
  const notifications = recipient.userId
    ? [
        await tx.notification.create({
          data: {
            userId: recipient.userId,
            organizationId: draft.organizationId,
            kind: draft.kind,
            title: draft.title,
            body: draft.body,
            link: draft.link,
            taskId: draft.taskId ?? null,
          },
        }),
      ]
    : [];
  if (!(await wantsEmail(tx, draft.kind, recipient))) return { notifications, emailIds: [] };
  const optional = isOptional(draft.kind);
  const secret = deps.config.unsubscribeSecret;
  const unsubscribeUrl =
    optional && secret
      ? portalUrl(
          deps.config,
          `/unsubscribe/${unsubscribeToken(secret, { address: recipient.email, kind: draft.kind })}`,
        )
      : null;
  const email = notificationEmail({
    name: recipient.name,
    title: draft.title,
    body: draft.body,
    action: { label: draft.actionLabel, url: portalUrl(deps.config, draft.link) },
    preferencesUrl: portalUrl(deps.config, "/account/notifications"),
    unsubscribeUrl,
    optional,
  });
  const emailId = await deps.mailer.enqueue(tx, {
    to: recipient.email,
    kind: draft.kind,
    unsubscribeUrl,
    ...email,
  });
  return { notifications, emailIds: [emailId] };
}

type PreferenceReader = Pick<Tx, "notificationPreference" | "emailSuppression">;

/** Whether an email of this kind should go to this person: always for mandatory kinds. */
async function wantsEmail(tx: PreferenceReader, kind: NotificationKind, recipient: Recipient): Promise<boolean> {
  if (!isOptional(kind)) return true;
  if (recipient.userId) {
    const preference = await tx.notificationPreference.findUnique({
      where: { userId_kind: { userId: recipient.userId, kind } },
    });
    if (preference) return preference.email;
  }
  const suppressed = await tx.emailSuppression.findUnique({
    where: { address_kind: { address: recipient.email.toLowerCase(), kind } },
  });
  return !suppressed;
}

/** The people who hear about an organisation's deadlines: its recruiters, or its admins when it has none. */
export async function recruitersOf(tx: Tx, organizationId: string): Promise<Recipient[]> {
  const members = await tx.membership.findMany({
    where: { organizationId, role: { in: ["RECRUITER", "ADMIN"] } },
    select: { role: true, user: { select: { id: true, email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const recruiters = members.filter((m) => m.role === "RECRUITER");
  return (recruiters.length ? recruiters : members).map(({ user }) => ({
    userId: user.id,
    email: user.email,
    name: user.name,
  }));
}

// ───────────── after commit: email and live updates ─────────────

export const notificationTopic = (userId: string) => `notifications:${userId}`;

export interface NotificationEvent {
  notificationAdded: { notification: Notification; unreadCount: number };
}

export type Publish = (topic: string, payload: NotificationEvent) => Promise<void>;

export interface DispatchDeps {
  prisma: PrismaClient;
  mailer: Pick<Mailer, "deliverSoon">;
  publish: Publish | null;
  log: { warn: (obj: object, msg: string) => void };
}

/**
 * Sends the emails and pushes the notifications to their people's open portals. Never throws and never
 * waits for the pushes: a slow or unreachable Redis must not hold up the request that caused them.
 */
export async function dispatch(deps: DispatchDeps, delivery: Delivery): Promise<void> {
  deps.mailer.deliverSoon(delivery.emailIds);
  const { publish } = deps;
  if (!publish || delivery.notifications.length === 0) return;
  void publishAll(deps, publish, delivery.notifications);
}

async function publishAll(deps: DispatchDeps, publish: Publish, notifications: Notification[]): Promise<void> {
  for (const notification of notifications) {
    try {
      const unreadCount = await deps.prisma.notification.count({
        where: { userId: notification.userId, readAt: null },
      });
      await publish(notificationTopic(notification.userId), { notificationAdded: { notification, unreadCount } });
    } catch (err) {
      deps.log.warn({ err, notificationId: notification.id }, "could not publish a notification");
    }
  }
}

// ───────────── the signed-in person's notifications ─────────────

const listInput = z.object({
  first: z.number().int().min(1, "Ask for at least one.").max(100, "Ask for at most 100 at a time."),
  unreadOnly: z.boolean(),
});

export async function listNotifications(
  ctx: SignedInContext,
  raw: { first?: number | null; unreadOnly?: boolean | null },
) {
  const input = parseInput(listInput, { first: raw.first ?? 20, unreadOnly: raw.unreadOnly ?? false });
  const userId = ctx.viewer.user.id;
  const [items, unreadCount] = await Promise.all([
    ctx.prisma.notification.findMany({
      where: { userId, ...(input.unreadOnly ? { readAt: null } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: input.first,
    }),
    unreadCountOf(ctx),
  ]);
  return { items, unreadCount };
}

export function unreadCountOf(ctx: SignedInContext): Promise<number> {
  return ctx.prisma.notification.count({ where: { userId: ctx.viewer.user.id, readAt: null } });
}

/** Marks one of the viewer's own notifications read (opening it does this); idempotent. */
export async function markNotificationRead(ctx: SignedInContext, id: string) {
  const where = { id, userId: ctx.viewer.user.id };
  await ctx.prisma.notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: new Date() } });
  const notification = await ctx.prisma.notification.findFirst({ where });
  if (!notification) throw notFound("Notification");
  return notification;
}

export async function markAllNotificationsRead(ctx: SignedInContext): Promise<number> {
  const { count } = await ctx.prisma.notification.updateMany({
    where: { userId: ctx.viewer.user.id, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

// ───────────── preferences ─────────────

export async function notificationPreferences(ctx: SignedInContext) {
  const userId = ctx.viewer.user.id;
  const [preferences, suppressions] = await Promise.all([
    ctx.prisma.notificationPreference.findMany({ where: { userId } }),
    ctx.prisma.emailSuppression.findMany({ where: { address: ctx.viewer.user.email.toLowerCase() } }),
  ]);
  return ALL_KINDS.map((kind) => {
    const own = preferences.find((p) => p.kind === kind);
    const suppressed = suppressions.some((s) => s.kind === kind);
    const info = NOTIFICATION_KINDS[kind];
    return { kind, ...info, email: !info.optional || (own ? own.email : !suppressed) };
  });
}

const preferenceInput = z.object({
  kind: z.enum(ALL_KINDS as [NotificationKind, ...NotificationKind[]], "Choose one of the kinds of notification."),
  email: z.boolean(),
});

export async function setNotificationPreference(ctx: SignedInContext, raw: unknown) {
  const input = parseInput(preferenceInput, raw);
  if (!isOptional(input.kind)) {
    throw badRequest(`${NOTIFICATION_KINDS[input.kind].label} emails are deadline reminders and cannot be turned off.`);
  }
  const userId = ctx.viewer.user.id;
  await ctx.prisma.notificationPreference.upsert({
    where: { userId_kind: { userId, kind: input.kind } },
    create: { userId, kind: input.kind, email: input.email },
    update: { email: input.email },
  });
  return notificationPreferences(ctx);
}

// ───────────── unsubscribe links (no sign-in) ─────────────

const INVALID_LINK =
  "This unsubscribe link is not valid: it may have been copied incompletely. Open the link from the latest email again, or sign in and choose your emails under Account → Notifications.";

function claimOf(config: Pick<Config, "unsubscribeSecret">, token: string) {
  const claim = config.unsubscribeSecret ? readUnsubscribeToken(config.unsubscribeSecret, token) : null;
  if (!claim) throw badRequest(INVALID_LINK);
  return claim;
}

/** "c•••@example.com": enough to recognise one's own address, not to learn someone else's. */
function maskedAddress(address: string): string {
  const [local = "", domain = ""] = address.split("@");
  return `${local.slice(0, 1)}•••@${domain}`;
}

function describeClaim(claim: { address: string; kind: NotificationKind }, unsubscribed: boolean) {
  return {
    kind: claim.kind,
    label: NOTIFICATION_KINDS[claim.kind].label,
    address: maskedAddress(claim.address),
    unsubscribed,
  };
}

export async function unsubscribeLink(ctx: { prisma: PrismaClient; config: Config }, token: string) {
  const claim = claimOf(ctx.config, token);
  return describeClaim(claim, !(await wantsEmailByAddress(ctx.prisma, claim)));
}

async function wantsEmailByAddress(prisma: PrismaClient, claim: { address: string; kind: NotificationKind }) {
  const user = await prisma.user.findUnique({ where: { email: claim.address.toLowerCase() }, select: { id: true } });
  return wantsEmail(prisma, claim.kind, { userId: user?.id ?? null, email: claim.address, name: "" });
}

/** Turns one optional kind of email off for the address the link was sent to. Idempotent. */
export async function unsubscribe(ctx: { prisma: PrismaClient; config: Config }, token: string) {
  const claim = claimOf(ctx.config, token);
  const address = claim.address.toLowerCase();
  const user = await ctx.prisma.user.findUnique({ where: { email: address }, select: { id: true } });
  if (user) {
    await ctx.prisma.notificationPreference.upsert({
      where: { userId_kind: { userId: user.id, kind: claim.kind } },
      create: { userId: user.id, kind: claim.kind, email: false },
      update: { email: false },
    });
  } else {
    await ctx.prisma.emailSuppression.upsert({
      where: { address_kind: { address, kind: claim.kind } },
      create: { address, kind: claim.kind },
      update: {},
    });
  }
  return describeClaim(claim, true);
}
