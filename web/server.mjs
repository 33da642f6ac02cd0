// Production server for the Candor portal: static assets plus the Remix request handler.

import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import express from "express";

const build = await import("./build/server/index.js");

const app = express();
app.disable("x-powered-by");
// Behind a local reverse proxy, trust its X-Forwarded-* headers (client IP, protocol) and no one else's.
app.set("trust proxy", "loopback");

app.use((_req, res, next) => {
  res.set({
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
  });
  next();
});

const clientDir = fileURLToPath(new URL("./build/client/", import.meta.url));

// Fingerprinted build assets never change: cache them for a year.
app.use("/assets", express.static(`${clientDir}assets`, { immutable: true, maxAge: "1y", index: false }));
// Anything else in public/ (favicon and the like) briefly.
app.use(express.static(clientDir, { maxAge: "1h", index: false }));

app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (req) => ({ clientIp: req.ip, userAgent: req.get("user-agent") }),
  }),
);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

const server = app.listen(port, host, () => {
  console.log(`Portal listening on http://${host}:${port}`);
});

function shutdown(signal) {
  console.log(`${signal} received: closing the portal server.`);
  server.close((error) => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    process.exit(0);
  });
  server.closeIdleConnections?.();
  // Do not hang on keep-alive connections forever.
  setTimeout(() => {
    server.closeAllConnections?.();
    process.exit(0);
  }, 10_000).unref();
}

process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGINT", () => shutdown("SIGINT"));
