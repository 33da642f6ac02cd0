import type { FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../../config.ts";

/** `__Host-` binds the cookie to this exact origin; browsers accept it only over HTTPS. */
export const sessionCookieName = (config: Config) => (config.isProduction ? "__Host-candor_session" : "candor_session");

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date): void {
  reply.setCookie(sessionCookieName(config), token, {
    httpOnly: true,
    secure: config.isProduction,
    sameSite: "lax",
    path: "/",
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookieName(config), {
    path: "/",
    secure: config.isProduction,
    httpOnly: true,
    sameSite: "lax",
  });
}

/** The bearer token, else the session cookie; `fromCookie` tells the CSRF check which one it was. */
export function readSessionToken(
  request: FastifyRequest,
  config: Config,
): { token: string; fromCookie: boolean } | null {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return { token: header.slice(7).trim(), fromCookie: false };
  const cookie = request.cookies[sessionCookieName(config)];
  return cookie ? { token: cookie, fromCookie: true } : null;
}
