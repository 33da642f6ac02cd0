import type { AppLoadContext } from "@remix-run/node";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { gql } from "./api.server";
import { apiUrl } from "./env.server";
import { type LiveNotification, NOTIFICATION_SUBSCRIPTION, UnreadCountQuery } from "./notifications";
import { getToken } from "./session.server";

/** The signed-in visitor's unread count for the header, or null (signed out, or the API did not answer). */
export async function unreadNotificationCount(
  request: Request,
  context: AppLoadContext | undefined,
): Promise<number | null> {
  if (!(await getToken(request))) return null;
  const result = await gql(request, context, UnreadCountQuery);
  return result.data?.unreadNotificationCount ?? null;
}

const KEEP_ALIVE_MS = 25_000;

/**
 * Bridges the API's GraphQL subscription to the browser as server-sent events. The browser never
 * holds the API token (the portal keeps it in its own HttpOnly cookie), so the portal subscribes on
 * its behalf over WebSocket and forwards each event. The stream ends when the browser goes away.
 */
export async function notificationEventStream(request: Request): Promise<Response> {
  const token = await getToken(request);
  if (!token) return new Response("Sign in to receive notifications.", { status: 401 });
  const encoder = new TextEncoder();
  let stop: () => void = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const write = (chunk: string) => {
        if (!closed) controller.enqueue(encoder.encode(chunk));
      };
      const client = createClient({
        url: apiUrl().replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        lazy: false,
        retryAttempts: 3,
        // Tells the page that from now on nothing is missed (the subscription follows the acknowledgement).
        on: { connected: () => write("event: ready\ndata: {}\n\n") },
      });
      const keepAlive = setInterval(() => write(": keep-alive\n\n"), KEEP_ALIVE_MS);
      stop = () => {
        if (closed) return;
        closed = true;
        clearInterval(keepAlive);
        void client.dispose();
        controller.close();
      };
      request.signal.addEventListener("abort", stop);
      client.subscribe<{ notificationAdded: LiveNotification }>(
        { query: NOTIFICATION_SUBSCRIPTION },
        {
          next: (value) => {
            if (value.data) write(`event: notification\ndata: ${JSON.stringify(value.data.notificationAdded)}\n\n`);
          },
          // The browser's EventSource reconnects by itself after the stream ends, unless told the
          // session is over (then there is nothing to reconnect to).
          error: (error) => {
            if (JSON.stringify(error).includes("UNAUTHENTICATED")) write("event: signed-out\ndata: {}\n\n");
            stop();
          },
          complete: () => stop(),
        },
      );
      write(": connected\n\n");
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
