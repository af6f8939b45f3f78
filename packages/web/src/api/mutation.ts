import { type QueryClient, type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { toApiError } from "./api-error.ts";

type Options<TData, TVars> = {
  /** The request; anything it throws reaches the component as an ApiError. */
  request: (vars: TVars) => Promise<TData>;
  /** Write the answer into the cache (e.g. the edited session) before invalidation runs. */
  update?: (cache: QueryClient, data: TData, vars: TVars) => void;
  /** Keys whose data the change makes stale; they refetch if on screen. */
  invalidates?: (data: TData, vars: TVars) => QueryKey[];
  /** Names the mutation in the cache, for screens that must know it succeeded after a remount. */
  mutationKey?: QueryKey;
};

/**
 * The one way the app changes data: pending state, the error as an ApiError (with field errors
 * for forms), cache updates and invalidation. Components call `mutate(vars, { onSuccess })` for
 * what only the screen cares about (close a dialog, navigate).
 */
export function useApiMutation<TData, TVars = void>({
  request,
  update,
  invalidates,
  mutationKey,
}: Options<TData, TVars>) {
  const cache = useQueryClient();
  return useMutation({
    mutationKey,
    mutationFn: async (vars: TVars) => {
      try {
        return await request(vars);
      } catch (e) {
        throw toApiError(e);
      }
    },
    onSuccess: async (data: TData, vars: TVars) => {
      update?.(cache, data, vars);
      await Promise.all((invalidates?.(data, vars) ?? []).map((queryKey) => cache.invalidateQueries({ queryKey })));
    },
  });
}
