import type { QueryClient } from "@tanstack/react-query";
import { ROSTER_PAGE_SIZE, rosterQuery } from "./queries.ts";

/**
 * Asks for the data of the coach page being opened while the coach chunk loads, right behind
 * /api/auth/me (main.tsx sends that first), instead of after React has rendered the page. Only
 * what the page needs to be usable: the roster's first page, with the key RosterPage asks for on
 * mount. The status lights are left to the page (RosterPage starts them beside its list): the
 * embedded database answers one query at a time, and the lights' query (~3× the list's on 500
 * clients) ahead of /api/auth/me or the list made the roster later, not sooner (cf01520).
 */
export function prefetchCoachPage(queryClient: QueryClient, path: string): void {
  if (path === "/clients") {
    void queryClient.prefetchQuery(rosterQuery({ status: "active", page: 1, pageSize: ROSTER_PAGE_SIZE }));
  }
}
