import type { SessionDto, SessionEditRequest, SessionGenerateRequest, SessionPublishRequest } from "@spotter/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { api, patch, post } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";
import { clientSessionsQuery } from "../client-page/queries.ts";
import { todayKey } from "../pages/queries.ts";
import { sessionQuery } from "./queries.ts";

export type ItemOp = SessionEditRequest["ops"][number];

/** A changed session: cache the server's answer; the client's list and Today refetch. */
const store = (cache: QueryClient, s: SessionDto) => cache.setQueryData(sessionQuery(s.id).queryKey, s);
const listsOf = (s: SessionDto) => [clientSessionsQuery(s.clientId).queryKey, todayKey];

export function useEditSession(sessionId: string) {
  return useApiMutation({
    request: (op: ItemOp) =>
      patch<SessionDto>(`/api/sessions/${sessionId}`, { ops: [op] } satisfies SessionEditRequest),
    update: store,
    invalidates: listsOf,
  });
}

/** Delete a draft (the server refuses anything else); the client's list and Today refetch. */
export function useDeleteSession(session: Pick<SessionDto, "id" | "clientId">) {
  return useApiMutation({
    request: () => api<{ ok: true }>("DELETE", `/api/sessions/${session.id}`),
    update: (cache) => cache.removeQueries({ queryKey: sessionQuery(session.id).queryKey }),
    invalidates: () => [clientSessionsQuery(session.clientId).queryKey, todayKey],
  });
}

/** Publish; with an override reason when the coach publishes over the gate's blockers (audited). */
export function usePublishSession(sessionId: string) {
  return useApiMutation({
    request: (override?: { reason: string }) =>
      post<SessionDto>(
        `/api/sessions/${sessionId}/publish`,
        (override ? { override } : undefined) satisfies SessionPublishRequest,
      ),
    update: store,
    invalidates: listsOf,
  });
}

export function useGenerateSession(clientId: string) {
  return useApiMutation({
    request: (body: SessionGenerateRequest) => post<SessionDto>(`/api/clients/${clientId}/sessions`, body),
    update: store,
    invalidates: listsOf,
  });
}
