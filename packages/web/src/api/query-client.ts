import { QueryClient } from "@tanstack/react-query";
import type { ApiError } from "./api-error.ts";

/** Reads sent again after a 503: with the server's 2 s Retry-After, a coach waits at most ~6 s more. */
export const OVERLOAD_RETRIES = 3;
/** Wait before resending a refused read when the server named none. */
const DEFAULT_OVERLOAD_DELAY_MS = 2_000;
/** Never wait longer than this for one retry, whatever the header says. */
const MAX_OVERLOAD_DELAY_MS = 30_000;

/** TanStack `retry`: only a busy server's refusal, and only a few times. */
export function retryOverloaded(failureCount: number, error: ApiError): boolean {
  return error.isOverloaded && failureCount < OVERLOAD_RETRIES;
}

/** TanStack `retryDelay`: what the server's Retry-After asked for, capped. */
export function overloadedRetryDelay(_failureCount: number, error: ApiError): number {
  return Math.min(error.retryAfterMs ?? DEFAULT_OVERLOAD_DELAY_MS, MAX_OVERLOAD_DELAY_MS);
}

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
 * say which keys they invalidate. A read refused by a busy server (503) is sent again when the
 * server's Retry-After says, up to OVERLOAD_RETRIES times, while the page keeps showing it is
 * loading; any other failed read shows its error and a "Try again" button. Mutations are never
 * retried by themselves (a write that timed out may still have happened). No refetch on focus,
 * which would surprise a coach mid-edit.
 * `networkMode: "always"`: offline requests fail at once as ApiError.isOffline (the pages word
 * that, and the session logger keeps the draft and resends when back online) instead of waiting
 * paused, which is TanStack's default.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retryOverloaded,
        retryDelay: overloadedRetryDelay,
        refetchOnWindowFocus: false,
        staleTime: 0,
        networkMode: "always",
      },
      mutations: { retry: false, networkMode: "always" },
    },
  });
}
