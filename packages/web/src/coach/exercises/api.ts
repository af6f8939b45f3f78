import type { ExerciseEntry, ExerciseListResponse, ExerciseWriteRequest, okResponseSchema } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { api, get, post, put } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";

type OkResponse = ReturnType<typeof okResponseSchema.parse>;
const path = (id: string) => `/api/exercises/${encodeURIComponent(id)}`;

/**
 * The whole catalog (built-ins, the organization's own with their archive state and media links):
 * ~300 rows loaded once and filtered in the page. Same key as the method editor's catalog, so a
 * change here refreshes the editor's pickers too.
 */
export const libraryQuery = () =>
  queryOptions({
    queryKey: ["exercises", "all"],
    queryFn: ({ signal }) => get<ExerciseListResponse>("/api/exercises", signal),
    staleTime: 5 * 60_000,
  });

const invalidates = () => [["exercises"]];

export function useCreateExercise() {
  return useApiMutation({
    request: (body: ExerciseWriteRequest) => post<ExerciseEntry>("/api/exercises", body),
    invalidates,
  });
}

export function useUpdateExercise() {
  return useApiMutation({
    request: (body: ExerciseWriteRequest) => put<ExerciseEntry>(path(body.id), body),
    invalidates,
  });
}

/** Refused (409) while a method, a client's program, a draft or any history uses it: the message says which. */
export function useDeleteExercise() {
  return useApiMutation({ request: (id: string) => api<OkResponse>("DELETE", path(id)), invalidates });
}

export function useArchiveExercise() {
  return useApiMutation({
    request: (v: { id: string; archived: boolean }) =>
      post<ExerciseEntry>(`${path(v.id)}/archive`, { archived: v.archived }),
    invalidates,
  });
}
