import type { Prisma } from "@candor/db";

type Writer = Pick<Prisma.TransactionClient, "timelineEvent" | "application">;

/**
 * Records a candidate-visible event on an application. Every such event is contact with the
 * candidate, so it also moves the application's last-contact time (what "going cold" measures).
 */
export async function recordCandidateEvent(
  db: Writer,
  applicationId: string,
  kind: string,
  data: Prisma.InputJsonObject,
  at = new Date(),
): Promise<void> {
  await db.timelineEvent.create({ data: { applicationId, kind, data, occurredAt: at } });
  await db.application.update({ where: { id: applicationId }, data: { lastCandidateContactAt: at } });
}
