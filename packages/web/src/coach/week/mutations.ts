import type {
  WeekActionResponse,
  WeekGenerateRequest,
  WeekMoveRequest,
  WeekPublishRequest,
  WeekResponse,
} from "@spotter/contracts";
import { patch, post } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";
import { clientSessionsQuery } from "../client-page/queries.ts";
import { todayKey } from "../pages/queries.ts";
import { weekKeyOf } from "./queries.ts";

/** What a week change makes stale: every week of the client, their session list, the coach's Today. */
const stale = (clientId: string) => () => [weekKeyOf(clientId), clientSessionsQuery(clientId).queryKey, todayKey];

export function useGenerateWeek(clientId: string) {
  return useApiMutation({
    request: (body: WeekGenerateRequest) => post<WeekActionResponse>(`/api/clients/${clientId}/week/generate`, body),
    invalidates: stale(clientId),
  });
}

export function usePublishWeek(clientId: string) {
  return useApiMutation({
    request: (body: WeekPublishRequest) => post<WeekActionResponse>(`/api/clients/${clientId}/week/publish`, body),
    invalidates: stale(clientId),
  });
}

export function useMoveDay(clientId: string) {
  return useApiMutation({
    request: (body: WeekMoveRequest) => patch<WeekResponse>(`/api/clients/${clientId}/week`, body),
    invalidates: stale(clientId),
  });
}
