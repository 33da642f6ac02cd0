import { signUpInput } from "@candor/domain";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Field, FormError, formState, SelectField, SubmitButton } from "~/components/forms";
import { gql, optionalViewer } from "~/lib/api.server";
import { failed, invalid, optionalText, readForm, text } from "~/lib/forms.server";
import { SignUpMutation } from "~/lib/operations";
import { signInAndRedirect } from "~/lib/session.server";

export const meta: MetaFunction = () => [{ title: "Create a company account — Candor" }];

function timeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await optionalViewer(request, context);
  if (viewer) throw redirect("/home");
  return { timeZones: timeZones() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const values = {
    name: text(form, "name"),
    email: text(form, "email"),
    organizationName: text(form, "organizationName"),
    organizationSlug: text(form, "organizationSlug"),
    timeZone: text(form, "timeZone") || "UTC",
  };
  const parsed = signUpInput.safeParse({
    name: values.name,
    email: values.email,
    password: text(form, "password"),
    organizationName: values.organizationName,
    organizationSlug: optionalText(form, "organizationSlug"),
    timeZone: optionalText(form, "timeZone") ?? "UTC",
  });
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await gql(request, context, SignUpMutation, { input: parsed.data });
  if (result.error) return failed(result.error, values);
  return signInAndRedirect(request, result.data.signUp, "/home");
}

export default function SignUp() {
  const { timeZones } = useLoaderData<typeof loader>();
  const { formError, fieldErrors, values } = formState(useActionData<typeof action>());
  return (
    <section className="narrow">
      <h1 id="page-title">Create a company account</h1>
      <p className="lead">You will be the first admin of your company on Candor and can invite your team next.</p>
      <FormError message={formError} />
      <Form method="post" className="stack" noValidate>
        <fieldset>
          <legend>About you</legend>
          <Field
            name="name"
            label="Your name"
            autoComplete="name"
            required
            defaultValue={values.name}
            error={fieldErrors.name}
          />
          <Field
            name="email"
            label="Work email"
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
            autoComplete="new-password"
            required
            minLength={12}
            hint="At least 12 characters. A short sentence is easy to remember and hard to guess."
            error={fieldErrors.password}
          />
        </fieldset>
        <fieldset>
          <legend>Your company</legend>
          <Field
            name="organizationName"
            label="Company name"
            autoComplete="organization"
            required
            defaultValue={values.organizationName}
            error={fieldErrors.organizationName}
          />
          <Field
            name="organizationSlug"
            label="URL slug (optional)"
            hint="Used in your public promise page address, e.g. acme for /c/acme. Leave empty to derive it from the company name."
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={values.organizationSlug}
            error={fieldErrors.organizationSlug}
          />
          <SelectField
            name="timeZone"
            label="Time zone"
            hint="Feedback deadlines count business days in this time zone."
            defaultValue={values.timeZone ?? "UTC"}
            error={fieldErrors.timeZone}
          >
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, " ")}
              </option>
            ))}
          </SelectField>
        </fieldset>
        <SubmitButton pendingText="Creating account…">Create account</SubmitButton>
      </Form>
      <p>
        Already on Candor? <Link to="/signin">Sign in</Link>.
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
