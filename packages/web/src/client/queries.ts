import type { MyTodayResponse, SessionListResponse } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../api/client.ts";

/** The signed-in client's own data. */
export const meKey = ["me"] as const;

/** GET /api/me/today: the next session to do, or `session: null`. */
export const myTodayQuery = () =>
  queryOptions({
    queryKey: [...meKey, "today"],
    queryFn: ({ signal }) => get<MyTodayResponse>("/api/me/today", signal),
  });

export const mySessionsQuery = () =>
  queryOptions({
    queryKey: [...meKey, "sessions"],
    queryFn: ({ signal }) => get<SessionListResponse>("/api/me/sessions?pageSize=50", signal),
  });
