import type { BodyRegion, Exercise, JointStressTag } from "../model/index.ts";

/** A pain the session must respect (from the profile's injuries, today's flags or the last log). */
export type ActivePain = {
  region: BodyRegion;
  severity: number;
  /** Tags that provoke this pain; they are excluded at any severity ≥ 1. */
  aggravating: JointStressTag[];
  source: "injury" | "today" | "log";
  /** When it was reported (injury onset, today, or the log's date), so reasons can cite it. */
  date?: string;
};

/**
 * Pain tolerance table: for each region, the joint-stress tags that load it and the highest pain
 * severity (0-10) at which an exercise with that tag is still allowed. Above it the exercise is
 * contraindicated. Severity ≥ 8 therefore excludes everything that loads the region.
 *
 * Rationale (a coaching convention, not a clinical rule; the engine never diagnoses): the
 * pain-monitoring model (Silbernagel et al. 2007) lets loading continue while pain during it stays
 * low; here a region's most provocative tags (impact, end-range, axial or overhead loading) get the
 * lowest tolerance (1-2) and positions the joint usually tolerates better get higher ones (3-5).
 */
export const PAIN_TOLERANCE: Readonly<Record<BodyRegion, Partial<Record<JointStressTag, number>>>> = {
  shoulder: { overhead_shoulder: 2, horizontal_shoulder_load: 3, shoulder_extension_loaded: 4, neck_load: 5 },
  elbow: { elbow_extension_load: 3, elbow_flexion_load: 3, grip_load: 4 },
  wrist: { wrist_extension: 2, grip_load: 3 },
  neck: { neck_load: 1, spinal_axial_load: 3, overhead_shoulder: 5 },
  upper_back: { spinal_axial_load: 4, spinal_rotation: 4, shoulder_extension_loaded: 5 },
  lower_back: {
    spinal_axial_load: 2,
    spinal_flexion_load: 2,
    spinal_extension_load: 3,
    spinal_rotation: 3,
    hip_flexion_loaded: 4,
    impact: 4,
  },
  hip: { hip_flexion_loaded: 3, deep_knee_flexion: 4, impact: 4, loaded_knee_flexion: 5 },
  knee: { knee_impact: 1, deep_knee_flexion: 2, loaded_knee_flexion: 3, impact: 3, ankle_dorsiflexion: 5 },
  ankle: { impact: 2, knee_impact: 2, ankle_dorsiflexion: 3 },
  chest: { horizontal_shoulder_load: 3, overhead_shoulder: 5 },
};

export type PainConflict = { region: BodyRegion; tag: JointStressTag; severity: number; tolerance: number };

/** The first pain the exercise loads beyond its tolerance, or undefined when it is allowed. */
export function painConflict(exercise: Exercise, pains: readonly ActivePain[]): PainConflict | undefined {
  for (const pain of pains) {
    if (pain.severity <= 0) continue;
    for (const tag of exercise.jointStress) {
      const tolerance = pain.aggravating.includes(tag) ? 0 : PAIN_TOLERANCE[pain.region][tag];
      if (tolerance !== undefined && pain.severity > tolerance) {
        return { region: pain.region, tag, severity: pain.severity, tolerance };
      }
    }
  }
  return undefined;
}
