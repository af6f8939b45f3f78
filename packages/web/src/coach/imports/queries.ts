import type {
  ExerciseListResponse,
  ExerciseMapping,
  ExerciseMappingList,
  SessionListResponse,
} from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { api, get, put } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";
import { clientKey } from "../client-page/queries.ts";

/** The organization's catalog (built-in and own exercises) the coach maps names to. */
export const catalogQuery = () =>
  queryOptions({
    queryKey: ["exercises", "all"],
    queryFn: ({ signal }) => get<ExerciseListResponse>("/api/exercises", signal),
    staleTime: 5 * 60_000,
  });

/** How many sessions the client has logged (imported ones included): one row is enough for the total. */
export const loggedCountQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "sessions", "logged-count"],
    queryFn: ({ signal }) =>
      get<SessionListResponse>(`/api/clients/${clientId}/sessions?status=logged&pageSize=1`, signal),
  });

/** Stores the coach's decisions for the whole organization. */
export function useSaveMappings() {
  return useApiMutation<ExerciseMappingList, ExerciseMapping[]>({
    request: (mappings) => put<ExerciseMappingList>("/api/exercise-mappings", { mappings }),
    invalidates: () => [["exercise-mappings"]],
  });
}

/** The organization's saved name mappings (invalidated by a save or a removal). */
export const mappingsQuery = () =>
  queryOptions({
    queryKey: ["exercise-mappings"],
    queryFn: ({ signal }) => get<ExerciseMappingList>("/api/exercise-mappings", signal),
  });

/** Removes the organization's decision for one app name. */
export function useRemoveMapping() {
  return useApiMutation<ExerciseMappingList, string>({
    request: (name) => api<ExerciseMappingList>("DELETE", `/api/exercise-mappings/${encodeURIComponent(name)}`),
    invalidates: () => [["exercise-mappings"]],
  });
}
