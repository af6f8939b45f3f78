import type { NutritionProposalResult, NutritionSettings, NutritionSettingsRequest } from "@spotter/contracts";
import { post, put } from "../../../api/client.ts";
import { useApiMutation } from "../../../api/mutation.ts";
import { clientKey } from "../queries.ts";
import { nutritionKey } from "./queries.ts";

/** PUT settings supersedes the active goal/rate; targets and proposals depend on it. */
export function useSaveNutritionSettings(clientId: string) {
  return useApiMutation<NutritionSettings, NutritionSettingsRequest>({
    request: (body) => put(`/api/clients/${clientId}/nutrition/settings`, body),
    invalidates: () => [nutritionKey(clientId)],
  });
}

/** Runs the adaptive check now; a stored proposal also shows in the triage queue. */
export function useCheckNutrition(clientId: string) {
  return useApiMutation<NutritionProposalResult>({
    request: () => post(`/api/clients/${clientId}/nutrition/proposals`),
    invalidates: () => [clientKey(clientId)],
  });
}
