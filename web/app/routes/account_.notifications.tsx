import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { FormError, formState, Notice, SubmitButton } from "~/components/forms";
import { gql, gqlOrThrow, redirectIfSignedOut, requireViewer } from "~/lib/api.server";
import { failed, readForm, text } from "~/lib/forms.server";
import {
  type NotificationPreference,
  NotificationPreferencesQuery,
  SetNotificationPreferenceMutation,
} from "~/lib/notifications";

export const meta: MetaFunction = () => [{ title: "Email notifications — Candor" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request, context);
  const { notificationPreferences } = await gqlOrThrow(request, context, NotificationPreferencesQuery);
  const isStaff = viewer.memberships.length > 0;
  const isCandidate = viewer.candidacies.length > 0;
  // Show the kinds that concern this person; someone with no role yet sees them all.
  const relevant = notificationPreferences.filter(
    (p) => (!isStaff && !isCandidate) || (p.audience === "STAFF" ? isStaff : isCandidate),
  );
  return { preferences: relevant };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const kind = text(form, "kind");
  const email = text(form, "email") === "on";
  const result = await gql(request, context, SetNotificationPreferenceMutation, { input: { kind, email } });
  if (result.error) {
    await redirectIfSignedOut(request, context, result.error);
    return failed(result.error);
  }
  const label = result.data.setNotificationPreference.find((p) => p.kind === kind)?.label ?? kind;
  return { ok: true as const, notice: `${label}: email ${email ? "on" : "off"}.` };
}

function PreferenceRow({ preference }: { preference: NotificationPreference }) {
  const id = `email-${preference.kind}`;
  if (!preference.optional) {
    return (
      <li className="preference">
        <strong>{preference.label}</strong> — always emailed
        <p className="muted">
          {preference.description} Deadline reminders are part of the role and cannot be turned off.
        </p>
      </li>
    );
  }
  return (
    <li className="preference">
      <Form method="post" className="inline-form">
        <input type="hidden" name="kind" value={preference.kind} />
        <label htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            name="email"
            defaultChecked={preference.email}
            key={String(preference.email)}
          />{" "}
          <strong>{preference.label}</strong> by email
        </label>{" "}
        <SubmitButton variant="secondary" pendingText="Saving…" intent={preference.kind}>
          Save
        </SubmitButton>
        <input type="hidden" name="intent" value={preference.kind} />
      </Form>
      <p className="muted">{preference.description}</p>
    </li>
  );
}

export default function NotificationSettings() {
  const { preferences } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { formError, notice } = formState(actionData);
  return (
    <section className="narrow">
      <h1 id="page-title">Email notifications</h1>
      <p>Everything appears under Notifications in Candor. Choose what also reaches you by email.</p>
      <Notice message={notice} />
      <FormError message={formError} />
      <ul className="preference-list" aria-labelledby="page-title">
        {preferences.map((preference) => (
          <PreferenceRow key={preference.kind} preference={preference} />
        ))}
      </ul>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
