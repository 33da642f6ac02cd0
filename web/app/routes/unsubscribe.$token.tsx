import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { FormError, SubmitButton } from "~/components/forms";
import { errorResponse, gql } from "~/lib/api.server";
import { readForm } from "~/lib/forms.server";
import { UnsubscribeLinkQuery, UnsubscribeMutation } from "~/lib/notifications";

export const meta: MetaFunction = () => [{ title: "Unsubscribe — Candor" }, { name: "robots", content: "noindex" }];

/** Opening the link only shows what it would turn off: mail scanners follow links, so the change is a POST. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const result = await gql(request, context, UnsubscribeLinkQuery, { token: params.token ?? "" });
  if (result.error) errorResponse(result.error);
  return result.data.unsubscribeLink;
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  await readForm(request);
  const result = await gql(request, context, UnsubscribeMutation, { token: params.token ?? "" });
  if (result.error) return { ok: false as const, formError: result.error.message };
  return { ok: true as const, link: result.data.unsubscribe };
}

export default function Unsubscribe() {
  const link = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const done = link.unsubscribed || actionData?.ok === true;
  return (
    <section className="narrow">
      <h1 id="page-title">{done ? "You are unsubscribed" : "Unsubscribe"}</h1>
      {done ? (
        <p role="status">
          {link.address} will no longer receive “{link.label}” emails. They still appear in Candor when you sign in.
        </p>
      ) : (
        <>
          <p>
            Stop “{link.label}” emails to {link.address}? They will still appear in Candor when you sign in.
          </p>
          <FormError message={actionData?.ok === false ? actionData.formError : null} />
          <Form method="post">
            <SubmitButton pendingText="Unsubscribing…">Unsubscribe</SubmitButton>
          </Form>
        </>
      )}
      <p>
        <Link to="/account/notifications">Choose all your email notifications</Link> (sign in required).
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
