import { QueryClient } from "@tanstack/react-query";
import type { ApiError } from "./api-error.ts";

// Every query and mutation fails with an ApiError (client.ts turns any failure into one), so
// components read `error.isOffline`, `error.fields`... without casting.
declare module "@tanstack/react-query" {
  interface Register {
    defaultError: ApiError;
  }
}

/**
 * The app's one cache. Data is stale at once (a page mounted later refetches in the background
 * while showing what is cached), components mounting together share one request, and mutations
 * say which keys they invalidate. No automatic retries: a failed read shows its error and a
 * "Try again" button, as before; no refetch on focus, which would surprise a coach mid-edit.
 * `networkMode: "always"`: offline requests fail at once as ApiError.isOffline (the pages word
 * that, and the session logger keeps the draft and resends when back online) instead of waiting
 * paused, which is TanStack's default.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0, networkMode: "always" },
      mutations: { retry: false, networkMode: "always" },
    },
  });
}
