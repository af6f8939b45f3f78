import type { NotificationKind } from "@spotter/contracts";

export const KIND_LABEL: Record<NotificationKind, string> = {
  red_flag: "Red flag",
  overdue_escalation: "Overdue",
  message: "Message",
  invitation: "Invitation",
  password_reset: "Password reset",
  check_in_due: "Check-in due",
  nudge: "Reminder",
  system: "Spotter",
};

/** What each kind is, in the preferences form. */
export const KIND_HINT: Partial<Record<NotificationKind, string>> = {
  red_flag: "A client you coach has a red flag. Always emailed: a human must see it.",
  overdue_escalation: "A flag passed its response time. Always emailed.",
  message: "New messages in a conversation (batched).",
  check_in_due: "A weekly check-in is due.",
  nudge: "Reminders before a planned session and a question after a missed one.",
  system: "News about your account and Spotter.",
};

/** Kinds a coach (owner) or a client can receive in-app, in the order the form shows them. */
export const KINDS_FOR: Record<"coach" | "client", NotificationKind[]> = {
  coach: ["red_flag", "overdue_escalation", "message", "check_in_due", "system"],
  client: ["message", "check_in_due", "nudge", "system"],
};

/** "just now", "5 min ago", "3 h ago", then a short date. */
export function whenLabel(iso: string, now: number): string {
  const diff = Math.max(0, now - Date.parse(iso));
  if (diff < 60_000) return "just now";
  if (diff < 3600_000) return `${Math.floor(diff / 60_000)} min ago`;
  if (diff < 24 * 3600_000) return `${Math.floor(diff / 3600_000)} h ago`;
  return new Date(iso).toLocaleDateString(undefined, { day: "numeric", month: "short" });
}
