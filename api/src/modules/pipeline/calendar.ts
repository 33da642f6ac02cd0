import type { Prisma } from "@candor/db";
import type { BusinessCalendar } from "@candor/domain";

type Reader = Pick<Prisma.TransactionClient, "organization" | "holiday">;

/** An organisation's business calendar: its time zone and holidays as local dates. */
export async function organizationCalendar(db: Reader, organizationId: string): Promise<BusinessCalendar> {
  const [organization, holidays] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true } }),
    db.holiday.findMany({ where: { organizationId }, select: { date: true } }),
  ]);
  return { timeZone: organization.timeZone, holidays: holidays.map((h) => h.date.toISOString().slice(0, 10)) };
}
