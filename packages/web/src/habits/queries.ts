import type { ClientHabits, MeHabits, NudgePreferencesView } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../api/client.ts";

export const myHabitsKey = ["me", "habits"] as const;
export const myNudgePrefsKey = ["me", "nudge-preferences"] as const;
export const clientHabitsKey = (clientId: string) => ["clients", clientId, "habits"] as const;

/** The signed-in client's habits on their local today and an open "what got in the way?". */
export const myHabitsQuery = () =>
  queryOptions({ queryKey: myHabitsKey, queryFn: ({ signal }) => get<MeHabits>("/api/me/habits", signal) });

export const myNudgePrefsQuery = () =>
  queryOptions({
    queryKey: myNudgePrefsKey,
    queryFn: ({ signal }) => get<NudgePreferencesView>("/api/me/nudge-preferences", signal),
  });

/** A client's habits, nudges and missed-session reasons, for the coach. */
export const clientHabitsQuery = (clientId: string) =>
  queryOptions({
    queryKey: clientHabitsKey(clientId),
    queryFn: ({ signal }) => get<ClientHabits>(`/api/clients/${clientId}/habits`, signal),
  });

export const WEEKDAYS = [
  { n: 1, short: "Mon" },
  { n: 2, short: "Tue" },
  { n: 3, short: "Wed" },
  { n: 4, short: "Thu" },
  { n: 5, short: "Fri" },
  { n: 6, short: "Sat" },
  { n: 7, short: "Sun" },
] as const;

/** "Mon, Wed, Fri" or "Every day". */
export function daysLabel(days: readonly number[]): string {
  if (days.length === 7) return "Every day";
  return WEEKDAYS.filter((d) => days.includes(d.n))
    .map((d) => d.short)
    .join(", ");
}

export const MISSED_LABEL = {
  time: "Time",
  energy: "Energy",
  pain: "Pain",
  motivation: "Motivation",
  other: "Something else",
} as const;

/** The last 7 local dates ending today, oldest first (YYYY-MM-DD arithmetic in UTC). */
export function lastWeek(today: string): string[] {
  const t = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: 7 }, (_, i) => new Date(t - (6 - i) * 86_400_000).toISOString().slice(0, 10));
}
