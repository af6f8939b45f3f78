import type { WeekResponse } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

/** Every week query of a client starts with this key (moves and publishes invalidate them all). */
export const weekKeyOf = (clientId: string) => ["clients", clientId, "week"] as const;

/** The week containing `start` (default: the server's current week) and the block view. */
export const weekQuery = (clientId: string, start?: string) =>
  queryOptions({
    queryKey: [...weekKeyOf(clientId), start ?? "current"],
    queryFn: ({ signal }) =>
      get<WeekResponse>(`/api/clients/${clientId}/week${start ? `?start=${start}` : ""}`, signal),
  });
