import { createDatabase, type Database } from "@candor/db";
import { migrateIfNeeded } from "@candor/db/migrate";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyServerOptions } from "fastify";
import { Redis } from "ioredis";
import { type Config, loadConfig } from "./config.ts";
import graphql from "./graphql/plugin.ts";
import { createSessionManager } from "./modules/auth/session.ts";
import { createMailer } from "./modules/mail/mailer.ts";
import { pubSubPublisher } from "./modules/notifications/events.ts";
import { createReminderWorker, type ReminderWorker } from "./modules/notifications/worker.ts";
import auth from "./plugins/auth.ts";

export interface AppOptions {
  config?: Config;
  /** An already-open database (tests); otherwise one is opened from the config and closed with the app. */
  db?: Database;
  /** Apply pending migrations before serving (default: on for embedded PGlite). */
  migrate?: boolean;
  /** Run periodic work: email retries, expired-session clean-up (the server does; tests do not). */
  backgroundJobs?: boolean;
  logger?: FastifyServerOptions["logger"];
}

declare module "fastify" {
  interface FastifyInstance {
    /** Due reminders and escalations; runs on a timer with backgroundJobs, and on demand in tests. */
    reminders: ReminderWorker;
  }
}

const BODY_LIMIT_BYTES = 100 * 1024;
const GENERIC_SERVER_ERROR =
  "Something went wrong on our side. Try again; if it keeps happening, tell your Candor admin.";

/** Builds the API without listening: the server listens, tests inject. */
export async function buildApp(options: AppOptions = {}) {
  const config = options.config ?? loadConfig();
  const app = Fastify({
    logger: options.logger ?? { level: config.LOG_LEVEL },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    requestTimeout: 30_000,
  });

  const ownsDb = !options.db;
  const db =
    options.db ??
    (await createDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      // pg attaches the whole client to these errors: log only what tells what happened.
      onPoolError: (err) =>
        app.log.warn({ code: (err as { code?: string }).code, reason: err.message }, "idle database connection failed"),
    }));
  if (options.migrate ?? db.kind === "pglite") {
    const applied = await migrateIfNeeded(db);
    if (applied.length) app.log.info({ applied }, "applied database migrations");
  }
  const sessions = createSessionManager(db, {
    idleHours: config.SESSION_IDLE_HOURS,
    absoluteDays: config.SESSION_ABSOLUTE_DAYS,
  });
  const mailer = createMailer({ prisma: db.prisma, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, log: app.log });
  const services = { db, config, sessions, mailer };

  await app.register(helmet, {
    // GraphiQL (development only) runs inline scripts; production keeps the strict default policy.
    contentSecurityPolicy: config.isProduction ? undefined : false,
  });
  const redis = config.REDIS_URL ? connectRedis(config.REDIS_URL, app.log) : undefined;
  await app.register(rateLimit, {
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: "1 minute",
    // Shared by every replica; if Redis is unreachable requests are let through rather than refused.
    ...(redis ? { redis, nameSpace: "candor-rate-limit:", skipOnError: true } : {}),
  });
  await app.register(cookie);
  await app.register(auth, { config, sessions });
  await app.register(graphql, services);
  const reminders = createReminderWorker({
    prisma: db.prisma,
    notify: { mailer, config },
    dispatch: { mailer, publish: pubSubPublisher(app.graphql.pubsub), log: app.log },
    log: app.log,
  });
  app.decorate("reminders", reminders);

  // One error handler: 4xx messages are meant for the caller; 5xx are logged and answered generically.
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const statusCode = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (statusCode >= 500) {
      request.log.error({ err: error }, "request failed");
      return reply.code(statusCode).send({ statusCode, error: "Server error", message: GENERIC_SERVER_ERROR });
    }
    return reply.code(statusCode).send({ statusCode, error: error.code ?? "Bad request", message: error.message });
  });

  // On shutdown, answers still in flight close their keep-alive connection: otherwise the server
  // waits for those connections to time out, past the grace delay.
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });

  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    if (closing) return reply.code(503).send({ status: "unavailable", reason: "shutting down" });
    try {
      await Promise.race([
        db.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error("database ping timed out")), 2_000)),
      ]);
      return { status: "ready", database: db.kind };
    } catch (error) {
      return reply.code(503).send({ status: "unavailable", reason: (error as Error).message });
    }
  });

  const timers: NodeJS.Timeout[] = [];
  if (options.backgroundJobs) {
    app.addHook("onReady", async () => {
      timers.push(
        setInterval(() => void mailer.deliverDue().catch((err) => app.log.warn({ err }, "mail retry failed")), 30_000),
      );
      timers.push(
        setInterval(
          () => void sessions.deleteExpired().catch((err) => app.log.warn({ err }, "session clean-up failed")),
          3_600_000,
        ),
      );
      reminders.start(config.REMINDER_INTERVAL_MS);
    });
  }
  app.addHook("onClose", async () => {
    for (const timer of timers) clearInterval(timer);
    await reminders.stop();
    mailer.close();
    if (redis) await redis.quit().catch(() => redis.disconnect());
    if (ownsDb) await db.close();
  });

  return app;
}

/** A Redis client that fails fast (one try per command) and logs outages instead of throwing them. */
function connectRedis(url: string, log: { warn: (obj: object, msg: string) => void }): Redis {
  const redis = new Redis(url, { connectTimeout: 2_000, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  let lastWarning = 0;
  redis.on("error", (err: Error) => {
    if (Date.now() - lastWarning < 10_000) return;
    lastWarning = Date.now();
    log.warn({ reason: err.message }, "Redis unavailable: the shared request limit is not enforced meanwhile");
  });
  return redis;
}
