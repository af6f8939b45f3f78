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
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { get } from "../api/client.ts";
import { clientKey } from "../coach/client-page/queries.ts";

/** The queue and the roster lights share this prefix: a decision anywhere refreshes both. */
export const queueKey = ["queue"] as const;

/** Queue rows per request: the server orders and pages the queue, and counts all of it. */
export const QUEUE_PAGE = 100;

/**
 * The coach's queue (GET /api/queue, summary view): the most urgent page first, further pages on
 * demand; evidence beyond what a row shows is fetched with the item (approval page, detail route).
 */
export const queueQuery = () =>
  infiniteQueryOptions({
    queryKey: [...queueKey, "items"],
    queryFn: ({ signal, pageParam }) =>
      get<QueueResponse>(`/api/queue?view=summary&limit=${QUEUE_PAGE}&offset=${pageParam}`, signal),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return last.items.length === QUEUE_PAGE && loaded < (last.total ?? 0) ? loaded : undefined;
    },
  });

// TanStack runs `select` again for each observer and re-render: the index is kept per answer.
const levelIndexes = new WeakMap<RosterLevels, Map<string, RosterLevel>>();
const indexLevels = (d: RosterLevels): Map<string, RosterLevel> => {
  let byId = levelIndexes.get(d);
  if (!byId) {
    byId = new Map(d.items.map((r) => [r.clientId, r]));
    levelIndexes.set(d, byId);
  }
  return byId;
};

/**
 * The status lights of the given clients (GET /api/queue/levels?clientIds=), the roster's page,
 * indexed by client id once per answer. Asking for the page's 50 rather than the whole roster's
 * 500 made the answer ~10x smaller. Keyed under the queue, so a decision anywhere refreshes it.
 */
export const rosterLevelsQuery = (clientIds: readonly string[]) =>
  queryOptions({
    queryKey: [...queueKey, "levels", clientIds.join(",")],
    queryFn: ({ signal }) =>
      get<RosterLevels>(`/api/queue/levels?clientIds=${clientIds.map(encodeURIComponent).join(",")}`, signal),
    // Returning to a page shown a moment ago reuses its lights (a decision still refreshes them:
    // invalidation ignores staleTime).
    staleTime: 30_000,
    select: indexLevels,
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
