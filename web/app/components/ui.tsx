import type { ReactNode } from "react";
import { formatDate, formatDateTime, humanize } from "~/lib/format";

type Tone = "neutral" | "info" | "success" | "warning" | "danger";

const TONES: Record<string, Tone> = {
  ACTIVE: "info",
  OFFERED: "success",
  HIRED: "success",
  REJECTED: "neutral",
  WITHDRAWN: "neutral",
  SCHEDULED: "info",
  COMPLETED: "success",
  CANCELLED: "neutral",
  DRAFT: "neutral",
  OPEN: "success",
  CLOSED: "neutral",
  PENDING: "warning",
  ACCEPTED: "success",
  EXPIRED: "neutral",
  REVOKED: "neutral",
  SENT: "success",
  FAILED: "danger",
  OVERDUE: "danger",
  RELEASED: "success",
};

/** A status as text in a tinted pill: the word carries the meaning, the colour only helps. */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  const tone = TONES[status] ?? "neutral";
  return <span className={`badge badge--${tone}`}>{label ?? humanize(status)}</span>;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/**
 * A date (and time) as a <time> element. Server and browser may format slightly differently
 * (ICU versions), so the text is not checked during hydration.
 */
export function When({
  iso,
  tz,
  dateOnly = false,
}: {
  iso: string | null | undefined;
  tz?: string;
  dateOnly?: boolean;
}) {
  if (!iso) return <>—</>;
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {dateOnly ? formatDate(iso, tz) : formatDateTime(iso, tz)}
    </time>
  );
}
