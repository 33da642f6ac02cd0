import type { InvitationRole, Prisma, Role, User } from "@candor/db";
import { hashPassword, verifyPassword } from "@candor/db";
import { acceptInvitationInput, canInvite, inviteMemberInput, newAccountInput, tokenSchema } from "@candor/domain";
import type { Context, SignedInContext } from "../../graphql/context.ts";
import { badRequest, conflict, forbidden, notFound, parseInput, validationError } from "../../graphql/errors.ts";
import { ADMINS, ALL_STAFF, organizationsWhere, roleIn } from "../../graphql/guard.ts";
import { audit } from "../audit.ts";
import { startSession } from "../auth/service.ts";
import { generateToken, hashToken } from "../auth/tokens.ts";
import { invitationEmail } from "../mail/templates.ts";

const INVITATION_DAYS = 7;
const INVALID_INVITATION =
  "This invitation link is invalid, already used or expired. Ask the person who invited you for a new one.";

export function invitationStatus(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }) {
  if (invitation.acceptedAt) return "ACCEPTED";
  if (invitation.revokedAt) return "REVOKED";
  if (invitation.expiresAt.getTime() <= Date.now()) return "EXPIRED";
  return "PENDING";
}

const usableInvitation = (tokenHash: string) => ({
  tokenHash,
  acceptedAt: null,
  revokedAt: null,
  expiresAt: { gt: new Date() },
});

export function listMembers(ctx: SignedInContext, organizationId: string) {
  return ctx.prisma.membership.findMany({
    where: { organizationId },
    include: { user: { select: { id: true, email: true, name: true } } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  });
}

export function listInvitations(ctx: SignedInContext, organizationId: string, role: Role) {
  return ctx.prisma.invitation.findMany({
    where: { organizationId, ...(role === "ADMIN" ? {} : { role: "CANDIDATE" }) },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
}

/**
 * Writes an invitation and its email inside the caller's transaction, replacing any pending one for
 * the same person and role. The caller delivers the email after commit (`mailer.deliverSoon`).
 */
export async function createInvitation(
  tx: Prisma.TransactionClient,
  ctx: SignedInContext,
  input: { organizationId: string; email: string; role: InvitationRole; candidateId: string | null },
) {
  const token = generateToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: input.organizationId } });
  await tx.invitation.updateMany({
    where: {
      organizationId: input.organizationId,
      email: input.email,
      role: input.role,
      acceptedAt: null,
      revokedAt: null,
    },
    data: { revokedAt: new Date() },
  });
  const invitation = await tx.invitation.create({
    data: { ...input, tokenHash: hashToken(token), invitedById: ctx.viewer.user.id, expiresAt },
  });
  const message = invitationEmail({
    organizationName: organization.name,
    inviterName: ctx.viewer.user.name,
    role: input.role,
    url: `${ctx.config.PORTAL_URL.replace(/\/$/, "")}/invite/${token}`,
    expiresAt,
  });
  const emailId = await ctx.mailer.enqueue(tx, { to: input.email, kind: "invitation", ...message });
  await audit(tx, {
    action: "member.invited",
    actorUserId: ctx.viewer.user.id,
    organizationId: input.organizationId,
    targetType: "Invitation",
    targetId: invitation.id,
    data: { email: input.email, role: input.role },
    ip: ctx.client.ip,
  });
  return { invitation, emailId };
}

export async function inviteMember(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(inviteMemberInput, rawInput);
  const actorRole = await roleIn(ctx, input.organizationId, ALL_STAFF);
  if (!canInvite(actorRole, input.role)) {
    throw forbidden(
      actorRole === "RECRUITER"
        ? "Recruiters can invite candidates only; ask an admin to invite staff."
        : "Only admins and recruiters can send invitations.",
    );
  }
  if (input.role === "CANDIDATE" && !input.name) throw validationError({ name: "Enter the candidate's name." });
  if (input.role !== "CANDIDATE") {
    const existing = await ctx.prisma.membership.findFirst({
      where: { organizationId: input.organizationId, user: { email: input.email } },
      select: { id: true },
    });
    if (existing)
      throw conflict(`${input.email} is already a member of this organisation.`, { email: "Already a member." });
  }
  const { invitation, emailId } = await ctx.prisma.$transaction(async (tx) => {
    const candidate =
      input.role === "CANDIDATE"
        ? await tx.candidate.upsert({
            where: { organizationId_email: { organizationId: input.organizationId, email: input.email } },
            create: { organizationId: input.organizationId, email: input.email, name: input.name ?? input.email },
            update: {},
          })
        : null;
    return createInvitation(tx, ctx, {
      organizationId: input.organizationId,
      email: input.email,
      role: input.role,
      candidateId: candidate?.id ?? null,
    });
  });
  ctx.mailer.deliverSoon([emailId]);
  return invitation;
}

export async function revokeInvitation(ctx: SignedInContext, id: string) {
  const adminOrgs = await organizationsWhere(ctx, ["ADMIN"]);
  const recruiterOrgs = await organizationsWhere(ctx, ["RECRUITER"]);
  // Owner-scoped: the invitation is found only inside organisations where the viewer may revoke it.
  const scope = {
    id,
    OR: [{ organizationId: { in: adminOrgs } }, { organizationId: { in: recruiterOrgs }, role: "CANDIDATE" as const }],
  };
  const invitation = await ctx.prisma.invitation.findFirst({ where: scope });
  if (!invitation) throw notFound("Invitation");
  if (invitationStatus(invitation) !== "PENDING") throw badRequest("Only a pending invitation can be revoked.");
  const revoked = await ctx.prisma.invitation.update({ where: { id }, data: { revokedAt: new Date() } });
  await audit(ctx.prisma, {
    action: "member.invitation_revoked",
    actorUserId: ctx.viewer.user.id,
    organizationId: invitation.organizationId,
    targetType: "Invitation",
    targetId: id,
    ip: ctx.client.ip,
  });
  return revoked;
}

export async function previewInvitation(ctx: Context, rawToken: unknown) {
  const parsed = tokenSchema.safeParse(rawToken);
  if (!parsed.success) return null;
  const invitation = await ctx.prisma.invitation.findFirst({
    where: usableInvitation(hashToken(parsed.data)),
    include: { organization: { select: { name: true } } },
  });
  if (!invitation) return null;
  const account = await ctx.prisma.user.findUnique({
    where: { email: invitation.email },
    select: { passwordHash: true },
  });
  return {
    email: invitation.email,
    role: invitation.role,
    organizationName: invitation.organization.name,
    expiresAt: invitation.expiresAt,
    hasAccount: Boolean(account?.passwordHash),
  };
}

/** The invitee's user: the existing one (given a password if it had none), or a new one. */
function upsertInvitee(
  tx: Prisma.TransactionClient,
  email: string,
  existing: User | null,
  newAccount: { name: string; passwordHash: string } | null,
): Promise<User> | User {
  if (existing && !newAccount) return existing;
  if (!newAccount) throw new Error("a new account needs a name and a password");
  return existing
    ? tx.user.update({ where: { id: existing.id }, data: newAccount })
    : tx.user.create({ data: { email, ...newAccount } });
}

export async function acceptInvitation(ctx: Context, rawInput: unknown) {
  const input = parseInput(acceptInvitationInput, rawInput);
  const tokenHash = hashToken(input.token);
  const invitation = await ctx.prisma.invitation.findFirst({ where: usableInvitation(tokenHash) });
  if (!invitation) throw badRequest(INVALID_INVITATION);

  const existing = await ctx.prisma.user.findUnique({ where: { email: invitation.email } });
  let newAccount: { name: string; passwordHash: string } | null = null;
  if (existing?.passwordHash) {
    if (!(await verifyPassword(existing.passwordHash, input.password))) {
      throw validationError({
        password: `That is not the password of the existing Candor account for ${invitation.email}.`,
      });
    }
  } else {
    const account = parseInput(newAccountInput, { name: input.name ?? "", password: input.password });
    newAccount = { name: account.name, passwordHash: await hashPassword(account.password) };
  }

  const userId = await ctx.prisma.$transaction(async (tx) => {
    // Claim the invitation atomically so that it can be used once, even by two concurrent requests.
    const claimed = await tx.invitation.updateMany({
      where: usableInvitation(tokenHash),
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) throw badRequest(INVALID_INVITATION);
    const user = await upsertInvitee(tx, invitation.email, existing, newAccount);
    if (invitation.role === "CANDIDATE") {
      await tx.candidate.updateMany({
        where: { organizationId: invitation.organizationId, email: invitation.email },
        data: { userId: user.id },
      });
    } else {
      await tx.membership.upsert({
        where: { organizationId_userId: { organizationId: invitation.organizationId, userId: user.id } },
        create: { organizationId: invitation.organizationId, userId: user.id, role: invitation.role },
        update: { role: invitation.role },
      });
    }
    await audit(tx, {
      action: "member.joined",
      actorUserId: user.id,
      organizationId: invitation.organizationId,
      targetType: "Invitation",
      targetId: invitation.id,
      data: { role: invitation.role },
      ip: ctx.client.ip,
    });
    return user.id;
  });
  return startSession(ctx, userId);
}

/** A membership of an organisation where the viewer is an admin: the scope of member management. */
async function adminScopedMembership(ctx: SignedInContext, membershipId: string) {
  const adminOrgs = await organizationsWhere(ctx, ADMINS);
  const membership = await ctx.prisma.membership.findFirst({
    where: { id: membershipId, organizationId: { in: adminOrgs } },
    include: { user: { select: { id: true, email: true, name: true } } },
  });
  if (!membership) throw notFound("Member");
  return membership;
}

async function assertNotLastAdmin(ctx: SignedInContext, membership: { organizationId: string; role: Role }) {
  if (membership.role !== "ADMIN") return;
  const admins = await ctx.prisma.membership.count({
    where: { organizationId: membership.organizationId, role: "ADMIN" },
  });
  if (admins <= 1) throw badRequest("Every organisation needs an admin: make someone else an admin first.");
}

export async function changeMemberRole(ctx: SignedInContext, membershipId: string, role: Role) {
  const membership = await adminScopedMembership(ctx, membershipId);
  if (membership.role === role) return membership;
  if (role !== "ADMIN") await assertNotLastAdmin(ctx, membership);
  const updated = await ctx.prisma.$transaction(async (tx) => {
    const result = await tx.membership.update({
      where: { id: membershipId },
      data: { role },
      include: { user: { select: { id: true, email: true, name: true } } },
    });
    await audit(tx, {
      action: "member.role_changed",
      actorUserId: ctx.viewer.user.id,
      organizationId: membership.organizationId,
      targetType: "Membership",
      targetId: membershipId,
      data: { from: membership.role, to: role },
      ip: ctx.client.ip,
    });
    return result;
  });
  return updated;
}

export async function removeMember(ctx: SignedInContext, membershipId: string): Promise<boolean> {
  const membership = await adminScopedMembership(ctx, membershipId);
  await assertNotLastAdmin(ctx, membership);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: membershipId } });
    await audit(tx, {
      action: "member.removed",
      actorUserId: ctx.viewer.user.id,
      organizationId: membership.organizationId,
      targetType: "Membership",
      targetId: membershipId,
      data: { userId: membership.userId, role: membership.role },
      ip: ctx.client.ip,
    });
  });
  return true;
}

export async function endMemberSessions(ctx: SignedInContext, membershipId: string): Promise<number> {
  const membership = await adminScopedMembership(ctx, membershipId);
  const ended = await ctx.sessions.invalidateAllForUser(membership.userId);
  await audit(ctx.prisma, {
    action: "member.sessions_ended",
    actorUserId: ctx.viewer.user.id,
    organizationId: membership.organizationId,
    targetType: "Membership",
    targetId: membershipId,
    data: { ended },
    ip: ctx.client.ip,
  });
  return ended;
}
