/**
 * SQL statements per request of each path on the bench data (Prisma's query events and hand-written reads),
 * counted in a separate in-process API (so the measured API carries no listener).
 */
import { buildApp } from "@candor/api/app";
import { loadConfig } from "@candor/api/config";
import { createDatabase } from "@candor/db";
import { countingDatabase } from "@candor/db/testing";

export interface CountedRequest {
  name: string;
  token: string | null;
  body: () => string;
}

export async function statementsPerRequest(databaseUrl: string, requests: CountedRequest[]) {
  let statements = 0;
  const db = countingDatabase(await createDatabase({ databaseUrl, poolSize: 2 }), () => {
    statements += 1;
  });
  const config = loadConfig({ NODE_ENV: "production", LOG_LEVEL: "silent", DATABASE_URL: databaseUrl });
  const app = await buildApp({ config, db, logger: false });
  const counts = new Map<string, number>();
  try {
    for (const request of requests) {
      const send = () =>
        app.inject({
          method: "POST",
          url: "/graphql",
          headers: {
            "content-type": "application/json",
            ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
          },
          payload: request.body(),
        });
      await send(); // the first call may create defaults (a form template) that later calls only read
      await new Promise((resolve) => setImmediate(resolve));
      const before = statements;
      const response = await send();
      await new Promise((resolve) => setImmediate(resolve));
      if (response.statusCode === 200 && !response.body.includes('"errors":['))
        counts.set(request.name, statements - before);
    }
  } finally {
    await app.close();
    await db.close();
  }
  return counts;
}
