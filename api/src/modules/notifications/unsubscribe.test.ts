import { describe, expect, it } from "vitest";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe.ts";

const SECRET = "a-test-secret-that-is-long-enough-for-hmac";

describe("unsubscribe tokens", () => {
  it("round-trip the address and the kind", () => {
    const token = unsubscribeToken(SECRET, { address: "cleo@example.test", kind: "status_update" });
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(readUnsubscribeToken(SECRET, token)).toEqual({ address: "cleo@example.test", kind: "status_update" });
  });

  it("refuse a token signed with another secret, a changed payload or signature, and junk", () => {
    const token = unsubscribeToken(SECRET, { address: "cleo@example.test", kind: "status_update" });
    const [payload, signature] = token.split(".") as [string, string];
    const otherPayload = Buffer.from(JSON.stringify({ a: "someone@example.test", k: "status_update" })).toString(
      "base64url",
    );
    for (const forged of [
      unsubscribeToken(`${SECRET}-other`, { address: "cleo@example.test", kind: "status_update" }),
      `${otherPayload}.${signature}`,
      `${payload}.${signature.slice(0, -1)}`,
      `${payload}.${signature}.extra`,
      "",
      ".",
      "x".repeat(2000),
    ]) {
      expect(readUnsubscribeToken(SECRET, forged)).toBeNull();
    }
  });

  it("never turns off a mandatory kind, even with a genuine signature", () => {
    const token = unsubscribeToken(SECRET, { address: "mara@example.test", kind: "scorecard_due" });
    expect(readUnsubscribeToken(SECRET, token)).toBeNull();
  });
});
