import { type Reason, reason } from "../core/reasons.ts";
import type { Screening } from "../model/index.ts";
import type { ClearanceRequirement } from "./requirement.ts";

/**
 * The seven PAR-Q+ general health questions (Warburton, Jamnik, Bredin & Gledhill, PAR-Q+
 * Collaboration, 2021/2023) as data: the Screening field, the question, and whether a "yes" is a
 * sign or symptom (chest pain, dizziness/syncope) or a doctor's instruction that needs a physician
 * rather than an exercise professional.
 */
export const PARQ_QUESTIONS = [
  { field: "heartCondition", text: "a heart condition or high blood pressure", physician: true },
  { field: "chestPainActivity", text: "chest pain at rest, in daily life or during activity", physician: true },
  {
    field: "dizzinessOrFainting",
    text: "lost balance from dizziness or lost consciousness (12 months)",
    physician: true,
  },
  { field: "diagnosedChronicCondition", text: "another diagnosed chronic medical condition", physician: false },
  { field: "prescribedMedication", text: "prescribed medication for a chronic condition", physician: false },
  { field: "boneJointProblem", text: "a bone, joint or soft-tissue problem made worse by activity", physician: false },
  { field: "medicallySupervisedOnly", text: "a doctor's advice to exercise only under supervision", physician: true },
] as const;
export type ParqField = (typeof PARQ_QUESTIONS)[number]["field"];

/** PAR-Q+: over this age and not used to vigorous exercise, consult before vigorous work. */
export const PARQ_VIGOROUS_AGE = 45;

export type ParqOutcome =
  /** No to all seven (or no to every follow-up): start slowly, progress gradually. */
  | "cleared"
  /** Yes to a general question, follow-ups (pages 2-3) not completed. */
  | "follow_up_needed"
  /** Yes to a follow-up: seek further information (qualified exercise professional / ePARmed-X+). */
  | "further_information"
  /** A doctor said medically supervised activity only. */
  | "medical_supervision";

export type ParqResult = {
  outcome: ParqOutcome;
  yes: ParqField[];
  requirement?: ClearanceRequirement;
  reasons: Reason[];
};

/**
 * PAR-Q+ decision: "no" to all seven clears; a "yes" sends the client to the condition follow-ups;
 * a "yes" there means further information before becoming more active. A yes to a symptom, a heart
 * condition or supervised-only names a physician; the others a qualified exercise professional.
 */
export function parqDecision(s: Screening): ParqResult {
  const yes = PARQ_QUESTIONS.filter((q) => s[q.field]).map((q) => q.field);
  const inputs = { yes: yes.join(",") || "none" };
  if (yes.length === 0)
    return {
      outcome: "cleared",
      yes,
      reasons: [
        reason(
          "screening.parq.cleared",
          "PAR-Q+: no to all seven questions; start slowly and build gradually.",
          inputs,
        ),
      ],
    };
  const physician = PARQ_QUESTIONS.some((q) => q.physician && s[q.field]);
  const see = physician ? "physician" : "qualified_exercise_professional";
  const labels = PARQ_QUESTIONS.filter((q) => s[q.field]).map((q) => q.text);
  if (s.medicallySupervisedOnly) {
    const r = reason(
      "screening.parq.medical_supervision",
      `PAR-Q+: a doctor advised medically supervised activity only; no program before a physician clears it (${labels.join("; ")}).`,
      inputs,
    );
    return {
      outcome: "medical_supervision",
      yes,
      requirement: { kind: "medical", see: "physician", scope: "any", reasons: [r] },
      reasons: [r],
    };
  }
  const followUps = s.followUps ?? [];
  if (followUps.length === 0) {
    const r = reason(
      "screening.parq.follow_up_needed",
      `PAR-Q+ "yes" (${labels.join("; ")}): the condition follow-ups (pages 2-3) are not completed; see a ${see.replaceAll("_", " ")} before vigorous work.`,
      inputs,
    );
    return {
      outcome: "follow_up_needed",
      yes,
      requirement: { kind: "medical", see, scope: "vigorous", reasons: [r] },
      reasons: [r],
    };
  }
  const positive = followUps.filter((f) => f.anyYes).map((f) => f.category);
  if (positive.length === 0)
    return {
      outcome: "cleared",
      yes,
      reasons: [
        reason(
          "screening.parq.follow_ups_clear",
          "PAR-Q+: no to every follow-up question; start slowly and build gradually.",
          {
            ...inputs,
            followUps: followUps.length,
          },
        ),
      ],
    };
  const r = reason(
    "screening.parq.further_information",
    `PAR-Q+ follow-up "yes" (${positive.join(", ")}): seek further information from a ${see.replaceAll("_", " ")} (ePARmed-X+) before becoming more active.`,
    { ...inputs, categories: positive.join(",") },
  );
  return {
    outcome: "further_information",
    yes,
    requirement: { kind: "medical", see, scope: "any", reasons: [r] },
    reasons: [r],
  };
}
