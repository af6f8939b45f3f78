import type { MethodEntry, okResponseSchema } from "@spotter/contracts";
import type { Method } from "@spotter/engine";
import { api, post, put } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";
import { methodKey } from "./queries.ts";

/** The contracts export the schema of `{ ok: true }`, not a type: its parse result is that type. */
type OkResponse = ReturnType<typeof okResponseSchema.parse>;

const path = (id: string) => `/api/methods/${encodeURIComponent(id)}`;
/** Every write changes the list's rows (name, days): the list and any open method refetch. */
const invalidates = () => [["methods"]];

/** POST /api/methods: a new method, a duplicate or an import (id `org:...`). */
export function useCreateMethod() {
  return useApiMutation({
    request: (method: Method) => post<MethodEntry>("/api/methods", method),
    update: (cache, saved) => cache.setQueryData(methodKey(saved.method.id), saved),
    invalidates,
  });
}

/** PUT /api/methods/:id: replaces an organization method (built-ins answer 403). */
export function useSaveMethod() {
  return useApiMutation({
    request: (method: Method) => put<MethodEntry>(path(method.id), method),
    update: (cache, saved) => cache.setQueryData(methodKey(saved.method.id), saved),
    invalidates,
  });
}

/** DELETE /api/methods/:id: clients assigned to it fall back to their trainer's default. */
export function useDeleteMethod() {
  return useApiMutation({
    request: (id: string) => api<OkResponse>("DELETE", path(id)),
    update: (cache, _ok, id) => cache.removeQueries({ queryKey: methodKey(id) }),
    invalidates,
  });
}
