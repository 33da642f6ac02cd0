import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../config.ts";
import type { Viewer } from "../graphql/context.ts";
import { readSessionToken, setSessionCookie } from "../modules/auth/cookies.ts";
import type { SessionManager } from "../modules/auth/session.ts";

declare module "fastify" {
  interface FastifyRequest {
    viewer: Viewer | null;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Reads the session from `Authorization: Bearer` or the HttpOnly cookie and sets `request.viewer`.
 * A state-changing request authenticated by cookie must come from the portal's origin (CSRF).
 */
async function authPlugin(app: FastifyInstance, options: { config: Config; sessions: SessionManager }) {
  const { config, sessions } = options;
  app.decorateRequest("viewer", null);

  app.addHook("preHandler", async (request, reply) => {
    const found = readSessionToken(request, config);
    if (!found) return;
    if (found.fromCookie && !SAFE_METHODS.has(request.method)) {
      const origin = request.headers.origin;
      const ownOrigin = `${request.protocol}://${request.host}`;
      if (!origin || (origin !== config.portalOrigin && origin !== ownOrigin)) {
        return reply.code(403).send({
          errors: [
            {
              message: "Cross-site request refused: send the Origin of the Candor portal.",
              extensions: { code: "FORBIDDEN" },
            },
          ],
        });
      }
    }
    let validated: Awaited<ReturnType<SessionManager["validate"]>>;
    try {
      validated = await sessions.validate(found.token);
    } catch (error) {
      request.log.error({ err: error }, "session lookup failed");
      throw Object.assign(new Error("Candor cannot check your session right now. Try again shortly."), {
        statusCode: 503,
      });
    }
    if (!validated) return;
    request.viewer = validated;
    if (validated.session.renewed && found.fromCookie) {
      setSessionCookie(reply, config, found.token, validated.session.expiresAt);
    }
  });
}

export default fp(authPlugin, { name: "candor-auth" });
