import type { QueueItem } from "@spotter/contracts";
import type { ApiError } from "../api/api-error.ts";
import { sharedGet } from "./shared-get.ts";

type QueueResponse = { items: QueueItem[]; now: string };
export type RosterLevel = {
  clientId: string;
  level: QueueItem["level"];
  automationPaused: boolean;
  readinessScore: number | null;
  openFlags: number;
  pendingProposals: number;
  lastComputedAt: string | null;
};

const queue = sharedGet<QueueResponse>("/api/queue?limit=500");
const levels = sharedGet<{ items: RosterLevel[] }>("/api/queue/levels");

/** Re-reads the queue and the roster lights after a decision anywhere on screen. */
export function refreshQueue(): Promise<void> {
  return Promise.all([queue.refresh(), levels.refresh()]).then(() => undefined);
}

export type QueueState = {
  items: QueueItem[] | undefined;
  /** The server's clock when the queue was read: due times are shown relative to it. */
  now: string | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
};

/** The coach's queue (GET /api/queue), shared by every component that shows it. */
export function useQueue(): QueueState {
  const s = queue.use();
  return { items: s.data?.items, now: s.data?.now, error: s.error, loading: s.loading, reload: s.reload };
}

const indexes = new WeakMap<object, Map<string, RosterLevel>>();

/** Per-client status (GET /api/queue/levels), one request and one index for the whole roster. */
export function useRosterLevels(): { byId: Map<string, RosterLevel> | undefined; error: ApiError | undefined } {
  const s = levels.use();
  let byId: Map<string, RosterLevel> | undefined;
  if (s.data) {
    byId = indexes.get(s.data);
    if (!byId) {
      byId = new Map(s.data.items.map((r) => [r.clientId, r]));
      indexes.set(s.data, byId);
    }
  }
  return { byId, error: s.error };
}

/** Highest level per client among its open queue items (red > yellow > green). */
export function levelsByClient(items: readonly QueueItem[]): Map<string, QueueItem["level"]> {
  const rank = { green: 0, yellow: 1, red: 2 } as const;
  const out = new Map<string, QueueItem["level"]>();
  for (const i of items) {
    const cur = out.get(i.clientId);
    if (!cur || rank[i.level] > rank[cur]) out.set(i.clientId, i.level);
  }
  return out;
}
