import type { SessionVelocities } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

/** A logged session's imported VBT velocities (per set: reps and their mean). */
export const sessionVelocitiesQuery = (clientId: string, sessionId: string) =>
  queryOptions({
    queryKey: ["sessions", sessionId, "velocities"],
    queryFn: ({ signal }) =>
      get<SessionVelocities>(`/api/clients/${clientId}/sessions/${sessionId}/velocities`, signal),
  });

/** "itemId|position" → the set's mean velocity, for the log view's badges. */
export function meanByPlace(v: SessionVelocities | undefined): Map<string, SessionVelocities["sets"][number]> {
  return new Map((v?.sets ?? []).map((s) => [`${s.itemId}|${s.position}`, s]));
}
