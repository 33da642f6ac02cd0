import type { Role } from "@candor/db";
import type { GraphQLResolveInfo } from "graphql";
import type { Context, SignedInContext } from "./context.ts";
import { forbidden, unauthenticated } from "./errors.ts";

/**
 * Deny by default: every Query and Mutation field is built with one of these wrappers, which
 * states who may call it. A test fails when a root field has no declared policy.
 */
export type PolicyName = "public" | "signedIn" | `role:${string}`;
const POLICY = Symbol.for("candor.policy");

type RootResolver = ((root: unknown, args: never, ctx: Context, info: GraphQLResolveInfo) => unknown) & {
  [POLICY]?: PolicyName;
};

function tagged<F extends object>(policy: PolicyName, fn: F): F {
  Object.defineProperty(fn, POLICY, { value: policy });
  return fn;
}

export function policyOf(fn: unknown): PolicyName | undefined {
  return typeof fn === "function" ? (fn as RootResolver)[POLICY] : undefined;
}

/** Anyone, signed in or not. Use only for sign-in flows and public pages. */
export function allowPublic<A, R>(resolve: (args: A, ctx: Context) => R) {
  return tagged("public", (_root: unknown, args: A, ctx: Context) => resolve(args, ctx));
}

export function requireViewer(ctx: Context): SignedInContext {
  if (!ctx.viewer) throw unauthenticated();
  return ctx as SignedInContext;
}

/** Any signed-in person; the resolver must still scope every query by that person. */
export function allowSignedIn<A, R>(resolve: (args: A, ctx: SignedInContext) => R) {
  return tagged("signedIn", (_root: unknown, args: A, ctx: Context) => resolve(args, requireViewer(ctx)));
}

/** Staff of the organisation named by the arguments, with one of the given roles. */
export function allowRoles<A, R>(
  roles: readonly Role[],
  organizationIdOf: (args: A) => string,
  resolve: (args: A, ctx: SignedInContext, role: Role) => R,
) {
  return tagged(`role:${roles.join(",")}`, async (_root: unknown, args: A, ctx: Context) => {
    const signedIn = requireViewer(ctx);
    const role = await roleIn(signedIn, organizationIdOf(args), roles);
    return resolve(args, signedIn, role);
  });
}

export async function roleIn(ctx: SignedInContext, organizationId: string, roles: readonly Role[]): Promise<Role> {
  const role = (await ctx.memberships()).get(organizationId);
  if (!role || !roles.includes(role)) {
    // Same answer whether the organisation exists or not: nothing leaks about other tenants.
    throw forbidden("You do not have access to this organisation, or your role does not allow this.");
  }
  return role;
}

/** Ids of the organisations where the viewer holds one of the roles: the scope of owner-scoped queries. */
export async function organizationsWhere(ctx: SignedInContext, roles: readonly Role[]): Promise<string[]> {
  return [...(await ctx.memberships())].filter(([, role]) => roles.includes(role)).map(([id]) => id);
}

/** Where the organisation named by a query's or mutation's arguments is found. */
export const byOrganization = (args: { organizationId: string }) => args.organizationId;
export const byInputOrganization = (args: { input: { organizationId: string } }) => args.input.organizationId;

export const ALL_STAFF: readonly Role[] = ["ADMIN", "RECRUITER", "INTERVIEWER"];
export const MANAGERS: readonly Role[] = ["ADMIN", "RECRUITER"];
export const ADMINS: readonly Role[] = ["ADMIN"];
