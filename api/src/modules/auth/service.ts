import { decoyPasswordHash, hashPassword, verifyPassword } from "@candor/db";
import {
  changePasswordInput,
  emailSchema,
  resetPasswordInput,
  signInInput,
  signUpInput,
  slugify,
} from "@candor/domain";
import type { Context, SignedInContext } from "../../graphql/context.ts";
import { badRequest, conflict, parseInput, UserError, validationError } from "../../graphql/errors.ts";
import { audit } from "../audit.ts";
import { passwordResetEmail } from "../mail/templates.ts";
import { clearSessionCookie, setSessionCookie } from "./cookies.ts";
import { assertWithinLimit, recordAttempt } from "./rate-limit.ts";
import { generateToken, hashToken } from "./tokens.ts";
import { loadViewer } from "./viewer.ts";

const RESET_TOKEN_MINUTES = 60;
const WRONG_CREDENTIALS = "Email or password is incorrect.";

/** Starts a new session for a user (ending the one this request came with) and returns the payload. */
export async function startSession(ctx: Context, userId: string) {
  if (ctx.viewer) await ctx.sessions.invalidate(ctx.viewer.session.id);
  const { token, expiresAt } = await ctx.sessions.create(userId, ctx.client);
  setSessionCookie(ctx.reply, ctx.config, token, expiresAt);
  return { token, expiresAt, viewer: await loadViewer(ctx.prisma, userId, expiresAt) };
}

async function availableSlug(ctx: Context, wanted: string): Promise<string> {
  const taken = await ctx.prisma.organization.findMany({
    where: { slug: { startsWith: wanted } },
    select: { slug: true },
  });
  const used = new Set(taken.map((row) => row.slug));
  if (!used.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted.slice(0, 36)}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export async function signUp(ctx: Context, rawInput: unknown) {
  const input = parseInput(signUpInput, rawInput);
  if (await ctx.prisma.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw conflict("An account with this email already exists. Sign in instead, or reset your password.", {
      email: "An account with this email already exists.",
    });
  }
  let slug: string;
  if (input.organizationSlug) {
    slug = input.organizationSlug;
    if (await ctx.prisma.organization.findUnique({ where: { slug }, select: { id: true } })) {
      const suggestion = await availableSlug(ctx, slug);
      throw conflict(`The address /c/${slug} is taken. Try ${suggestion}.`, {
        organizationSlug: `Taken. Try ${suggestion}.`,
      });
    }
  } else {
    slug = await availableSlug(ctx, slugify(input.organizationName));
  }
  const passwordHash = await hashPassword(input.password);
  const user = await ctx.prisma.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash },
    });
    const organization = await tx.organization.create({
      data: {
        name: input.organizationName,
        slug,
        timeZone: input.timeZone ?? "UTC",
        memberships: { create: { userId: created.id, role: "ADMIN" } },
      },
    });
    await audit(tx, {
      action: "organization.created",
      actorUserId: created.id,
      organizationId: organization.id,
      targetType: "Organization",
      targetId: organization.id,
      ip: ctx.client.ip,
    });
    return created;
  });
  return startSession(ctx, user.id);
}

export async function signIn(ctx: Context, rawInput: unknown) {
  const input = parseInput(signInInput, rawInput);
  await assertWithinLimit(ctx.prisma, "signIn", input.email, ctx.client.ip);
  const user = await ctx.prisma.user.findUnique({ where: { email: input.email } });
  // Verify against a decoy when the email is unknown, so both failures take the same time.
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  const succeeded = Boolean(user?.passwordHash) && valid;
  await recordAttempt(ctx.prisma, "signIn", input.email, ctx.client.ip, succeeded);
  if (!user || !succeeded)
    throw new UserError(WRONG_CREDENTIALS, "UNAUTHENTICATED", { fields: { password: WRONG_CREDENTIALS } });
  await audit(ctx.prisma, { action: "auth.signed_in", actorUserId: user.id, ip: ctx.client.ip });
  return startSession(ctx, user.id);
}

export async function signOut(ctx: Context): Promise<boolean> {
  if (ctx.viewer) await ctx.sessions.invalidate(ctx.viewer.session.id);
  clearSessionCookie(ctx.reply, ctx.config);
  return true;
}

export async function requestPasswordReset(ctx: Context, rawEmail: unknown): Promise<boolean> {
  const email = parseInput(emailSchema, rawEmail);
  await assertWithinLimit(ctx.prisma, "passwordReset", email, ctx.client.ip);
  await recordAttempt(ctx.prisma, "passwordReset", email, ctx.client.ip, true);
  const user = await ctx.prisma.user.findUnique({ where: { email } });
  if (!user) return true;
  const token = generateToken();
  const emailId = await ctx.prisma.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + RESET_TOKEN_MINUTES * 60_000),
      },
    });
    const message = passwordResetEmail({
      name: user.name,
      url: `${ctx.config.PORTAL_URL.replace(/\/$/, "")}/reset-password/${token}`,
    });
    return ctx.mailer.enqueue(tx, { to: user.email, kind: "password_reset", ...message });
  });
  ctx.mailer.deliverSoon([emailId]);
  return true;
}

export async function resetPassword(ctx: Context, rawInput: unknown): Promise<boolean> {
  const input = parseInput(resetPasswordInput, rawInput);
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  await ctx.prisma.$transaction(async (tx) => {
    const token = await tx.passwordResetToken.findUnique({ where: { tokenHash: hashToken(input.token) } });
    // Claim the token atomically: a second use (even a concurrent one) finds nothing to update.
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash: hashToken(input.token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (!token || claimed.count !== 1) {
      throw badRequest("This reset link is invalid, already used or expired. Ask for a new one.");
    }
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash, passwordChangedAt: now } });
    await tx.session.deleteMany({ where: { userId: token.userId } });
    await audit(tx, { action: "auth.password_reset", actorUserId: token.userId, ip: ctx.client.ip });
  });
  return true;
}

export async function changePassword(ctx: SignedInContext, rawInput: unknown): Promise<boolean> {
  const input = parseInput(changePasswordInput, rawInput);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: ctx.viewer.user.id } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw validationError({ currentPassword: "Your current password is not correct." });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.prisma.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date() } });
  if (input.signOutOtherSessions !== false) {
    await ctx.sessions.invalidateAllForUser(user.id, ctx.viewer.session.id);
  }
  await audit(ctx.prisma, { action: "auth.password_changed", actorUserId: user.id, ip: ctx.client.ip });
  return true;
}
