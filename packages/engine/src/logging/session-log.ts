import type { BodyRegion, Unit } from "../model/index.ts";

/**
 * One performed set. Loads are in the log's `unit`; 0 or absent for bodyweight work. Timed work
 * (carries, holds) logs `seconds` with its load and `reps: 0`; the e1RM rule ignores it.
 */
export type SetLog = {
  load?: number;
  reps: number;
  /** RPE 1-10 (half points). Give rpe or rir, not both. */
  rpe?: number;
  rir?: number;
  /** Mean concentric velocity, m/s, from a velocity tracker. */
  velocity?: number;
  /** False when the client missed the prescribed reps. */
  completed: boolean;
  /** Seconds, for timed work (a set with seconds is timed: it never feeds the e1RM). */
  seconds?: number;
};

/** Pain the client reported during an exercise. */
export type ExercisePain = { region: BodyRegion; severity: number };

/** What was prescribed, so the progression can tell a miss from a choice. */
export type ExerciseTarget = {
  sets: number;
  reps?: number;
  load?: number;
  rpe?: number;
  /** A planned deload exposure: it counts for pain and e1RM but not as the load to progress from. */
  deload?: boolean;
};

export type ExerciseLog = {
  exerciseId: string;
  target?: ExerciseTarget;
  sets: SetLog[];
  pain?: ExercisePain;
};

export type Benchmark = { name: string; value: number; unit: string };

/** What a client did in one session. */
export type SessionLog = {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  unit: Unit;
  exercises: ExerciseLog[];
  /** Foster session-RPE, 0-10. */
  sessionRpe?: number;
  /** 1 (awful) - 5 (great). */
  feel?: number;
  benchmarks: Benchmark[];
  notes?: string;
};
