import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { isProduction, readEnv } from "./env.server";

/** What the portal keeps in its own signed cookie: the API session token, nothing else. */
type SessionData = { token: string; expiresAt: string };
type FlashData = { notice: string };

const DEV_SECRET = "candor-dev-only-session-secret-do-not-use-in-production";
const MAX_AGE_SECONDS = 60 * 60 * 24 * 14;

function sessionSecret(): string {
  const secret = readEnv("SESSION_SECRET");
  if (secret) return secret;
  if (isProduction()) {
    throw new Error("SESSION_SECRET must be set in production (a long random string).");
  }
  console.warn("SESSION_SECRET is not set: using a development-only secret. Never do this in production.");
  return DEV_SECRET;
}

const secure = isProduction() && readEnv("INSECURE_COOKIES") !== "1";

export const sessionStorage = createCookieSessionStorage<SessionData, FlashData>({
  cookie: {
    name: secure ? "__Host-candor" : "candor_session",
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    secrets: [sessionSecret()],
    maxAge: MAX_AGE_SECONDS,
  },
});

export function getSession(request: Request) {
  return sessionStorage.getSession(request.headers.get("Cookie"));
}

export async function getToken(request: Request): Promise<string | undefined> {
  const session = await getSession(request);
  return session.get("token");
}

/** Stores a fresh API token (after sign-up, sign-in or accepting an invitation) and redirects. */
export async function signInAndRedirect(
  request: Request,
  auth: { token: string; expiresAt: string },
  to: string,
): Promise<Response> {
  const session = await getSession(request);
  session.set("token", auth.token);
  session.set("expiresAt", auth.expiresAt);
  return redirect(to, { headers: { "Set-Cookie": await sessionStorage.commitSession(session) } });
}

export async function destroySessionHeaders(request: Request): Promise<HeadersInit> {
  const session = await getSession(request);
  return { "Set-Cookie": await sessionStorage.destroySession(session) };
}

/** Only same-site, path-absolute targets: never `//evil.example` or `https://…`. */
export function safeRedirectTo(value: FormDataEntryValue | string | null | undefined, fallback = "/home"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value;
}

/** Sends a signed-out visitor to sign in, coming back to the page they asked for. */
export async function redirectToSignIn(request: Request): Promise<never> {
  const url = new URL(request.url);
  const target = `${url.pathname}${url.search}`;
  const search = target === "/" ? "" : `?redirectTo=${encodeURIComponent(target)}`;
  throw redirect(`/signin${search}`, { headers: await destroySessionHeaders(request) });
}
