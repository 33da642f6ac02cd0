import type { Prisma, PrismaClient } from "@candor/db";
import nodemailer, { type Transporter } from "nodemailer";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  kind: string;
}

type Writer = Pick<Prisma.TransactionClient, "emailMessage">;

export interface MailerOptions {
  prisma: PrismaClient;
  smtpUrl?: string | undefined;
  from: string;
  log: { warn: (obj: object, msg: string) => void; info: (obj: object, msg: string) => void };
}

const MAX_ATTEMPTS = 8;

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
        status: transport ? "PENDING" : "OUTBOX",
      },
      select: { id: true },
    });
    return row.id;
  }

  async function deliver(id: string): Promise<void> {
    if (!transport) return;
    const message = await prisma.emailMessage.findFirst({ where: { id, status: "PENDING" } });
    if (!message) return;
    try {
      await transport.sendMail({
        from,
        to: message.toAddress,
        subject: message.subject,
        text: message.text,
        html: message.html,
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

  /** Delivers after the caller's transaction committed; never throws into the request. */
  function deliverSoon(ids: string[]): void {
    if (!transport) return;
    for (const id of ids) void deliver(id).catch((err) => log.warn({ err, emailId: id }, "email delivery crashed"));
  }

  /** Retries messages whose backoff has passed. Called periodically by the API process. */
  async function deliverDue(limit = 20): Promise<number> {
    if (!transport) return 0;
    const due = await prisma.emailMessage.findMany({
      where: { status: "PENDING", nextAttemptAt: { lte: new Date() } },
      orderBy: { nextAttemptAt: "asc" },
      take: limit,
      select: { id: true },
    });
    for (const { id } of due) await deliver(id);
    return due.length;
  }

  return { enqueue, deliverSoon, deliverDue, usesSmtp: transport !== null, close: () => transport?.close() };
}

export type Mailer = ReturnType<typeof createMailer>;
