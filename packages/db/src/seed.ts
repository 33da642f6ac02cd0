import type { PrismaClient } from "./generated/prisma/client.ts";

export async function seedDemoData(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  const existing = await prisma.organization.count();
  return { seeded: existing === 0 };
}
