/**
 * The real API for the bench, in its own process so that its resident memory is its own:
 * buildApp with production config on the bench database, logger off, on a free loopback port.
 * Prints {"port": N} on stdout once listening.
 */
import { buildApp } from "@candor/api/app";
import { loadConfig } from "@candor/api/config";

const config = loadConfig({
  ...process.env,
  NODE_ENV: "production",
  LOG_LEVEL: "silent",
  // The bench's one client IP sends thousands of requests a second; the per-IP limit would answer 429.
  RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
});
const app = await buildApp({ config, logger: false, migrate: false });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
if (!address || typeof address === "string") throw new Error("API did not listen on a TCP port");
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);

const stop = () => {
  void app.close().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
