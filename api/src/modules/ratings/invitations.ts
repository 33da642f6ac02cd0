import type { Prisma } from "@candor/db";
import { RATING_PROMISE } from "@candor/domain";
import { emptyDelivery, type NotifyDeps, notify } from "../notifications/service.ts";

/**
 * Invites the candidate to rate the whole process when their application closes, if they were interviewed
 * (hired or not: surveying only hires skews results). Written in the closing transaction.
 */
export async function inviteToRateProcess(tx: Prisma.TransactionClient, deps: NotifyDeps, applicationId: string) {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      id: true,
      organizationId: true,
      organization: { select: { name: true } },
      job: { select: { title: true } },
      candidate: { select: { userId: true, email: true, name: true } },
      _count: { select: { interviews: { where: { status: "COMPLETED" } } } },
    },
  });
  if (application._count.interviews === 0) return emptyDelivery();
  return notify(tx, deps, {
    kind: "rating_invitation",
    recipient: application.candidate,
    organizationId: application.organizationId,
    title: `How was applying to ${application.organization.name}?`,
    body: `Your application for ${application.job.title} has closed. Tell ${application.organization.name} how the process felt: it takes a minute. ${RATING_PROMISE}`,
    link: `/candidate/applications/${application.id}#rate`,
    actionLabel: "Rate your experience",
  });
}
