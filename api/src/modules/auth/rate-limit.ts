import type { PrismaClient } from "@candor/db";
import { rateLimited } from "../../graphql/errors.ts";

/**
 * Counts failed attempts in the database, so limits hold across API replicas and restarts.
 * Per account: a few failures lock that account's sign-in briefly; per IP: a larger budget.
 */
export const LIMITS = {
  signIn: { windowMinutes: 15, perAccount: 5, perIp: 30 },
  passwordReset: { windowMinutes: 60, perAccount: 3, perIp: 20 },
} as const;

export type AttemptKind = keyof typeof LIMITS;

export async function assertWithinLimit(
  prisma: PrismaClient,
  kind: AttemptKind,
  email: string,
  ip: string,
): Promise<void> {
  const limit = LIMITS[kind];
  const since = new Date(Date.now() - limit.windowMinutes * 60_000);
  const countsTowardLimit = kind === "signIn" ? { succeeded: false } : {};
  const [byAccount, byIp] = await Promise.all([
    prisma.authAttempt.count({ where: { kind, email, createdAt: { gte: since }, ...countsTowardLimit } }),
    prisma.authAttempt.count({ where: { kind, ip, createdAt: { gte: since }, ...countsTowardLimit } }),
  ]);
  if (byAccount >= limit.perAccount || byIp >= limit.perIp) {
    throw rateLimited(
      `Too many attempts. Wait ${limit.windowMinutes} minutes and try again, or reset your password.`,
      limit.windowMinutes * 60,
    );
  }
}

export async function recordAttempt(
  prisma: PrismaClient,
  kind: AttemptKind,
  email: string,
  ip: string,
  succeeded: boolean,
): Promise<void> {
  await prisma.authAttempt.create({ data: { kind, email, ip, succeeded } });
}
