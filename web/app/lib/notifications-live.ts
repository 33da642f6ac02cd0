import { useEffect, useState } from "react";
import { type LiveNotification, NOTIFICATION_STREAM_PATH } from "./notifications";

/**
 * The unread count shown in the header, kept live: it starts from the server's figure and follows
 * the portal's event stream, so a new notification shows without a reload.
 */
export function useLiveNotifications(serverCount: number | null, signedIn: boolean) {
  const [count, setCount] = useState(serverCount);
  const [latest, setLatest] = useState<LiveNotification["notification"] | null>(null);
  useEffect(() => setCount(serverCount), [serverCount]);
  useEffect(() => {
    if (!signedIn || typeof EventSource === "undefined") return;
    const source = new EventSource(NOTIFICATION_STREAM_PATH);
    source.addEventListener("notification", (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as LiveNotification;
      setCount(data.unreadCount);
      setLatest(data.notification);
    });
    source.addEventListener("signed-out", () => source.close());
    // Marks the page as receiving live notifications: browser tests wait for it before causing one.
    source.addEventListener("ready", () => {
      document.documentElement.dataset.liveNotifications = "true";
    });
    return () => source.close();
  }, [signedIn]);
  return { count, latest };
}
