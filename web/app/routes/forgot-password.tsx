import { emailSchema, fieldErrors as toFieldErrors } from "@candor/domain";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { Field, FormError, formState, Notice, SubmitButton } from "~/components/forms";
import { gql } from "~/lib/api.server";
import { failed, readForm, text } from "~/lib/forms.server";
import { RequestPasswordResetMutation } from "~/lib/operations";

export const meta: MetaFunction = () => [{ title: "Forgot password — Candor" }];

const SENT = "If an account exists for that email, we have sent a reset link. It expires in 1 hour.";

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const values = { email: text(form, "email") };
  const parsed = z.object({ email: emailSchema }).safeParse(values);
  if (!parsed.success) {
    return data(
      { ok: false as const, formError: null, fieldErrors: toFieldErrors(parsed.error), values },
      { status: 400 },
    );
  }
  const result = await gql(request, context, RequestPasswordResetMutation, { email: parsed.data.email });
  // Only failures that are not about the account are shown (rate limit, API down): nothing is revealed.
  if (result.error && result.error.code !== "NOT_FOUND") return failed(result.error, values);
  return { ok: true as const, notice: SENT };
}

export default function ForgotPassword() {
  const { formError, fieldErrors, values, notice } = formState(useActionData<typeof action>());
  return (
    <section className="narrow">
      <h1 id="page-title">Reset your password</h1>
      <Notice message={notice} />
      <FormError message={formError} />
      {notice ? (
        <p>
          Check your inbox, then follow the link in the email. <Link to="/signin">Back to sign in</Link>.
        </p>
      ) : (
        <>
          <p>Enter the email you sign in with and we will send you a link to choose a new password.</p>
          <Form method="post" className="stack" noValidate>
            <Field
              name="email"
              label="Email"
              type="email"
              autoComplete="email"
              required
              defaultValue={values.email}
              error={fieldErrors.email}
            />
            <SubmitButton pendingText="Sending…">Send reset link</SubmitButton>
          </Form>
          <p>
            <Link to="/signin">Back to sign in</Link>
          </p>
        </>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
