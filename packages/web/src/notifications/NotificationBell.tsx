import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Link, useLocation } from "wouter";
import { queueKey } from "../triage/queries.ts";
import { useBrowserNotice } from "./browser-notice.ts";
import { unreadCountQuery } from "./queries.ts";
import "./notifications.css";

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

/**
 * The bell in the coach sidebar and the portal header: a link to /notifications with the unread
 * count (polled, and refreshed when the tab regains focus). Its accessible name carries the count.
 */
export function NotificationBell({ tone = "light" }: { tone?: "light" | "dark" }) {
  const { data } = useQuery(unreadCountQuery());
  const [loc] = useLocation();
  const unread = data?.unreadCount;
  useBrowserNotice(unread);
  useRefreshQueueOnRise(unread);
  const label = unread ? `Notifications, ${unread} unread` : "Notifications";
  return (
    <Link
      href="/notifications"
      className={`bell bell-${tone}`}
      aria-label={label}
      title={label}
      aria-current={loc === "/notifications" ? "page" : undefined}
      data-testid="notification-bell"
    >
      <BellIcon />
      {unread ? (
        <span className="bell-count" data-testid="notification-count" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}

/**
 * Something new arrived (a red flag, an escalation): the coach's queue and roster lights are
 * probably stale too, so they refetch if on screen. The first count after loading is the baseline.
 */
function useRefreshQueueOnRise(unread: number | undefined) {
  const cache = useQueryClient();
  const seen = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (unread === undefined) return;
    const before = seen.current;
    seen.current = unread;
    if (before !== undefined && unread > before) void cache.invalidateQueries({ queryKey: queueKey });
  }, [unread, cache]);
}
