import type {
  ClientDetail,
  ClientMethodView,
  ProgressResponse,
  RoadmapResponse,
  SegmentView,
  SessionListResponse,
} from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

/**
 * One client's data. Every key starts with ["clients", id], so invalidating that prefix refreshes
 * everything shown about the client (the triage panel's monitoring keys included).
 */
export const clientKey = (clientId: string) => ["clients", clientId] as const;

export const clientQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "detail"],
    queryFn: ({ signal }) => get<ClientDetail>(`/api/clients/${clientId}`, signal),
  });

export const clientMethodQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "method"],
    queryFn: ({ signal }) => get<ClientMethodView>(`/api/clients/${clientId}/method`, signal),
  });

export const roadmapQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "roadmap"],
    queryFn: ({ signal }) => get<RoadmapResponse>(`/api/clients/${clientId}/roadmap`, signal),
  });

export const clientSessionsQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "sessions"],
    queryFn: ({ signal }) => get<SessionListResponse>(`/api/clients/${clientId}/sessions`, signal),
  });

export const progressQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "progress"],
    queryFn: ({ signal }) => get<ProgressResponse>(`/api/clients/${clientId}/progress`, signal),
  });

export const segmentQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "segment"],
    queryFn: ({ signal }) => get<SegmentView>(`/api/clients/${clientId}/segment`, signal),
  });
