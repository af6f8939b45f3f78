import type { NotificationPreferences, NotificationPreferencesView } from "@spotter/contracts";
import { post, put } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { notificationsKey } from "./queries.ts";

type Marked = { marked: number };

/** Marks some of my notifications read; the bell and the list refresh. */
export const useMarkRead = () =>
  useApiMutation<Marked, string[]>({
    request: (ids) => post<Marked>("/api/notifications/read", { ids }),
    invalidates: () => [notificationsKey],
  });

export const useMarkAllRead = () =>
  useApiMutation<Marked>({
    request: () => post<Marked>("/api/notifications/read-all"),
    invalidates: () => [notificationsKey],
  });

export const useSavePreferences = () =>
  useApiMutation<NotificationPreferencesView, NotificationPreferences>({
    request: (body) => put<NotificationPreferencesView>("/api/notifications/preferences", body),
    update: (cache, data) => cache.setQueryData([...notificationsKey, "preferences"], data),
  });
