import type { AddressInfo } from "node:net";
import { createDatabase, type Database } from "@candor/db";
import { testBackend } from "@candor/db/testing";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, operations, signUpCompany, type TestApi, uniqueEmail } from "../../test/harness.ts";
import { companyWithStaff, completedInterview, postStatusUpdate } from "../notifications/testing.ts";
import { createMailer } from "./mailer.ts";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a loopback port that keeps what it receives. */
async function startSmtpServer() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("email over SMTP", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let api: TestApi;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await createTestApi({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: "Candor <no-reply@candor.test>",
    });
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it("delivers an invitation with text and HTML parts and a link into the portal", async () => {
    const admin = await signUpCompany(api, "Mail Co");
    const email = uniqueEmail("invitee");
    await api.gql(
      operations.INVITE,
      { input: { organizationId: admin.organizationId, email, role: "INTERVIEWER" } },
      { token: admin.token },
    );
    const message = await waitFor(() => smtp.received.find((m) => m.to.includes(email)));
    expect(message.from).toBe("no-reply@candor.test");
    expect(message.raw).toMatch(/^Subject: Join Mail Co on Candor/m);
    expect(message.raw).toMatch(/Content-Type: text\/plain/);
    expect(message.raw).toMatch(/Content-Type: text\/html/);
    expect(message.raw).toMatch(/http:\/\/portal\.test\/invite\/[a-z2-7]{32}/);
    const stored = await waitFor(async () => {
      const row = await api.prisma.emailMessage.findFirst({ where: { toAddress: email, status: "SENT" } });
      return row ?? undefined;
    });
    expect(stored.attempts).toBe(1);
  });
});

describe("notification email over SMTP", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let api: TestApi;
  let secondDb: Database | null = null;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await createTestApi({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: "Candor <no-reply@candor.test>",
    });
  });
  afterAll(async () => {
    await secondDb?.close();
    await api.close();
    await smtp.close();
  });

  it("sends a templated notification with text and HTML parts, a portal link and a one-click unsubscribe header", async () => {
    const { admin, recruiter, interviewer } = await companyWithStaff(api, "Smtp Notify Co");
    const interview = await completedInterview(api, admin, [interviewer.userId], { candidateAccount: false });
    await postStatusUpdate(api, interview.applicationId, recruiter.token, "The team meets on Thursday.");
    const message = await waitFor(() =>
      smtp.received.find((m) => m.to.includes(interview.candidateEmail) && /News about your application/.test(m.raw)),
    );
    const unfolded = message.raw.replace(/\r?\n[ \t]+/g, " ");
    expect(unfolded).toMatch(/^Subject: News about your application at Smtp Notify Co/m);
    expect(unfolded).toMatch(/^List-Unsubscribe: <http:\/\/portal\.test\/unsubscribe\/[\w-]+\.[\w-]+>/m);
    expect(message.raw).toMatch(/Content-Type: text\/plain/);
    expect(message.raw).toMatch(/Content-Type: text\/html/);
    expect(unfolded).toContain(`http://portal.test/candidate/applications/${interview.applicationId}`);
  });

  it("delivers each outbox message once when two processes deliver at the same time", async () => {
    const addresses = Array.from({ length: 12 }, () => uniqueEmail("outbox"));
    const log = { warn: () => {}, info: () => {} };
    const first = createMailer({
      prisma: api.prisma,
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: "a@candor.test",
      log,
    });
    for (const to of addresses) {
      await first.enqueue(api.prisma, {
        to,
        subject: "Once",
        text: "Only once.",
        html: "<p>Only once.</p>",
        kind: "test",
      });
    }
    let otherPrisma = api.prisma;
    if (testBackend() === "postgres") {
      const [{ name }] = await api.prisma.$queryRaw<[{ name: string }]>`SELECT current_database() AS name`;
      const url = new URL(process.env.DATABASE_URL as string);
      url.pathname = `/${name}`;
      secondDb = await createDatabase({ databaseUrl: url.toString(), poolSize: 2 });
      otherPrisma = secondDb.prisma;
    }
    const second = createMailer({
      prisma: otherPrisma,
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: "b@candor.test",
      log,
    });
    try {
      const counts = await Promise.all([first.deliverDue(50), second.deliverDue(50), first.deliverDue(50)]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(addresses.length);
      const received = smtp.received.filter((m) => addresses.some((a) => m.to.includes(a)));
      expect(received.map((m) => m.to[0]).sort()).toEqual([...addresses].sort());
      const rows = await api.prisma.emailMessage.findMany({ where: { toAddress: { in: addresses } } });
      expect(rows.every((row) => row.status === "SENT" && row.attempts === 1)).toBe(true);
    } finally {
      first.close();
      second.close();
    }
  });
});

describe("email when SMTP is unreachable", () => {
  let api: TestApi;
  beforeAll(async () => {
    // Port 9 on loopback: nothing listens, so connections are refused at once.
    api = await createTestApi({ SMTP_URL: "smtp://127.0.0.1:9" });
  });
  afterAll(() => api.close());

  it("answers the request at once, keeps the message and schedules a retry", async () => {
    const admin = await signUpCompany(api);
    const email = uniqueEmail();
    const started = Date.now();
    const result = await api.gql(
      operations.INVITE,
      { input: { organizationId: admin.organizationId, email, role: "RECRUITER" } },
      { token: admin.token },
    );
    expect(result.errors).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(3_000);
    const failed = await waitFor(async () => {
      const row = await api.prisma.emailMessage.findFirst({ where: { toAddress: email, attempts: { gte: 1 } } });
      return row ?? undefined;
    });
    expect(failed.status).toBe("PENDING");
    expect(failed.lastError).toBeTruthy();
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });
});

describe("email without SMTP_URL", () => {
  it("keeps messages in the local outbox, readable in development", async () => {
    const api = await createTestApi();
    try {
      const admin = await signUpCompany(api);
      const email = uniqueEmail();
      await api.gql(
        operations.INVITE,
        { input: { organizationId: admin.organizationId, email, role: "INTERVIEWER" } },
        { token: admin.token },
      );
      const outbox = await api.gql(`{ devOutbox(limit: 5) { to subject status text } }`);
      expect(outbox.data?.devOutbox[0]).toMatchObject({ to: email, status: "OUTBOX" });
      expect(outbox.data?.devOutbox[0].text).toMatch(/\/invite\/[a-z2-7]{32}/);
    } finally {
      await api.close();
    }
  });
});
