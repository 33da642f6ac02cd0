import { resetPasswordInput } from "@candor/domain";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Field, FormError, formState, SubmitButton } from "~/components/forms";
import { gql } from "~/lib/api.server";
import { failed, formFailure, invalid, readForm, text } from "~/lib/forms.server";
import { ResetPasswordMutation } from "~/lib/operations";
import { destroySessionHeaders } from "~/lib/session.server";

export const meta: MetaFunction = () => [{ title: "Choose a new password — Candor" }];

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const parsed = resetPasswordInput.safeParse({ token: params.token ?? "", password: text(form, "password") });
  if (!parsed.success) return invalid(parsed.error);
  if (text(form, "confirmPassword") !== parsed.data.password) {
    return formFailure("Please correct the highlighted fields.", {
      confirmPassword: "The two passwords do not match. Type the same password twice.",
    });
  }
  const result = await gql(request, context, ResetPasswordMutation, { input: parsed.data });
  if (result.error) {
    if (result.error.code === "NOT_FOUND" || result.error.fields.token) {
      return formFailure(
        result.error.fields.token ??
          "This reset link is invalid, used or expired. Request a new one from the sign-in page.",
      );
    }
    return failed(result.error);
  }
  // Every session of the account ended: drop this browser's too.
  throw redirect("/signin?reset=1", { headers: await destroySessionHeaders(request) });
}

export default function ResetPassword() {
  const { formError, fieldErrors } = formState(useActionData<typeof action>());
  return (
    <section className="narrow">
      <h1 id="page-title">Choose a new password</h1>
      <FormError message={fieldErrors.token ?? formError} />
      <Form method="post" className="stack" noValidate>
        <Field
          name="password"
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          hint="At least 12 characters."
          error={fieldErrors.password}
        />
        <Field
          name="confirmPassword"
          label="Confirm password"
          type="password"
          autoComplete="new-password"
          required
          error={fieldErrors.confirmPassword}
        />
        <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
      </Form>
      <p>
        Link expired? <Link to="/forgot-password">Request a new one</Link>.
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
