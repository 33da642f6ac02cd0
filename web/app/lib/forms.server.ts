import { fieldErrors } from "@candor/domain";
import { data } from "@remix-run/node";
import type { z } from "zod";
import type { ApiError } from "./api.server";

/**
 * Reads a POSTed form after a CSRF check: a browser sends `Origin` on cross-site POSTs, and a
 * present `Origin` that is not the portal's own is refused. Every action goes through this.
 */
export async function readForm(request: Request): Promise<FormData> {
  const origin = request.headers.get("Origin");
  if (origin !== null && origin !== new URL(request.url).origin) {
    throw data({ message: "This form was submitted from another site and was refused." }, { status: 403 });
  }
  try {
    return await request.formData();
  } catch {
    // No body, or not a form (e.g. a bare POST): treat as an empty form.
    return new FormData();
  }
}

/** A form field as a string ("" when missing or a file). */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** A field that may be left empty: null when blank. */
export function optionalText(form: FormData, name: string): string | null {
  const value = text(form, name).trim();
  return value === "" ? null : value;
}

/** What an action returns when something went wrong: a form-level message and per-field messages. */
export type FormFailure = {
  ok: false;
  formError: string | null;
  fieldErrors: Record<string, string>;
  values?: Record<string, string>;
};

export type FormSuccess = { ok: true; notice: string };

export function invalid(
  error: z.ZodError,
  values?: Record<string, string>,
  formError = "Please correct the highlighted fields.",
) {
  return data<FormFailure>({ ok: false, formError, fieldErrors: fieldErrors(error), values }, { status: 400 });
}

const STATUS_BY_CODE: Record<ApiError["code"], number> = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNREACHABLE: 503,
};

/** The HTTP status an action answers with for an API error code. */
export function statusOf(code: ApiError["code"]): number {
  return STATUS_BY_CODE[code];
}

/** Turns an API error into the action's answer: field errors next to inputs, a message on top. */
export function failed(error: ApiError, values?: Record<string, string>) {
  const hasFields = Object.keys(error.fields).length > 0;
  // The API's VALIDATION message repeats the field messages, which are shown next to their inputs.
  const formError = error.code === "VALIDATION" && hasFields ? "Please correct the highlighted fields." : error.message;
  return data<FormFailure>(
    { ok: false, formError, fieldErrors: error.fields, values },
    { status: STATUS_BY_CODE[error.code] },
  );
}

export function formFailure(message: string, fields: Record<string, string> = {}, status = 400) {
  return data<FormFailure>({ ok: false, formError: message, fieldErrors: fields }, { status });
}

/** Field errors found by the portal itself (checks that need no schema), with the values to show again. */
export function invalidFields(
  fields: Record<string, string>,
  values?: Record<string, string>,
  formError = "Please correct the highlighted fields.",
) {
  return data<FormFailure>({ ok: false, formError, fieldErrors: fields, values }, { status: 400 });
}
