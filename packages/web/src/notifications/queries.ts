import type { NotificationList, NotificationPreferencesView } from "@spotter/contracts";
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { get } from "../api/client.ts";

/** Everything about the caller's notifications shares this prefix: marking read refreshes all. */
export const notificationsKey = ["notifications"] as const;

/** How often the bell asks for the unread count while the tab is open (and on return to it). */
export const BELL_POLL_MS = 30_000;

/** The bell's unread count (GET /api/notifications/unread-count), cheap enough to poll. */
export const unreadCountQuery = () =>
  queryOptions({
    queryKey: [...notificationsKey, "unread"],
    queryFn: ({ signal }) => get<{ unreadCount: number }>("/api/notifications/unread-count", signal),
    refetchInterval: BELL_POLL_MS,
    refetchOnWindowFocus: true,
  });

const PAGE = 20;

/** The notification list, newest first, one page of 20 at a time ("Show older"). */
export const notificationListQuery = () =>
  infiniteQueryOptions({
    queryKey: [...notificationsKey, "list"],
    queryFn: ({ signal, pageParam }) =>
      get<NotificationList>(
        `/api/notifications?limit=${PAGE}${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ""}`,
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore,
    refetchOnWindowFocus: true,
  });

export const notificationPreferencesQuery = () =>
  queryOptions({
    queryKey: [...notificationsKey, "preferences"],
    queryFn: ({ signal }) => get<NotificationPreferencesView>("/api/notifications/preferences", signal),
  });
