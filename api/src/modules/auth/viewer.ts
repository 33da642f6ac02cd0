import type { PrismaClient } from "@candor/db";

/** Everything the portal needs to route a signed-in person: one query with its relations. */
export async function loadViewer(prisma: PrismaClient, userId: string, sessionExpiresAt: Date) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      memberships: {
        select: { id: true, role: true, organization: true },
        orderBy: { createdAt: "asc" },
      },
      candidacies: {
        select: { id: true, organization: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const { memberships, candidacies, ...identity } = user;
  return { user: identity, memberships, candidacies, sessionExpiresAt };
}

export type ViewerPayload = Awaited<ReturnType<typeof loadViewer>>;
