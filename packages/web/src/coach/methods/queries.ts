import type { ExerciseListResponse, MethodEntry } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

// The list (GET /api/methods) is methodsQuery in ../pages/queries.ts, key ["methods"]: one method
// lives under it, so invalidating ["methods"] after a write refreshes the list and every open method.
export { methodsQuery } from "../pages/queries.ts";

export const methodKey = (id: string) => ["methods", "one", id] as const;

/** One method in full (its JSON), with where it comes from (built-ins are read-only). */
export const methodQuery = (id: string) =>
  queryOptions({
    queryKey: methodKey(id),
    queryFn: ({ signal }) => get<MethodEntry>(`/api/methods/${encodeURIComponent(id)}`, signal),
    // Asked at start-up (prefetch.ts), by the route and by the page: fresh for a while, so one
    // opening is one request (writes invalidate ["methods"], which refetches it at once).
    staleTime: 30_000,
  });

/**
 * The whole catalog the organization can use (built-ins plus its own), searched in the page: 260-odd
 * rows, loaded once per editor visit, so typing filters instantly without a request per key.
 */
export const catalogQuery = () =>
  queryOptions({
    queryKey: ["exercises", "all"],
    queryFn: ({ signal }) => get<ExerciseListResponse>("/api/exercises", signal),
    staleTime: 5 * 60_000,
  });
