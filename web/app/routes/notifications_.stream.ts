import type { LoaderFunctionArgs } from "@remix-run/node";
import { notificationEventStream } from "~/lib/notifications.server";

/** Server-sent events: the signed-in person's new notifications, live (see notifications.server.ts). */
export function loader({ request }: LoaderFunctionArgs) {
  return notificationEventStream(request);
}
