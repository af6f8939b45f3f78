import { type Reason, reason } from "../core/reasons.ts";
import type { Screening } from "../model/index.ts";
import type { ClearanceScope } from "./requirement.ts";

/**
 * ACSM pre-participation screening (Riebe et al. 2015, Med Sci Sports Exerc 47:2473-2479): current
 * activity × known cardiovascular/metabolic/renal (CMR) disease × signs or symptoms → whether
 * medical clearance is needed, and before which intensity. Risk-factor counts are no longer used.
 */
export const ACSM_TABLE = [
  { exercising: false, status: "none", clearance: null, advice: "light to moderate, progress gradually to vigorous" },
  { exercising: false, status: "disease", clearance: "any", advice: "medical clearance, then light to moderate" },
  { exercising: false, status: "symptoms", clearance: "any", advice: "medical clearance, then light to moderate" },
  { exercising: true, status: "none", clearance: null, advice: "continue moderate or vigorous" },
  {
    exercising: true,
    status: "disease",
    clearance: "vigorous",
    advice: "continue moderate; clearance before vigorous",
  },
  {
    exercising: true,
    status: "symptoms",
    clearance: "any",
    advice: "stop exercising; medical clearance before resuming",
  },
] as const satisfies readonly {
  exercising: boolean;
  status: AcsmStatus;
  clearance: ClearanceScope | null;
  advice: string;
}[];
export type AcsmStatus = "none" | "disease" | "symptoms";

/** Conditions whose names say cardiovascular, metabolic (diabetes) or renal disease. */
const CMR_WORDS =
  /\b(heart|cardiac|coronary|angina|arrhythmi|heart failure|stroke|diabet|renal|kidney|peripheral arter)/i;

/** ACSM "currently exercising" needs at least this many months of regular structured training. */
export const ACSM_CURRENT_MONTHS = 3;

export type AcsmResult = {
  exercising: boolean;
  status: AcsmStatus;
  /** Before what medical clearance is needed (null: none). */
  clearance: ClearanceScope | null;
  reason: Reason;
};

/**
 * Reads the table. Symptoms: chest pain or dizziness/syncope (PAR-Q+ 2, 3). Disease: the explicit
 * answer, else a "yes" to PAR-Q+ 1 (it mixes heart disease with high blood pressure, so this leans
 * cautious) or a listed condition naming heart, diabetes or kidney disease. Current exerciser: the explicit answer, else ≥ 3 months of training.
 */
export function acsmDecision(s: Screening, trainingAgeMonths: number): AcsmResult {
  const exercising = s.currentlyExercising ?? trainingAgeMonths >= ACSM_CURRENT_MONTHS;
  const symptoms = s.chestPainActivity || s.dizzinessOrFainting;
  const disease = s.knownCmrDisease ?? (s.heartCondition || CMR_WORDS.test(s.conditions.join("; ")));
  const status: AcsmStatus = symptoms ? "symptoms" : disease ? "disease" : "none";
  const row = ACSM_TABLE.find((r) => r.exercising === exercising && r.status === status)!;
  return {
    exercising,
    status,
    clearance: row.clearance,
    reason: reason(
      `screening.acsm.${exercising ? "active" : "inactive"}.${status}`,
      `ACSM pre-participation: ${exercising ? "currently exercising" : "not currently exercising"}, ${status === "none" ? "no known disease or symptoms" : status === "disease" ? "known CMR disease without symptoms" : "signs or symptoms"} → ${row.advice}.`,
      { exercising, knownDisease: disease, symptoms },
      { currentExerciserMonths: ACSM_CURRENT_MONTHS },
    ),
  };
}
