import type { ClientListResponse, ClientSummary } from "@spotter/contracts";
import { useEffect, useState } from "react";
import { type ApiError, toApiError } from "../../api/api-error.ts";
import { get } from "../../api/client.ts";
import { normalizeSessionList } from "../../api/session-list.ts";
import type { Session } from "../../api/session-types.ts";

export type TodayData = {
  clients: ClientSummary[];
  totalClients: number;
  drafts: (Session & { clientName: string })[];
  recentLogs: (Session & { clientName: string })[];
  /** Active clients with no session dated today. */
  toBuild: ClientSummary[];
  /** False when the sessions API is not available on this server yet. */
  sessionsAvailable: boolean;
};

/** How many clients' sessions the page reads; beyond this the triage queue is the right tool. */
const FAN_OUT = 40;

/**
 * Gathers Today's lists from the roster and each client's sessions (a handful of parallel GETs).
 * A cross-client sessions endpoint would replace the fan-out; until then it is bounded.
 */
export function useTodayData(): { data?: TodayData; error?: ApiError; reload: () => void } {
  const [data, setData] = useState<TodayData>();
  const [error, setError] = useState<ApiError>();
  const [nonce, setNonce] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: nonce is the reload trigger
  useEffect(() => {
    let live = true;
    setError(undefined);
    (async () => {
      const list = await get<ClientListResponse>(`/api/clients?status=active&pageSize=100`);
      const clients = list.items;
      const today = new Date().toISOString().slice(0, 10);
      let sessionsAvailable = true;
      const perClient = await Promise.all(
        clients.slice(0, FAN_OUT).map(async (c) => {
          try {
            return { c, sessions: normalizeSessionList(await get<unknown>(`/api/clients/${c.id}/sessions`)) };
          } catch (e) {
            if (toApiError(e).isNotFound) sessionsAvailable = false;
            return { c, sessions: [] as Session[] };
          }
        }),
      );
      const tag = (c: ClientSummary) => (s: Session) => ({ ...s, clientName: c.name });
      const drafts = perClient.flatMap(({ c, sessions }) => sessions.filter((s) => s.status === "draft").map(tag(c)));
      const recentLogs = perClient
        .flatMap(({ c, sessions }) => sessions.filter((s) => s.status === "logged").map(tag(c)))
        .sort((a, b) => (a.date < b.date ? 1 : -1))
        .slice(0, 8);
      const toBuild = perClient.filter(({ sessions }) => !sessions.some((s) => s.date === today)).map(({ c }) => c);
      if (live) setData({ clients, totalClients: list.total, drafts, recentLogs, toBuild, sessionsAvailable });
    })().catch((e) => {
      if (live) setError(toApiError(e));
    });
    return () => {
      live = false;
    };
  }, [nonce]);
  return { data, error, reload: () => setNonce((n) => n + 1) };
}
