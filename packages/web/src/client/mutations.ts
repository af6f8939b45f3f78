import type { CheckInRequest, CheckInResult, SessionDto, SessionLogRequest } from "@spotter/contracts";
import { post } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { meKey } from "./queries.ts";

/** A session log's mutation key: Today reads it to say "Session logged" even if it re-mounted meanwhile. */
export const logSessionKey = ["log-session"] as const;

export function useLogSession(sessionId: string) {
  return useApiMutation({
    mutationKey: [...logSessionKey, sessionId],
    request: (body: SessionLogRequest) => post<SessionDto>(`/api/sessions/${sessionId}/log`, body),
    invalidates: () => [meKey],
  });
}

export function useCheckIn() {
  return useApiMutation({
    request: (body: CheckInRequest) => post<CheckInResult>("/api/me/checkins", body),
    invalidates: () => [meKey],
  });
}
