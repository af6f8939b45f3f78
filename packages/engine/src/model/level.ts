import type { Level } from "./vocabulary.ts";

/**
 * Training age → level, after the ACSM position stand (Med Sci Sports Exerc 2009;41:687-708): novice = no or little structured
 * training, intermediate ≈ 6 months, advanced = years (here 24+ months).
 */
export function clientLevel(trainingAgeMonths: number): Level {
  if (trainingAgeMonths < 6) return "beginner";
  if (trainingAgeMonths < 24) return "intermediate";
  return "advanced";
}

const ORDER: Record<Level, number> = { beginner: 0, intermediate: 1, advanced: 2 };

/** True when an exercise of `exercise` level suits a client of `client` level. */
export function levelAllows(client: Level, exercise: Level): boolean {
  return ORDER[exercise] <= ORDER[client];
}
