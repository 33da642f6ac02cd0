import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("has working defaults for local development", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ API_PORT: 4000, NODE_ENV: "development", isProduction: false });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.portalOrigin).toBe("http://localhost:3000");
  });

  it("names every bad variable at once", () => {
    expect(() => loadConfig({ API_PORT: "99999", SMTP_URL: "mail.example.com", DATABASE_URL: "mysql://x" })).toThrow(
      /API_PORT[\s\S]*DATABASE_URL[\s\S]*SMTP_URL: SMTP_URL must look like smtp:\/\/user:pass@host:587/,
    );
  });

  it("accepts smtp and smtps URLs and treats empty values as unset", () => {
    expect(loadConfig({ SMTP_URL: "smtps://user:pw@mail.example.com:465" }).SMTP_URL).toBe(
      "smtps://user:pw@mail.example.com:465",
    );
    expect(loadConfig({ SMTP_URL: "", DATABASE_URL: "" })).toMatchObject({
      SMTP_URL: undefined,
      DATABASE_URL: undefined,
    });
  });
});
