import type { SessionDto } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

export const sessionQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ["sessions", sessionId],
    queryFn: ({ signal }) => get<SessionDto>(`/api/sessions/${sessionId}`, signal),
  });
