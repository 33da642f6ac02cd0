import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { gql } from "~/lib/api.server";
import { readForm } from "~/lib/forms.server";
import { SignOutMutation } from "~/lib/operations";
import { destroySessionHeaders, getToken } from "~/lib/session.server";

export async function action({ request, context }: ActionFunctionArgs) {
  await readForm(request);
  // End the session on the API too; the portal cookie goes regardless of the answer.
  if (await getToken(request)) await gql(request, context, SignOutMutation);
  throw redirect("/signin", { headers: await destroySessionHeaders(request) });
}

export async function loader() {
  throw redirect("/");
}
