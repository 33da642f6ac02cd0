import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./client.ts";

/** Shapes seen from Prisma 7 with @prisma/adapter-pg and from pg while PostgreSQL was stopped or restarting. */
describe("isDatabaseUnavailable", () => {
  it("recognises an unreachable or restarting server however the error is wrapped", () => {
    const prismaCannotReach = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
      code: "P1001",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } } },
    });
    const adapterClosed = { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } };
    const shuttingDown = { name: "DriverAdapterError", cause: { kind: "postgres", code: "57P01" } };
    const startingUp = Object.assign(new Error("the database system is starting up"), { code: "57P03" });
    const terminated = new Error("Connection terminated unexpectedly");
    const poolTimeout = new Error("timeout exceeded when trying to connect");
    for (const error of [prismaCannotReach, adapterClosed, shuttingDown, startingUp, terminated, poolTimeout]) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(isDatabaseUnavailable(new Error("wrapped", { cause: error }))).toBe(true);
    }
  });

  it("does not mistake faults in the query or the data for an outage", () => {
    const uniqueViolation = Object.assign(new Error("Unique constraint failed"), {
      code: "P2002",
      meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } },
    });
    const missingTable = { name: "DriverAdapterError", cause: { kind: "postgres", code: "42P01" } };
    const cancelled = Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" });
    for (const error of [uniqueViolation, missingTable, cancelled, new TypeError("x is undefined"), null, "text"]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });
});
