import { z } from "zod";

/** Validation shared by the API and the portal, with messages a person can act on. */

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long (254 characters at most).")
  .pipe(z.email({ error: "Enter an email address like name@example.com." }));

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(12, "Use at least 12 characters for your password.")
  .max(200, "Use at most 200 characters for your password.");

/** A password being checked rather than chosen: only its presence and an upper bound matter. */
export const existingPasswordSchema = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(200, "That password is too long.");

export const personNameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters for a name.");

export const organizationNameSchema = z
  .string({ error: "Enter your company's name." })
  .trim()
  .min(2, "Enter your company's name (at least 2 characters).")
  .max(100, "Use at most 100 characters for the company name.");

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/,
    "Use 3 to 40 lower-case letters, digits or dashes, starting and ending with a letter or digit.",
  );

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isTimeZone, "Choose a time zone from the list, such as Europe/Berlin or America/New_York.");

export const tokenSchema = z
  .string({ error: "This link is missing its token." })
  .trim()
  .min(16, "This link is incomplete. Open the full link from the email.")
  .max(200, "This link is not valid.");

/** Turns a company name into a URL slug: "Acme & Co." → "acme-co". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return slug.length >= 3 ? slug : `${slug || "org"}-co`.slice(0, 40);
}

export const signUpInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  organizationName: organizationNameSchema,
  organizationSlug: slugSchema.nullish(),
  timeZone: timeZoneSchema.nullish(),
});

export const signInInput = z.object({
  email: emailSchema,
  password: existingPasswordSchema,
});

export const resetPasswordInput = z.object({
  token: tokenSchema,
  password: newPasswordSchema,
});

export const changePasswordInput = z.object({
  currentPassword: existingPasswordSchema,
  newPassword: newPasswordSchema,
  signOutOtherSessions: z.boolean().nullish(),
});

export const STAFF_ROLES = ["ADMIN", "RECRUITER", "INTERVIEWER"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const INVITATION_ROLES = [...STAFF_ROLES, "CANDIDATE"] as const;
export type InvitationRole = (typeof INVITATION_ROLES)[number];

export const inviteMemberInput = z.object({
  organizationId: z.string().min(1, "Choose an organisation."),
  email: emailSchema,
  role: z.enum(INVITATION_ROLES, { error: "Choose a role: admin, recruiter, interviewer or candidate." }),
  name: personNameSchema.nullish(),
});

/** What accepting an invitation needs when the email has no account yet. */
export const newAccountInput = z.object({
  name: personNameSchema,
  password: newPasswordSchema,
});

export const acceptInvitationInput = z.object({
  token: tokenSchema,
  name: personNameSchema.nullish(),
  password: existingPasswordSchema,
});

/** Admins invite anyone; recruiters invite candidates only; interviewers invite no one. */
export function canInvite(actor: StaffRole, invitee: InvitationRole): boolean {
  if (actor === "ADMIN") return true;
  if (actor === "RECRUITER") return invitee === "CANDIDATE";
  return false;
}

/** Flattens a zod error into one message per input field, the first one found. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "input";
    fields[key] ??= issue.message;
  }
  return fields;
}
