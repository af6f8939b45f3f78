import type { FoodList, MealPlanView, NutritionPreferencesView } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get, post, put } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";

/**
 * The meal plan and preferences of one client, for the coach (`/api/clients/:id/nutrition`) and the
 * client themself (`/api/me/nutrition`): the same views over either base URL.
 */
export const planKey = (base: string) => ["meal-plan", base] as const;

export const planQuery = (base: string) =>
  queryOptions({
    queryKey: [...planKey(base), "plan"],
    queryFn: ({ signal }) => get<{ plan: MealPlanView | null }>(`${base}/meal-plan`, signal),
  });

export const preferencesQuery = (base: string) =>
  queryOptions({
    queryKey: [...planKey(base), "preferences"],
    queryFn: ({ signal }) => get<NutritionPreferencesView>(`${base}/preferences`, signal),
  });

export const foodsQuery = queryOptions({
  queryKey: ["foods"],
  queryFn: ({ signal }) => get<FoodList>("/api/foods", signal),
  staleTime: 5 * 60_000,
});

export function useGeneratePlan(base: string) {
  return useApiMutation<MealPlanView>({
    request: () => post(`${base}/meal-plan`, {}),
    invalidates: () => [planKey(base)],
  });
}

export type SwapVars = { date: string; slot: string; foodId?: string };
export function useSwap(base: string) {
  return useApiMutation<MealPlanView, SwapVars>({
    request: (vars) => post(`${base}/meal-plan/swap`, vars),
    update: (cache, plan) => cache.setQueryData([...planKey(base), "plan"], { plan }),
  });
}

export function useSavePreferences(base: string) {
  return useApiMutation<NutritionPreferencesView, NutritionPreferencesView>({
    request: (body) => put(`${base}/preferences`, body),
    invalidates: () => [planKey(base)],
  });
}
