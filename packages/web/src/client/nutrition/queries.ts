import type { IntakeList, MeasurementList, TargetsView } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

/** The signed-in client's own nutrition (under /api/me). */
export const myNutritionKey = ["me", "nutrition"] as const;

export const myMeasurementsQuery = queryOptions({
  queryKey: [...myNutritionKey, "measurements"],
  queryFn: ({ signal }) => get<MeasurementList>("/api/me/nutrition/measurements", signal),
});

export const myIntakeQuery = queryOptions({
  queryKey: [...myNutritionKey, "intake"],
  queryFn: ({ signal }) => get<IntakeList>("/api/me/nutrition/intake", signal),
});

export const myTargetsQuery = queryOptions({
  queryKey: [...myNutritionKey, "targets"],
  queryFn: ({ signal }) => get<TargetsView>("/api/me/nutrition/targets", signal),
});
