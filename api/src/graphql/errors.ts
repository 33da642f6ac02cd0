import { fieldErrors } from "@candor/domain";
import mercurius from "mercurius";
import type { z } from "zod";

export type ErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "BAD_REQUEST";

/** An error whose message is meant for the person who caused it; passes through the error mask. */
const { ErrorWithProps } = mercurius;

export class UserError extends ErrorWithProps {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { code, ...extensions });
  }
}

export const unauthenticated = () =>
  new UserError("Sign in to continue. Your session may have expired.", "UNAUTHENTICATED");

export const forbidden = (message = "You do not have access to this.") => new UserError(message, "FORBIDDEN");

export const notFound = (what: string) => new UserError(`${what} was not found.`, "NOT_FOUND");

export const conflict = (message: string, fields?: Record<string, string>) =>
  new UserError(message, "CONFLICT", fields ? { fields } : {});

export const badRequest = (message: string) => new UserError(message, "BAD_REQUEST");

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new UserError(message, "RATE_LIMITED", { retryAfterSeconds });

export function validationError(fields: Record<string, string>): UserError {
  const messages = Object.values(fields);
  return new UserError(messages.join(" "), "VALIDATION", { fields });
}

/** Parses input with a zod schema, throwing a VALIDATION error that names each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(fieldErrors(result.error));
  return result.data;
}
