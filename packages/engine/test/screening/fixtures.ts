import type { ClientProfile, Screening } from "@spotter/engine";
import { client } from "../fixtures/programming.ts";

export const NOW = "2026-03-02T09:00:00Z";

export const NO: Screening = {
  heartCondition: false,
  chestPainActivity: false,
  dizzinessOrFainting: false,
  diagnosedChronicCondition: false,
  prescribedMedication: false,
  boneJointProblem: false,
  medicallySupervisedOnly: false,
  conditions: [],
};

/** A 36-year-old with 30 months of training and a clean screen, unless overridden. */
export function screened(screening: Partial<Screening> = {}, over: Partial<ClientProfile> = {}): ClientProfile {
  return client({ birthYear: 1990, screening: { ...NO, ...screening }, ...over });
}
