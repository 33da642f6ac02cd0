import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { SubmitButton } from "~/components/forms";
import { EmptyState, When } from "~/components/ui";
import { errorResponse, gql, gqlOrThrow, redirectIfSignedOut, requireViewer } from "~/lib/api.server";
import { readForm, text } from "~/lib/forms.server";
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  NotificationsQuery,
} from "~/lib/notifications";
import { safeRedirectTo } from "~/lib/session.server";

export const meta: MetaFunction = () => [{ title: "Notifications — Candor" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer(request, context);
  const { notifications } = await gqlOrThrow(request, context, NotificationsQuery, { first: 50 });
  return notifications;
}

/** Opening a notification marks it read, then goes where it points. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  if (text(form, "intent") === "read-all") {
    const result = await gql(request, context, MarkAllNotificationsReadMutation);
    if (result.error) {
      await redirectIfSignedOut(request, context, result.error);
      errorResponse(result.error);
    }
    return redirect("/notifications");
  }
  const result = await gql(request, context, MarkNotificationReadMutation, { id: text(form, "id") });
  if (result.error) {
    await redirectIfSignedOut(request, context, result.error);
    errorResponse(result.error);
  }
  return redirect(safeRedirectTo(result.data.markNotificationRead.link, "/notifications"));
}

export default function Notifications() {
  const { items, unreadCount } = useLoaderData<typeof loader>();
  return (
    <section className="narrow">
      <h1 id="page-title">Notifications</h1>
      <p className="muted">
        {unreadCount === 0 ? "Nothing unread." : `${unreadCount} unread.`}{" "}
        <Link to="/account/notifications">Choose which of them also reach you by email</Link>.
      </p>
      {unreadCount > 0 ? (
        <Form method="post">
          <input type="hidden" name="intent" value="read-all" />
          <SubmitButton variant="secondary" intent="read-all" pendingText="Marking…">
            Mark all as read
          </SubmitButton>
        </Form>
      ) : null}
      {items.length === 0 ? (
        <EmptyState>No notifications yet. Reminders and news about your applications will appear here.</EmptyState>
      ) : (
        <ul className="notification-list" aria-labelledby="page-title">
          {items.map((item) => (
            <li key={item.id} className={item.readAt ? "notification" : "notification notification--unread"}>
              <Form method="post">
                <input type="hidden" name="id" value={item.id} />
                <button type="submit" className="button button--link notification__open">
                  {item.readAt ? null : <span className="visually-hidden">Unread: </span>}
                  {item.title}
                </button>
              </Form>
              <p className="notification__text">{item.body}</p>
              <p className="notification__text muted">
                <When iso={item.createdAt} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
