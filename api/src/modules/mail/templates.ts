/** Email templates: each returns a subject, a plain-text part and an HTML part. */

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function layout(title: string, paragraphs: string[], action: { label: string; url: string }, footer: string) {
  const text = [...paragraphs, "", `${action.label}: ${action.url}`, "", footer].join("\n");
  const html = `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;color:#1a1a2e;max-width:560px;margin:auto;padding:24px">
<h1 style="font-size:20px">${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#3b3b98;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="font-size:13px;color:#555">Or open this link: ${escapeHtml(action.url)}</p>
<p style="font-size:13px;color:#555">${escapeHtml(footer)}</p>
</body></html>`;
  return { text, html };
}

const ROLE_WORDS: Record<string, string> = {
  ADMIN: "an admin",
  RECRUITER: "a recruiter",
  INTERVIEWER: "an interviewer",
  CANDIDATE: "a candidate",
};

export function invitationEmail(input: {
  organizationName: string;
  inviterName: string | null;
  role: string;
  url: string;
  expiresAt: Date;
}) {
  const candidate = input.role === "CANDIDATE";
  const subject = candidate
    ? `${input.organizationName} invites you to follow your application on Candor`
    : `Join ${input.organizationName} on Candor`;
  const who = input.inviterName ? `${input.inviterName} at ${input.organizationName}` : input.organizationName;
  const paragraphs = candidate
    ? [
        `${who} uses Candor to keep candidates informed.`,
        "Create your account to see where you stand, when to expect feedback, and to read the feedback released to you.",
      ]
    : [`${who} invited you to join as ${ROLE_WORDS[input.role] ?? "a member"}.`];
  return {
    subject,
    ...layout(
      subject,
      paragraphs,
      { label: "Accept the invitation", url: input.url },
      `This link works once and expires on ${input.expiresAt.toUTCString()}. If you did not expect it, ignore this email.`,
    ),
  };
}

export function passwordResetEmail(input: { name: string; url: string }) {
  const subject = "Reset your Candor password";
  return {
    subject,
    ...layout(
      subject,
      [`Hello ${input.name},`, "Someone (hopefully you) asked to reset the password of your Candor account."],
      { label: "Choose a new password", url: input.url },
      "This link works once and expires in one hour. If you did not ask for it, ignore this email: your password stays as it is.",
    ),
  };
}

/**
 * A notification as an email: what happened, a link into the portal, and why it was sent. Optional
 * kinds carry an unsubscribe link; deadline reminders say why they cannot be turned off.
 */
export function notificationEmail(input: {
  name: string;
  title: string;
  body: string;
  action: { label: string; url: string };
  preferencesUrl: string;
  unsubscribeUrl: string | null;
  optional: boolean;
}) {
  const why = input.optional
    ? "You receive this email because of your Candor notification settings."
    : "Deadline reminders are part of your role and cannot be turned off.";
  const unsubscribe = input.unsubscribeUrl
    ? { label: "Unsubscribe from emails like this", url: input.unsubscribeUrl }
    : input.optional
      ? { label: "Choose which emails you receive", url: input.preferencesUrl }
      : null;
  const { text, html } = layout(input.title, [`Hello ${input.name},`, input.body], input.action, why);
  if (!unsubscribe) return { subject: input.title, text, html };
  return {
    subject: input.title,
    text: `${text}\n${unsubscribe.label}: ${unsubscribe.url}`,
    html: html.replace(
      "</body></html>",
      `<p style="font-size:13px;color:#555"><a href="${escapeHtml(unsubscribe.url)}">${escapeHtml(unsubscribe.label)}</a></p>\n</body></html>`,
    ),
  };
}
