import type { PainReport } from "../readiness/check-in.ts";

/** One exercise within a logged session, with any pain the client attributed to it. */
export type ExerciseLogRecord = {
  exerciseId: string;
  /** Pain felt during or after this exercise (region, 0-10). */
  pain?: PainReport[];
};

/**
 * One training session as the database holds it: planned sessions that were not completed count
 * as missed once their date has passed; unplanned completed sessions add load but no plan.
 */
export type SessionRecord = {
  /** ISO date. */
  date: string;
  planned: boolean;
  completed: boolean;
  durationMin?: number;
  /** Foster CR-10 session RPE (0-10), asked ~30 min after the session. */
  sessionRpe?: number;
  exercises?: ExerciseLogRecord[];
};

/** An estimated 1RM from a logged set, at the effort it was lifted. */
export type E1rmRecord = {
  date: string;
  exerciseId: string;
  e1rmKg: number;
  /** RPE of the set the estimate came from (comparable effort = within 1 RPE). */
  rpe: number;
};

/** The first date the client ever did an exercise (may predate the data window). */
export type FirstExposure = { exerciseId: string; date: string };

/**
 * Scored screening questionnaires (weekly check-in or intake): SCOFF (0-5, Morgan et al. BMJ 1999;
 * ≥ 2 = refer for assessment) and the Compulsive Exercise Test total (CET, Taranis et al. 2011;
 * clinical cut-off ≥ 15, Meyer et al. 2016).
 */
export type QuestionnaireRecord = { date: string; scoff?: number; cet?: number };

/** A body-mass reading (morning, kg). */
export type BodyMassRecord = { date: string; kg: number };
