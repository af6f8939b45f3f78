import type {
  ClientListQuery,
  ClientListResponse,
  CoachTodayResponse,
  MethodListResponse,
  TrainerProfileResponse,
} from "@spotter/contracts";
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

export const rosterKey = ["clients", "list"] as const;
export const todayKey = ["today"] as const;

/** Rows per roster page (RosterPage and its start-up prefetch ask for the same key). */
export const ROSTER_PAGE_SIZE = 50;

type RosterParams = Pick<ClientListQuery, "status" | "page" | "pageSize"> & { q?: string };

/** A roster page; the previous page stays on screen (marked busy) while the next one loads. */
export const rosterQuery = (params: RosterParams) =>
  queryOptions({
    queryKey: [...rosterKey, params],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({
        status: params.status,
        page: String(params.page),
        pageSize: String(params.pageSize),
      });
      if (params.q) search.set("q", params.q);
      return get<ClientListResponse>(`/api/clients?${search}`, signal);
    },
    placeholderData: keepPreviousData,
    // The first page prefetched at start-up (prefetch.ts) is shown when the page mounts a moment
    // later, not asked for twice; mutations still refresh it at once (invalidation ignores this).
    staleTime: 5_000,
  });

/** The Today page in one request (GET /api/today). */
export const coachTodayQuery = () =>
  queryOptions({
    queryKey: todayKey,
    queryFn: ({ signal }) => get<CoachTodayResponse>("/api/today", signal),
  });

export const trainerProfileQuery = () =>
  queryOptions({
    queryKey: ["trainer-profile"],
    queryFn: ({ signal }) => get<TrainerProfileResponse>("/api/trainer-profile", signal),
  });

export const methodsQuery = () =>
  queryOptions({
    queryKey: ["methods"],
    queryFn: ({ signal }) => get<MethodListResponse>("/api/methods", signal),
  });
