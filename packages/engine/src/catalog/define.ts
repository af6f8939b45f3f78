import type { Exercise, ExerciseMeasure } from "../model/exercise.ts";
import type { Equipment, JointStressTag, Level, LoadType, MovementPattern, Muscle } from "../model/vocabulary.ts";
import type { ExerciseTag } from "./tags.ts";

/**
 * The compact authoring shape for built-in entries. Short keys keep each data file readable and
 * under the 400-line limit; `define` expands them into the full `Exercise` with defaults.
 */
export type ExerciseSpec = {
  name: string;
  primary: Muscle[];
  secondary?: Muscle[];
  /** Defaults to bodyweight `[[]]`. */
  equipment?: Equipment[][];
  level?: Level;
  unilateral?: boolean;
  load?: LoadType;
  measure?: ExerciseMeasure;
  stress?: JointStressTag[];
  regress?: string[];
  progress?: string[];
  setup: string[];
  execution: string[];
  faults: string[];
  tempo?: string;
  spr?: number;
  tags?: ExerciseTag[];
};

/** Per-file defaults: every data file is one pattern with its own typical tempo and pace. */
export type PatternDefaults = {
  pattern: MovementPattern;
  level?: Level;
  load?: LoadType;
  measure?: ExerciseMeasure;
  tempo?: string;
  spr?: number;
};

/**
 * Returns an authoring function bound to one pattern. Time-measured entries default to one
 * second per "rep" (a rep is then one second of work) and a 0-0-0-0 tempo, so duration estimates
 * treat the prescribed seconds literally.
 */
export function definer(defaults: PatternDefaults): (id: string, spec: ExerciseSpec) => Exercise {
  return (id, spec) => {
    const measure = spec.measure ?? defaults.measure ?? "reps";
    const timed = measure !== "reps";
    return {
      id,
      name: spec.name,
      pattern: defaults.pattern,
      primaryMuscles: spec.primary,
      secondaryMuscles: spec.secondary ?? [],
      equipment: spec.equipment ?? [[]],
      level: spec.level ?? defaults.level ?? "beginner",
      unilateral: spec.unilateral ?? false,
      loadType: spec.load ?? defaults.load ?? "bodyweight",
      measure,
      jointStress: spec.stress ?? [],
      regressions: spec.regress ?? [],
      progressions: spec.progress ?? [],
      cues: { setup: spec.setup, execution: spec.execution, faults: spec.faults },
      tempo: spec.tempo ?? (timed ? "0-0-0-0" : (defaults.tempo ?? "2-0-1-0")),
      secondsPerRep: spec.spr ?? (timed ? 1 : (defaults.spr ?? 4)),
      tags: spec.tags ?? [],
    };
  };
}

/** Shorthand for the common "dumbbells or kettlebells" equipment alternative. */
export const DB_OR_KB: Equipment[][] = [["dumbbells"], ["kettlebells"]];
