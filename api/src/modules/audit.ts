import type { Prisma } from "@candor/db";

type Writer = Pick<Prisma.TransactionClient, "auditLog">;

export interface AuditEntry {
  action: string;
  actorUserId?: string | null;
  organizationId?: string | null;
  targetType?: string;
  targetId?: string;
  data?: Prisma.InputJsonValue;
  ip?: string | null;
}

/** Records a security-relevant event (sign-ins, role changes, publications, releases, exports). */
export async function audit(db: Writer, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      action: entry.action,
      actorUserId: entry.actorUserId ?? null,
      organizationId: entry.organizationId ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      data: entry.data ?? {},
      ip: entry.ip ?? null,
    },
  });
}
