import type { ReactNode } from "react";
import { humanize } from "~/lib/format";

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
};

/** A status as text in a tinted pill: the word carries the meaning, the colour only helps. */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  const tone = TONES[status] ?? "neutral";
  return <span className={`badge badge--${tone}`}>{label ?? humanize(status)}</span>;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
