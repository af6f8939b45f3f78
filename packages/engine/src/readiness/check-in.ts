import type { MedicationChange, Pregnancy } from "../model/health.ts";
import type { BodyRegion } from "../model/vocabulary.ts";

/**
 * Wellness scale used by every check-in item: **1-7, Hooper direction** — 1 = very, very good (or
 * very low fatigue/soreness/stress), 7 = very, very bad (or very high). Mood uses the same
 * direction: 1 = very positive, 7 = very low. Source: Hooper & Mackinnon, Sports Med 1995;20:321-327
 * (4 items, 1-7); mood added as the fifth item of McLean et al. IJSPP 2010. One direction for all
 * items keeps the Hooper thresholds ("> 5 for > 7 days", worst anchor 7) directly usable.
 */
export const WELLNESS_SCALE = { min: 1, max: 7, best: 1, worst: 7 } as const;

/** The five 1-7 items of the daily check-in, in display order. */
export const WELLNESS_ITEMS = ["sleepQuality", "fatigue", "soreness", "stress", "mood"] as const;
export type WellnessItem = (typeof WELLNESS_ITEMS)[number];

/** A pain the client reports, 0-10 (0 none, 10 worst imaginable). */
export type PainReport = {
  region: BodyRegion;
  severity: number;
  /** The client describes it as sharp, stabbing or sudden (a red flag on its own). */
  sharp?: boolean;
};

/**
 * Structured red-flag questions of the check-in (true = yes). Each one stops automation until a
 * coach resolves it. Absent means "not asked / no".
 */
export type RedFlagItems = {
  chestPain?: boolean;
  dizzinessOrFainting?: boolean;
  /** Numbness, weakness on one side, speech or vision disturbance, sudden severe headache. */
  neurologicalSymptoms?: boolean;
  sharpPain?: boolean;
  /** Client or coach answers to eating-concern items (e.g. SCOFF-style questions). */
  disorderedEating?: boolean;
  /** Feeling unable to skip training, training through illness or injury, guilt when resting. */
  compulsiveExercise?: boolean;
  emotionalDistress?: boolean;
};

export const RED_FLAG_ITEM_KEYS = [
  "chestPain",
  "dizzinessOrFainting",
  "neurologicalSymptoms",
  "sharpPain",
  "disorderedEating",
  "compulsiveExercise",
  "emotionalDistress",
] as const satisfies readonly (keyof RedFlagItems)[];

/** One daily readiness check-in as a database row would hold it. */
export type CheckIn = {
  /** ISO date (YYYY-MM-DD) the check-in is for. */
  date: string;
  /** Hours slept last night. */
  sleepHours: number;
  /** 1-7, 1 = very, very good sleep. */
  sleepQuality: number;
  /** 1-7, 1 = very fresh. */
  fatigue: number;
  /** 1-7, 1 = no soreness. */
  soreness: number;
  /** 1-7, 1 = very relaxed. */
  stress: number;
  /** 1-7, 1 = very positive. */
  mood: number;
  /** Morning ln rMSSD (natural log of rMSSD in ms), typically 2.5-5.0. */
  hrvLnRmssd?: number;
  /** Morning resting heart rate, bpm. */
  restingHr?: number;
  painReports?: PainReport[];
  redFlags?: RedFlagItems;
  /** Free text from the client; screened for red-flag phrases. */
  note?: string;
  /**
   * A medication started, stopped or changed since the last check-in: it joins the profile's
   * medication changes (the screening gate waits for a coach's review; HR readiness gets a caveat).
   */
  medicationChange?: MedicationChange;
  /** Pregnancy or postpartum status as of this check-in: it replaces the profile's. */
  pregnancy?: Pregnancy;
};
