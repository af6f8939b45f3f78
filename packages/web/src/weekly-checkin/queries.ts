import type { CheckInsAwaiting, MeWeeklyCheckIn, QuestionnaireView, WeeklyCheckInList } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../api/client.ts";

export const myWeeklyKey = ["me", "weekly-checkin"] as const;
export const clientWeeklyKey = (clientId: string) => ["clients", clientId, "weekly-checkins"] as const;

/** The signed-in client's check-in for this week (null until answered). */
export const myWeeklyCheckInQuery = () =>
  queryOptions({
    queryKey: myWeeklyKey,
    queryFn: ({ signal }) => get<MeWeeklyCheckIn>("/api/me/weekly-checkins/current", signal),
  });

/** A client's weekly check-ins for the coach, with summary, draft and response rate. */
export const clientWeeklyCheckInsQuery = (clientId: string) =>
  queryOptions({
    queryKey: clientWeeklyKey(clientId),
    queryFn: ({ signal }) => get<WeeklyCheckInList>(`/api/clients/${clientId}/weekly-checkins`, signal),
  });

export const questionnaireKey = ["weekly-checkins", "questionnaire"] as const;
export const awaitingCheckInsKey = ["weekly-checkins", "awaiting-reply"] as const;

/** The organization's current check-in questionnaire (builder). */
export const questionnaireQuery = () =>
  queryOptions({
    queryKey: questionnaireKey,
    queryFn: ({ signal }) => get<QuestionnaireView>("/api/weekly-checkins/questionnaire", signal),
  });

/** Answered check-ins awaiting the coach's reply, with the tier promise. */
export const awaitingCheckInsQuery = () =>
  queryOptions({
    queryKey: awaitingCheckInsKey,
    queryFn: ({ signal }) => get<CheckInsAwaiting>("/api/weekly-checkins/awaiting-reply", signal),
    refetchInterval: 60_000,
  });
