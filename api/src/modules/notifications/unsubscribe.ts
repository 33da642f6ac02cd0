import { createHmac, timingSafeEqual } from "node:crypto";
import { isNotificationKind, isOptional, type NotificationKind } from "./kinds.ts";

/**
 * Unsubscribe links carry who and what, signed with UNSUBSCRIBE_SECRET (HMAC-SHA256), so they work
 * without signing in and cannot be forged to turn off someone else's email. They do not expire.
 */
export interface UnsubscribeClaim {
  address: string;
  kind: NotificationKind;
}

const VERSION = "u1";

function mac(secret: string, payload: string): Buffer {
  return createHmac("sha256", secret).update(`${VERSION}.${payload}`).digest();
}

export function unsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(JSON.stringify({ a: claim.address, k: claim.kind })).toString("base64url");
  return `${payload}.${mac(secret, payload).toString("base64url")}`;
}

/** The claim of a genuine token for an optional kind; null for anything else. */
export function readUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined || token.length > 1000) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { a, k } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { a?: unknown; k?: unknown };
    if (typeof a !== "string" || typeof k !== "string" || !isNotificationKind(k) || !isOptional(k)) return null;
    return { address: a, kind: k };
  } catch {
    return null;
  }
}
