import { signInInput } from "@candor/domain";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Field, FormError, formState, Notice, SubmitButton } from "~/components/forms";
import { gql, optionalViewer } from "~/lib/api.server";
import { failed, invalid, readForm, text } from "~/lib/forms.server";
import { SignInMutation } from "~/lib/operations";
import { safeRedirectTo, signInAndRedirect } from "~/lib/session.server";

export const meta: MetaFunction = () => [{ title: "Sign in — Candor" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirectTo(url.searchParams.get("redirectTo"));
  const { viewer } = await optionalViewer(request, context);
  if (viewer) throw redirect(redirectTo);
  return {
    redirectTo,
    notice: url.searchParams.get("reset") === "1" ? "Password changed. Sign in with your new password." : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const redirectTo = safeRedirectTo(text(form, "redirectTo"));
  const values = { email: text(form, "email") };
  const parsed = signInInput.safeParse({ email: text(form, "email"), password: text(form, "password") });
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await gql(request, context, SignInMutation, { input: parsed.data });
  if (result.error) return failed(result.error, values);
  return signInAndRedirect(request, result.data.signIn, redirectTo);
}

export default function SignIn() {
  const { redirectTo, notice } = useLoaderData<typeof loader>();
  const { formError, fieldErrors, values } = formState(useActionData<typeof action>());
  return (
    <section className="narrow">
      <h1 id="page-title">Sign in</h1>
      <Notice message={notice} />
      <FormError message={formError} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          defaultValue={values.email}
          error={fieldErrors.email}
        />
        <Field
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          error={fieldErrors.password}
        />
        <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      </Form>
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New to Candor? <Link to="/signup">Create a company account</Link>. Invited by a company? Use the link in your
        invitation email.
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
