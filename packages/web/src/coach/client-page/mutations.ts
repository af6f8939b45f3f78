import type {
  ClientDetail,
  ClientMethodRequest,
  ClientMethodView,
  InvitationCreateRequest,
  InvitationCreateResponse,
  RoadmapResponse,
} from "@spotter/contracts";
import { api, post } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";
import { rosterKey, todayKey } from "../pages/queries.ts";
import { clientMethodQuery, clientQuery, roadmapQuery } from "./queries.ts";

export function useArchiveClient(clientId: string) {
  return useApiMutation({
    request: () => post<ClientDetail>(`/api/clients/${clientId}/archive`),
    update: (cache, client) => cache.setQueryData(clientQuery(clientId).queryKey, client),
    invalidates: () => [rosterKey, todayKey],
  });
}

/** Choosing a method can rebuild the roadmap's days: the roadmap refetches. */
export function useChooseMethod(clientId: string) {
  return useApiMutation({
    request: (body: ClientMethodRequest) => api<ClientMethodView>("PUT", `/api/clients/${clientId}/method`, body),
    update: (cache, view) => cache.setQueryData(clientMethodQuery(clientId).queryKey, view),
    invalidates: () => [roadmapQuery(clientId).queryKey],
  });
}

export function useBuildRoadmap(clientId: string) {
  return useApiMutation({
    request: () => post<RoadmapResponse>(`/api/clients/${clientId}/roadmap`),
    update: (cache, roadmap) => cache.setQueryData(roadmapQuery(clientId).queryKey, roadmap),
  });
}

export function useInviteClient(clientId: string) {
  return useApiMutation({
    request: (email: string) =>
      post<InvitationCreateResponse>("/api/invitations", {
        email,
        role: "client",
        clientId,
      } satisfies InvitationCreateRequest),
  });
}
