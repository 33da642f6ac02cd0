import { acceptInvitationInput, newPasswordSchema, personNameSchema } from "@candor/domain";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Field, FormError, formState, SubmitButton } from "~/components/forms";
import { When } from "~/components/ui";
import { errorResponse, gql } from "~/lib/api.server";
import { roleLabel, roleWithArticle } from "~/lib/format";
import { failed, invalid, optionalText, readForm, text } from "~/lib/forms.server";
import { AcceptInvitationMutation, InvitationPreviewQuery } from "~/lib/operations";
import { signInAndRedirect } from "~/lib/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data?.preview ? `Join ${data.preview.organizationName} — Candor` : "Invitation not valid — Candor",
  },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const result = await gql(request, context, InvitationPreviewQuery, { token });
  if (result.error) {
    // A malformed token is as good as an unknown one.
    if (result.error.code === "VALIDATION" || result.error.code === "BAD_REQUEST") {
      return data({ preview: null }, { status: 404 });
    }
    errorResponse(result.error);
  }
  const preview = result.data.invitationPreview;
  if (!preview) return data({ preview: null }, { status: 404 });
  return { preview };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const values = { name: text(form, "name") };
  const parsed = acceptInvitationInput.safeParse({
    token: params.token ?? "",
    name: optionalText(form, "name"),
    password: text(form, "password"),
  });
  if (!parsed.success) return invalid(parsed.error, values);
  if (text(form, "account") === "new") {
    // A new account chooses its password and gives its name: check that here as the API will.
    const fresh = acceptInvitationInput
      .extend({ name: personNameSchema, password: newPasswordSchema })
      .safeParse(parsed.data);
    if (!fresh.success) return invalid(fresh.error, values);
  }
  const result = await gql(request, context, AcceptInvitationMutation, { input: parsed.data });
  if (result.error) return failed(result.error, values);
  return signInAndRedirect(request, result.data.acceptInvitation, "/home");
}

export default function AcceptInvitation() {
  const { preview } = useLoaderData<typeof loader>();
  const { formError, fieldErrors, values } = formState(useActionData<typeof action>());
  if (!preview) {
    return (
      <section className="narrow">
        <h1 id="page-title">This invitation cannot be used</h1>
        <p>This invitation link is invalid, used or expired; ask the person who invited you for a new one.</p>
        <p>
          Already have an account? <Link to="/signin">Sign in</Link>.
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1 id="page-title">Join {preview.organizationName} on Candor</h1>
      <dl className="summary">
        <div>
          <dt>Organisation</dt>
          <dd>{preview.organizationName}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{roleLabel(preview.role)}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{preview.email}</dd>
        </div>
        <div>
          <dt>Invitation expires</dt>
          <dd>
            <When iso={preview.expiresAt} />
          </dd>
        </div>
      </dl>
      <p>
        You have been invited to join {preview.organizationName} as {roleWithArticle(preview.role)}.{" "}
        {preview.hasAccount
          ? "You already have a Candor account with this email: enter its password to accept."
          : "Choose your name and a password to create your account."}
      </p>
      <FormError message={formError ?? fieldErrors.token ?? null} />
      <Form method="post" className="stack" noValidate>
        {preview.hasAccount ? null : (
          <Field
            name="name"
            label="Your name"
            autoComplete="name"
            required
            defaultValue={values.name}
            error={fieldErrors.name}
          />
        )}
        {preview.hasAccount ? (
          <Field
            name="password"
            label="Enter your existing Candor password"
            type="password"
            autoComplete="current-password"
            required
            error={fieldErrors.password}
          />
        ) : (
          <Field
            name="password"
            label="Choose a password"
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            hint="At least 12 characters."
            error={fieldErrors.password}
          />
        )}
        <input type="hidden" name="account" value={preview.hasAccount ? "existing" : "new"} />
        <SubmitButton pendingText="Accepting…">Accept invitation</SubmitButton>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
