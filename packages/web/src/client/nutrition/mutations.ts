import type { Intake, IntakeRequest, Measurement, MeasurementRequest } from "@spotter/contracts";
import { post } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";
import { myNutritionKey } from "./queries.ts";

/** A weigh-in moves the trend, and the trend moves the targets: refresh all of my nutrition. */
export function useLogMeasurement() {
  return useApiMutation<Measurement, MeasurementRequest>({
    request: (body) => post("/api/me/nutrition/measurements", body),
    invalidates: () => [myNutritionKey],
  });
}

export function useLogIntake() {
  return useApiMutation<Intake, IntakeRequest>({
    request: (body) => post("/api/me/nutrition/intake", body),
    invalidates: () => [myNutritionKey],
  });
}
