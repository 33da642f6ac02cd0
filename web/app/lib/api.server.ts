import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import { apiUrl } from "./env.server";
import type { TypedDocument } from "./operations";
import { type Viewer, ViewerQuery } from "./operations";
import { getToken, redirectToSignIn } from "./session.server";

export type ApiErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "BAD_REQUEST"
  | "INTERNAL"
  /** The portal could not reach the API at all. */
  | "UNREACHABLE";

export type ApiError = {
  message: string;
  code: ApiErrorCode;
  /** Input field name → message, for VALIDATION errors. */
  fields: Record<string, string>;
};

export type GqlResult<T> = { data: T; error?: undefined } | { data?: undefined; error: ApiError };

/** Operations without variables take none; all-optional variables may be left out. */
type VariablesArg<V> = [V] extends [undefined]
  ? [variables?: undefined]
  : Partial<V> extends V
    ? [variables?: V]
    : [variables: V];

export const API_UNREACHABLE_MESSAGE = "Candor's API is not reachable right now. Please try again in a moment.";

const KNOWN_CODES = new Set<string>([
  "VALIDATION",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "BAD_REQUEST",
  "INTERNAL",
]);

type RawGraphQLError = { message?: unknown; extensions?: { code?: unknown; fields?: unknown } };

function toApiError(raw: RawGraphQLError | undefined): ApiError {
  const code =
    typeof raw?.extensions?.code === "string" && KNOWN_CODES.has(raw.extensions.code)
      ? (raw.extensions.code as ApiErrorCode)
      : "INTERNAL";
  const fields: Record<string, string> = {};
  const rawFields = raw?.extensions?.fields;
  if (rawFields && typeof rawFields === "object") {
    for (const [key, value] of Object.entries(rawFields)) {
      if (typeof value === "string") fields[key.replace(/^input\./, "")] = value;
      else if (Array.isArray(value) && typeof value[0] === "string") fields[key.replace(/^input\./, "")] = value[0];
    }
  }
  const message =
    typeof raw?.message === "string" && raw.message.length > 0
      ? raw.message
      : "Something went wrong on our side. Please try again.";
  return { message, code, fields };
}

function contextString(context: AppLoadContext | undefined, key: string): string | undefined {
  const value = context?.[key];
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/**
 * Sends one GraphQL operation to the API on behalf of the visitor: their portal session's token as a
 * bearer token, their IP and user agent so that rate limits and the audit log see the real client.
 * Never throws for API or network failures: the result carries either data or one error.
 */
export async function gql<T, V>(
  request: Request,
  context: AppLoadContext | undefined,
  document: TypedDocument<T, V>,
  ...rest: VariablesArg<NoInfer<V>>
): Promise<GqlResult<T>> {
  const [variables] = rest;
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    Accept: "application/json",
  };
  const token = await getToken(request);
  if (token) headers.Authorization = `Bearer ${token}`;
  const clientIp = contextString(context, "clientIp");
  if (clientIp) headers["X-Forwarded-For"] = clientIp;
  const userAgent = contextString(context, "userAgent") ?? request.headers.get("User-Agent") ?? undefined;
  if (userAgent) headers["User-Agent"] = userAgent;

  let response: Response;
  try {
    response = await fetch(apiUrl(), {
      method: "POST",
      headers,
      body: JSON.stringify({ query: document.source, variables: variables ?? {} }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (cause) {
    console.error(`Candor API request to ${apiUrl()} failed:`, cause instanceof Error ? cause.message : cause);
    return { error: { message: API_UNREACHABLE_MESSAGE, code: "UNREACHABLE", fields: {} } };
  }

  let body: { data?: T | null; errors?: RawGraphQLError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    if (response.status === 429) {
      return {
        error: { message: "Too many attempts. Please wait a minute and try again.", code: "RATE_LIMITED", fields: {} },
      };
    }
    console.error(`Candor API answered ${response.status} without a GraphQL body.`);
    return { error: { message: API_UNREACHABLE_MESSAGE, code: "UNREACHABLE", fields: {} } };
  }

  if (body.errors && body.errors.length > 0) {
    // A VALIDATION error may come as several errors: merge their fields.
    const first = toApiError(body.errors[0]);
    for (const other of body.errors.slice(1)) {
      const next = toApiError(other);
      if (next.code === first.code) Object.assign(first.fields, { ...next.fields, ...first.fields });
    }
    return { error: first };
  }
  if (body.data === undefined || body.data === null) {
    return { error: { message: "The API returned no data.", code: "INTERNAL", fields: {} } };
  }
  return { data: body.data };
}

/** A thrown Response for the route ErrorBoundary, for errors a page cannot recover from. */
export function errorResponse(error: ApiError): never {
  switch (error.code) {
    case "FORBIDDEN":
      throw data({ message: error.message, code: error.code }, { status: 403 });
    case "NOT_FOUND":
      throw data({ message: error.message, code: error.code }, { status: 404 });
    case "UNREACHABLE":
      throw data({ message: API_UNREACHABLE_MESSAGE, code: error.code }, { status: 503 });
    case "RATE_LIMITED":
      throw data({ message: error.message, code: error.code }, { status: 429 });
    case "VALIDATION":
    case "BAD_REQUEST":
      throw data({ message: error.message, code: error.code }, { status: 400 });
    default:
      throw data({ message: error.message, code: error.code }, { status: 500 });
  }
}

/**
 * For loaders: data, or a thrown redirect to sign in (UNAUTHENTICATED, session destroyed), or a
 * thrown 403/404/503 Response for the ErrorBoundary.
 */
export async function gqlOrThrow<T, V>(
  request: Request,
  context: AppLoadContext | undefined,
  document: TypedDocument<T, V>,
  ...rest: VariablesArg<NoInfer<V>>
): Promise<T> {
  const result = await gql(request, context, document, ...rest);
  if (result.error) {
    if (result.error.code === "UNAUTHENTICATED") return redirectToSignIn(request);
    errorResponse(result.error);
  }
  return result.data;
}

/** The signed-in viewer, or a redirect to sign in. */
export async function requireViewer(request: Request, context: AppLoadContext | undefined): Promise<Viewer> {
  if (!(await getToken(request))) return redirectToSignIn(request);
  const { viewer } = await gqlOrThrow(request, context, ViewerQuery);
  if (!viewer) return redirectToSignIn(request);
  return viewer;
}

/** The signed-in viewer or null; never throws (a page that works signed out uses this). */
export async function optionalViewer(
  request: Request,
  context: AppLoadContext | undefined,
): Promise<{ viewer: Viewer | null; apiReachable: boolean }> {
  if (!(await getToken(request))) return { viewer: null, apiReachable: true };
  const result = await gql(request, context, ViewerQuery);
  if (result.error) return { viewer: null, apiReachable: result.error.code !== "UNREACHABLE" };
  return { viewer: result.data.viewer, apiReachable: true };
}

/**
 * For actions of signed-in pages: an UNAUTHENTICATED answer means the session ended (sign in again),
 * unless the viewer is still signed in (then it is about the input, e.g. a wrong current password).
 */
export async function redirectIfSignedOut(
  request: Request,
  context: AppLoadContext | undefined,
  error: ApiError,
): Promise<void> {
  if (error.code !== "UNAUTHENTICATED") return;
  const { viewer, apiReachable } = await optionalViewer(request, context);
  if (!viewer && apiReachable) await redirectToSignIn(request);
}
