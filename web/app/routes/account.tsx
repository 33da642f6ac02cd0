import { changePasswordInput } from "@candor/domain";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Field, FormError, formState, Notice, SubmitButton } from "~/components/forms";
import { When } from "~/components/ui";
import { gql, redirectIfSignedOut, requireViewer } from "~/lib/api.server";
import { failed, formFailure, invalid, readForm, text } from "~/lib/forms.server";
import { ChangePasswordMutation } from "~/lib/operations";

export const meta: MetaFunction = () => [{ title: "Account — Candor" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request, context);
  return { user: viewer.user, sessionExpiresAt: viewer.sessionExpiresAt };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const parsed = changePasswordInput.safeParse({
    currentPassword: text(form, "currentPassword"),
    newPassword: text(form, "newPassword"),
    // An unticked checkbox is simply absent from the form.
    signOutOtherSessions: form.get("signOutOtherSessions") === "on",
  });
  if (!parsed.success) return invalid(parsed.error);
  if (text(form, "confirmPassword") !== parsed.data.newPassword) {
    return formFailure("Please correct the highlighted fields.", {
      confirmPassword: "The two new passwords do not match. Type the same password twice.",
    });
  }
  const result = await gql(request, context, ChangePasswordMutation, { input: parsed.data });
  if (result.error) {
    await redirectIfSignedOut(request, context, result.error);
    // Still signed in: an UNAUTHENTICATED answer is about the current password.
    if (result.error.code === "UNAUTHENTICATED" && !result.error.fields.currentPassword) {
      return formFailure(result.error.message, { currentPassword: result.error.message }, 400);
    }
    return failed(result.error);
  }
  return {
    ok: true as const,
    notice: parsed.data.signOutOtherSessions
      ? "Password changed. Your other sessions were signed out."
      : "Password changed.",
    at: Date.now(),
  };
}

export default function Account() {
  const { user, sessionExpiresAt } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { formError, fieldErrors, notice } = formState(actionData);
  return (
    <section className="narrow">
      <h1 id="page-title">Account</h1>
      <dl className="summary">
        <div>
          <dt>Name</dt>
          <dd>{user.name}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>This session ends</dt>
          <dd>
            <When iso={sessionExpiresAt} />
          </dd>
        </div>
      </dl>
      <h2 id="password-title">Change password</h2>
      <Notice message={notice} />
      <FormError message={formError} />
      <Form
        method="post"
        className="stack"
        noValidate
        key={actionData && "at" in actionData ? String(actionData.at) : "password"}
      >
        <Field
          name="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          error={fieldErrors.currentPassword}
        />
        <Field
          name="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          hint="At least 12 characters."
          error={fieldErrors.newPassword}
        />
        <Field
          name="confirmPassword"
          label="Confirm password"
          type="password"
          autoComplete="new-password"
          required
          error={fieldErrors.confirmPassword}
        />
        <div className="checkbox">
          <input type="checkbox" id="signOutOtherSessions" name="signOutOtherSessions" defaultChecked />
          <label htmlFor="signOutOtherSessions">Sign out my other sessions</label>
        </div>
        <SubmitButton pendingText="Changing password…">Change password</SubmitButton>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
