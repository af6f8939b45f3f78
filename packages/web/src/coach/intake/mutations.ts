import type { ClientCreateRequest, ClientDetail, ClientUpdateRequest } from "@spotter/contracts";
import { patch, post } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";
import { clientQuery } from "../client-page/queries.ts";
import { rosterKey, todayKey } from "../pages/queries.ts";

/** Creates a client (no id) or saves an existing one's intake; the roster and Today refetch. */
export function useSaveClient(clientId: string | undefined) {
  return useApiMutation({
    request: (body: ClientCreateRequest) =>
      clientId
        ? patch<ClientDetail>(`/api/clients/${clientId}`, {
            name: body.name,
            email: body.email ?? null,
            profile: body.profile,
          } satisfies ClientUpdateRequest)
        : post<ClientDetail>("/api/clients", body),
    update: (cache, saved) => cache.setQueryData(clientQuery(saved.id).queryKey, saved),
    invalidates: () => [rosterKey, todayKey],
  });
}
