import type { Equipment, JointStressTag, Level, LoadType, MovementPattern, Muscle } from "./vocabulary.ts";

/** How a set of this exercise is measured. */
export type ExerciseMeasure = "reps" | "time" | "distance";

/** One entry of the exercise catalog (built-in or an organization's own). */
export type Exercise = {
  /** Stable kebab-case id, e.g. `goblet-squat`; organization exercises are prefixed `org:`. */
  id: string;
  name: string;
  pattern: MovementPattern;
  primaryMuscles: Muscle[];
  secondaryMuscles: Muscle[];
  /**
   * Equipment options: the exercise can be done when ANY one of these sets is fully available.
   * `[[]]` means bodyweight, nothing needed. `[["dumbbells"], ["kettlebells"]]` means either.
   */
  equipment: Equipment[][];
  level: Level;
  unilateral: boolean;
  loadType: LoadType;
  measure: ExerciseMeasure;
  jointStress: JointStressTag[];
  /** Easier variations (ids), most similar first. Together with progressions a graph. */
  regressions: string[];
  /** Harder variations (ids), most similar first. */
  progressions: string[];
  cues: {
    setup: string[];
    execution: string[];
    faults: string[];
  };
  /** Eccentric-pause-concentric-pause seconds, e.g. "3-1-1-0". */
  tempo: string;
  /** Time under load of one rep (or per side for unilateral), used for duration estimates. */
  secondsPerRep: number;
  /** Free-form tags: "plyometric", "olympic", "isometric", "ramp_candidate", ... */
  tags: string[];
  /**
   * The organization archived it: it still resolves in history and in methods that name it, but it
   * is never chosen by pattern, kept from last time or offered as a swap.
   */
  archived?: boolean;
};
