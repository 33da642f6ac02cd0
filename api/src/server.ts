import closeWithGrace from "close-with-grace";
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";

const config = loadConfig();
const app = await buildApp({
  config,
  backgroundJobs: true,
  logger: {
    level: config.LOG_LEVEL,
    ...(config.isProduction ? {} : { transport: { target: "pino-pretty", options: { ignore: "pid,hostname" } } }),
  },
});

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, "closing after an error");
  else app.log.info({ signal }, "shutting down gracefully");
  await app.close();
});

await app.listen({ port: config.API_PORT, host: config.API_HOST });
app.log.info(
  `Candor API ready on http://${config.API_HOST}:${config.API_PORT}/graphql (database: ${config.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"})`,
);
