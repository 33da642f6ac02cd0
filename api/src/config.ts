import { z } from "zod";

const portSchema = z.coerce.number().int().min(1).max(65_535);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  API_HOST: z.string().default("127.0.0.1"),
  API_PORT: portSchema.default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL (leave it unset for embedded PGlite)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().optional(),
  SMTP_URL: z
    .string()
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
      } catch {
        return false;
      }
    }, "SMTP_URL must look like smtp://user:pass@host:587 or smtps://host:465")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().default("Candor <no-reply@candor.localhost>"),
  /** Signs unsubscribe links in emails. Without it, production emails link to the preferences page instead. */
  UNSUBSCRIBE_SECRET: z
    .string()
    .min(32, "UNSUBSCRIBE_SECRET must be at least 32 characters (a long random string)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** How often each API process looks for due reminders (milliseconds). */
  REMINDER_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  PORTAL_URL: z
    .url("PORTAL_URL must be the portal's public URL, e.g. http://localhost:3000")
    .default("http://localhost:3000"),
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(24),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().positive().default(14),
  /** Which proxies' X-Forwarded-For to believe: the portal's server runs on loopback. */
  TRUST_PROXY: z.string().default("loopback"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Shared state for API replicas (the per-IP request limit); unset keeps it in this process. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// URL, e.g. redis://127.0.0.1:6379")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type Config = z.infer<typeof envSchema> & {
  isProduction: boolean;
  portalOrigin: string;
  /** Null in production without UNSUBSCRIBE_SECRET: no one-click unsubscribe links then. */
  unsubscribeSecret: string | null;
};

const DEV_UNSUBSCRIBE_SECRET = "candor-development-only-unsubscribe-secret";

/** Parses the environment once at boot, failing fast with every bad variable named. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const config = result.data;
  const isProduction = config.NODE_ENV === "production";
  return {
    ...config,
    isProduction,
    portalOrigin: new URL(config.PORTAL_URL).origin,
    unsubscribeSecret: config.UNSUBSCRIBE_SECRET ?? (isProduction ? null : DEV_UNSUBSCRIBE_SECRET),
  };
}
