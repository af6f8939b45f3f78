import { dayOfInstant, type Instant, isoFromDay } from "../core/dates.ts";
import { type Reason, reason } from "../core/reasons.ts";
import type { ClientProfile } from "../model/client-profile.ts";

export type RiskLevel = "low" | "moderate" | "high";
export type Experience = "novice" | "intermediate" | "advanced";
export type Autonomy = "low" | "medium" | "high";

export const COACHING_MODELS = [
  "ai_led_self_guided",
  "assisted_hybrid",
  "human_in_loop_premium",
  "ai_first_human_escalation",
  "full_service_concierge",
] as const;
export type CoachingModel = (typeof COACHING_MODELS)[number];

export type Segment = {
  risk: RiskLevel;
  experience: Experience;
  autonomy: Autonomy;
  suggestedModel: CoachingModel;
  /** Age in years at `now` (by birth year; may be one year high before the birthday). */
  age: number | null;
  reasons: Reason[];
};

/**
 * Engine conventions, documented so a coach can disagree: experience by training age (< 12 months
 * novice, < 36 intermediate; common S&C practice), age bands from PAR-Q+ (> 45 consult before
 * vigorous work) and ACSM (older adults), severity bands from the 0-10 pain scale.
 */
export const SEGMENT_RULES = {
  noviceMonths: 12,
  advancedMonths: 36,
  olderAdultAge: 65,
  parqVigorousAge: 45,
  minorAge: 18,
  severeInjury: 7,
  moderateInjury: 4,
} as const;

/** PAR-Q+ answers that by themselves need medical clearance before training. */
const HIGH_RISK_ANSWERS = [
  "heartCondition",
  "chestPainActivity",
  "dizzinessOrFainting",
  "medicallySupervisedOnly",
] as const;
const MODERATE_RISK_ANSWERS = ["diagnosedChronicCondition", "prescribedMedication", "boneJointProblem"] as const;

/** Segment a client at intake and suggest one of the five coaching models, with the reasons. */
export function segmentClient(profile: ClientProfile, now: Instant): Segment {
  const reasons: Reason[] = [];
  const year = Number(isoFromDay(dayOfInstant(now)).slice(0, 4));
  const age = profile.birthYear !== undefined ? year - profile.birthYear : null;
  let risk: RiskLevel = "low";
  const raise = (to: RiskLevel, ruleId: string, message: string, inputs: Reason["inputs"]) => {
    if (to === "high" || (to === "moderate" && risk === "low")) risk = to;
    reasons.push(reason(ruleId, message, inputs));
  };

  const s = profile.screening;
  if (!s)
    raise(
      "moderate",
      "segment.risk.no_screening",
      "No PAR-Q+ screening on file; treat as moderate until it is completed.",
      {},
    );
  else {
    for (const k of HIGH_RISK_ANSWERS) {
      if (s[k])
        raise("high", `segment.risk.parq.${k}`, `PAR-Q+ "yes" to ${k}: medical clearance is advised before training.`, {
          [k]: true,
        });
    }
    for (const k of MODERATE_RISK_ANSWERS) {
      if (s[k])
        raise(
          "moderate",
          `segment.risk.parq.${k}`,
          `PAR-Q+ "yes" to ${k}: follow-up questions and care with progression.`,
          { [k]: true },
        );
    }
    if (s.pregnant)
      raise("high", "segment.risk.pregnant", "Pregnant: PAR-Q+ advises talking to a health-care practitioner first.", {
        pregnant: true,
      });
    if (s.conditions.length) {
      raise("moderate", "segment.risk.conditions", `Listed conditions: ${s.conditions.join(", ")}.`, {
        conditions: s.conditions.length,
      });
    }
  }
  for (const inj of profile.injuries) {
    if (inj.status !== "active") continue;
    if (inj.severity >= SEGMENT_RULES.severeInjury) {
      raise("high", "segment.risk.severe_injury", `Active ${inj.region} injury rated ${inj.severity}/10.`, {
        region: inj.region,
        severity: inj.severity,
      });
    } else if (inj.severity >= SEGMENT_RULES.moderateInjury) {
      raise("moderate", "segment.risk.injury", `Active ${inj.region} injury rated ${inj.severity}/10.`, {
        region: inj.region,
        severity: inj.severity,
      });
    }
  }
  if (age !== null && age >= SEGMENT_RULES.olderAdultAge) {
    raise("moderate", "segment.risk.age", `Age ${age}: progress more gradually and watch recovery.`, { age });
  }
  if (age !== null && age < SEGMENT_RULES.minorAge) {
    raise("moderate", "segment.risk.minor", `Age ${age}: a minor needs guardian consent and closer supervision.`, {
      age,
    });
  }

  const months = profile.trainingAgeMonths;
  const experience: Experience =
    months < SEGMENT_RULES.noviceMonths
      ? "novice"
      : months < SEGMENT_RULES.advancedMonths
        ? "intermediate"
        : "advanced";
  reasons.push(
    reason(
      "segment.experience",
      `${months} months of structured training → ${experience}.`,
      { trainingAgeMonths: months },
      {
        noviceBelowMonths: SEGMENT_RULES.noviceMonths,
        advancedFromMonths: SEGMENT_RULES.advancedMonths,
      },
    ),
  );

  // `risk` is widened explicitly: TypeScript cannot see the closure above assigning it.
  const finalRisk = risk as RiskLevel;
  const autonomy: Autonomy =
    finalRisk === "high" || experience === "novice"
      ? "low"
      : experience === "advanced" && finalRisk === "low"
        ? "high"
        : "medium";
  reasons.push(
    reason("segment.autonomy", `Autonomy ${autonomy} from experience ${experience} and risk ${finalRisk}.`, {
      experience,
      risk: finalRisk,
    }),
  );

  const suggestedModel = suggestModel(finalRisk, experience, autonomy);
  reasons.push(
    reason(`segment.model.${suggestedModel}`, MODEL_WHY[suggestedModel], { risk: finalRisk, experience, autonomy }),
  );
  return { risk: finalRisk, experience, autonomy, suggestedModel, age, reasons };
}

function suggestModel(risk: RiskLevel, experience: Experience, autonomy: Autonomy): CoachingModel {
  if (risk === "high") return experience === "novice" ? "full_service_concierge" : "human_in_loop_premium";
  if (risk === "moderate") return autonomy === "low" ? "assisted_hybrid" : "ai_first_human_escalation";
  if (autonomy === "high") return "ai_led_self_guided";
  return autonomy === "medium" ? "ai_first_human_escalation" : "assisted_hybrid";
}

const MODEL_WHY: Record<CoachingModel, string> = {
  ai_led_self_guided: "Low risk and an experienced, autonomous client: the AI leads and the coach spot-checks.",
  assisted_hybrid: "A client who needs guidance: AI drafts, the coach checks in regularly and reviews changes.",
  human_in_loop_premium: "Elevated risk: every change is reviewed by a coach before it reaches the client.",
  ai_first_human_escalation: "AI runs the plan and escalates anything unusual to a coach.",
  full_service_concierge: "High risk and little training experience: a coach plans and supervises closely.",
};
