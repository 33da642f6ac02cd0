import { Prisma, type PrismaClient, utc } from "@candor/db";
import nodemailer, { type Transporter } from "nodemailer";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  kind: string;
  /** One-click unsubscribe link, for optional kinds of email (sent as List-Unsubscribe). */
  unsubscribeUrl?: string | null;
}

interface ClaimedEmail {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
  unsubscribeUrl: string | null;
}

type Writer = Pick<Prisma.TransactionClient, "emailMessage">;

export interface MailerOptions {
  prisma: PrismaClient;
  smtpUrl?: string | undefined;
  from: string;
  log: { warn: (obj: object, msg: string) => void; info: (obj: object, msg: string) => void };
}

const MAX_ATTEMPTS = 8;
/** A claimed message is left to its process this long before another may retry it. */
const SEND_LEASE_MS = 5 * 60_000;

/**
 * Every email is first written to the EmailMessage table, inside the caller's transaction, so it
 * exists exactly when the change that caused it does. With SMTP_URL set it is then delivered (and
 * retried with backoff); without, it stays in the local outbox that the portal shows in development.
 */
export function createMailer({ prisma, smtpUrl, from, log }: MailerOptions) {
  const transport: Transporter | null = smtpUrl
    ? nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })
    : null;

  async function enqueue(db: Writer, email: OutgoingEmail): Promise<string> {
    const row = await db.emailMessage.create({
      data: {
        toAddress: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        kind: email.kind,
        unsubscribeUrl: email.unsubscribeUrl ?? null,
        status: transport ? "PENDING" : "OUTBOX",
      },
      select: { id: true },
    });
    return row.id;
  }

  /**
   * Takes pending messages for this process. The claim moves a message's next attempt past a lease, in
   * one statement with FOR UPDATE SKIP LOCKED, so however many API processes deliver, each message is
   * taken by one of them; if that process dies mid-send, another retries once the lease has run out.
   */
  async function claim(ids: readonly string[] | null, limit: number): Promise<ClaimedEmail[]> {
    const now = new Date();
    const leaseEnds = new Date(now.getTime() + SEND_LEASE_MS);
    const onlyThese = ids ? Prisma.sql`AND id IN (${Prisma.join(ids)})` : Prisma.empty;
    return prisma.$queryRaw<ClaimedEmail[]>`
      UPDATE "EmailMessage" SET "nextAttemptAt" = ${utc(leaseEnds)}
      WHERE id IN (
        SELECT id FROM "EmailMessage"
        WHERE status = 'PENDING' AND "nextAttemptAt" <= ${utc(now)} ${onlyThese}
        ORDER BY "nextAttemptAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING id, "toAddress", subject, text, html, attempts, "unsubscribeUrl"`;
  }

  async function send(message: ClaimedEmail, sender: Transporter): Promise<void> {
    const { id } = message;
    try {
      await sender.sendMail({
        from,
        to: message.toAddress,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.unsubscribeUrl ? { list: { unsubscribe: message.unsubscribeUrl } } : {}),
      });
      await prisma.emailMessage.update({
        where: { id },
        data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
      });
    } catch (error) {
      const attempts = message.attempts + 1;
      const backoffSeconds = Math.min(3600, 15 * 2 ** attempts);
      await prisma.emailMessage.update({
        where: { id },
        data: {
          attempts,
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
          status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
          nextAttemptAt: new Date(Date.now() + backoffSeconds * 1000),
        },
      });
      log.warn({ emailId: id, attempts, err: error }, "email delivery failed; will retry");
    }
  }

  async function deliver(ids: readonly string[] | null, limit: number): Promise<number> {
    if (!transport || ids?.length === 0) return 0;
    const claimed = await claim(ids, limit);
    for (const message of claimed) await send(message, transport);
    return claimed.length;
  }

  /** Delivers after the caller's transaction committed; never throws into the request. */
  function deliverSoon(ids: string[]): void {
    if (!transport || ids.length === 0) return;
    void deliver(ids, ids.length).catch((err) => log.warn({ err, emailIds: ids }, "email delivery crashed"));
  }

  /** Sends messages whose next attempt is due (retries, and any left by a process that stopped). */
  function deliverDue(limit = 20): Promise<number> {
    return deliver(null, limit);
  }

  return { enqueue, deliverSoon, deliverDue, usesSmtp: transport !== null, close: () => transport?.close() };
}

export type Mailer = ReturnType<typeof createMailer>;
