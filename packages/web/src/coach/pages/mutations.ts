import type { TrainerProfileResponse } from "@spotter/contracts";
import type { TrainerProfile } from "@spotter/engine";
import { put } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";
import { trainerProfileQuery } from "./queries.ts";

export function useSaveTrainerProfile() {
  return useApiMutation({
    request: (profile: TrainerProfile) => put<TrainerProfileResponse>("/api/trainer-profile", profile),
    update: (cache, saved) => cache.setQueryData(trainerProfileQuery().queryKey, saved),
  });
}
