import type { QueryClient } from "@tanstack/react-query";
import { methodEditorChunk } from "../methods/chunks.ts";
import { catalogQuery, methodQuery } from "../methods/queries.ts";
import { ROSTER_PAGE_SIZE, rosterQuery } from "./queries.ts";

/**
 * Asks for the data of the coach page being opened while the coach chunk loads, right behind
 * /api/auth/me (main.tsx sends that first), instead of after React has rendered the page. Only
 * what the page needs to be usable: the roster's first page, with the key RosterPage asks for on
 * mount. The status lights are left to the page, which asks for its rows' lights once it knows
 * them: the embedded database answers one query at a time, and the lights of the whole roster
 * ahead of /api/auth/me or the list made the roster later, not sooner (cf01520).
 *
 * The method editor (/methods/new, /methods/:id) waited on the coach chunk's download and
 * evaluation before its own chunk, the method and the catalog were even asked for (~0.5 s of a
 * loaded machine in bench/web/method-editor-interactive.ts): all three now start here, the small
 * method first so the single-connection database answers it before the catalog.
 */
export function prefetchCoachPage(queryClient: QueryClient, path: string): void {
  if (path === "/clients") {
    void queryClient.prefetchQuery(rosterQuery({ status: "active", page: 1, pageSize: ROSTER_PAGE_SIZE }));
    return;
  }
  const editor = /^\/methods\/([^/]+)\/?$/.exec(path);
  if (editor?.[1]) {
    const id = decodeURIComponent(editor[1]);
    if (id !== "new") void queryClient.prefetchQuery(methodQuery(id));
    void queryClient.prefetchQuery(catalogQuery());
    void methodEditorChunk.preload();
  }
}
