import { useEffect, useSyncExternalStore } from "react";
import { type ApiError, toApiError } from "../api/api-error.ts";
import { get } from "../api/client.ts";

export type SharedState<T> = { data: T | undefined; error: ApiError | undefined; loading: boolean };
export type SharedGet<T> = { refresh: () => Promise<void>; use: () => SharedState<T> & { reload: () => void } };

/**
 * One GET shared by every component on screen: fifty roster rows mounting at once cost one
 * request (in-flight requests are reused), and `refresh()` after a decision re-renders them all.
 */
export function sharedGet<T>(path: string): SharedGet<T> {
  let state: SharedState<T> = { data: undefined, error: undefined, loading: false };
  let inflight: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const set = (next: Partial<SharedState<T>>) => {
    state = { ...state, ...next };
    for (const l of listeners) l();
  };
  const refresh = () => {
    inflight ??= (async () => {
      set({ loading: true, error: undefined });
      try {
        set({ data: await get<T>(path), loading: false });
      } catch (e) {
        set({ error: toApiError(e), loading: false });
      } finally {
        inflight = undefined;
      }
    })();
    return inflight;
  };
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  };
  return {
    refresh,
    use: () => {
      const s = useSyncExternalStore(subscribe, () => state);
      useEffect(() => {
        void refresh();
      }, []);
      return { ...s, reload: () => void refresh() };
    },
  };
}
