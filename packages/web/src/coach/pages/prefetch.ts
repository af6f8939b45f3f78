import type { QueryClient } from "@tanstack/react-query";
import { rosterLevelsQuery } from "../../triage/queries.ts";
import { ROSTER_PAGE_SIZE, rosterQuery } from "./queries.ts";

/**
 * Starts the requests of the coach page being opened while /api/auth/me and the coach chunk load
 * (issue 12: the roster waited for me, then the list, then the lights, one after another).
 * Only the roster's first page for now: the keys are the ones RosterPage asks for on mount.
 */
export function prefetchCoachPage(queryClient: QueryClient, path: string): void {
  if (path === "/clients") {
    void queryClient.prefetchQuery(rosterQuery({ status: "active", page: 1, pageSize: ROSTER_PAGE_SIZE }));
    void queryClient.prefetchQuery(rosterLevelsQuery());
  }
}
