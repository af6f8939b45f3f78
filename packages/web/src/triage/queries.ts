import type {
  CheckInList,
  FlagList,
  MessageTemplateList,
  MonitoringView,
  ProposalList,
  QueueResponse,
  RosterLevel,
  RosterLevels,
  TierList,
} from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../api/client.ts";
import { clientKey } from "../coach/client-page/queries.ts";

/** The queue and the roster lights share this prefix: a decision anywhere refreshes both. */
export const queueKey = ["queue"] as const;

/** The coach's queue (GET /api/queue): one request however many components show it. */
export const queueQuery = () =>
  queryOptions({
    queryKey: [...queueKey, "items"],
    queryFn: ({ signal }) => get<QueueResponse>("/api/queue?limit=500", signal),
  });

/** Per-client status lights (GET /api/queue/levels), indexed by client id once per answer. */
export const rosterLevelsQuery = () =>
  queryOptions({
    queryKey: [...queueKey, "levels"],
    queryFn: ({ signal }) => get<RosterLevels>("/api/queue/levels", signal),
    select: (d): Map<string, RosterLevel> => new Map(d.items.map((r) => [r.clientId, r])),
  });

export const messageTemplatesQuery = () =>
  queryOptions({
    queryKey: ["message-templates"],
    queryFn: ({ signal }) => get<MessageTemplateList>("/api/message-templates", signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const tiersQuery = () =>
  queryOptions({
    queryKey: ["tiers"],
    queryFn: ({ signal }) => get<TierList>("/api/tiers", signal),
  });

export const monitoringQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "monitoring"],
    queryFn: ({ signal }) => get<MonitoringView>(`/api/clients/${clientId}/monitoring`, signal),
  });

export const flagsQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "flags"],
    queryFn: ({ signal }) => get<FlagList>(`/api/clients/${clientId}/flags`, signal),
  });

export const proposalsQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "proposals"],
    queryFn: ({ signal }) => get<ProposalList>(`/api/clients/${clientId}/proposals`, signal),
  });

export const checkinsQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "checkins"],
    queryFn: ({ signal }) => get<CheckInList>(`/api/clients/${clientId}/checkins?limit=120`, signal),
  });
