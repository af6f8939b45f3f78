import { dayIndex, dayOfInstant, type Instant, isoFromDay } from "../core/dates.ts";
import { type Reason, reason } from "../core/reasons.ts";
import type { ClientProfile } from "../model/client-profile.ts";
import {
  type ClearanceOptions,
  type ClearanceRequirement,
  hrReadinessCaveat,
  openClearance,
} from "../screening/index.ts";
import { implausibleValues } from "./intake-plausibility.ts";
import { SEGMENT_RULES } from "./segment.ts";

export type IntakeFinding = Reason & { severity: "red_flag" | "contradiction" | "review" | "note" };

export type IntakeReview = {
  redFlags: IntakeFinding[];
  contradictions: IntakeFinding[];
  /** Items a coach must look at and record a decision on (medication changes, HR caveats). */
  reviews: IntakeFinding[];
  notes: IntakeFinding[];
  /** Clearances still missing at `now`: whom to see, and whether any or only vigorous work waits. */
  clearance: ClearanceRequirement[];
  /**
   * False while a red flag or contradiction is neither confirmed by the coach (its rule id in
   * `confirmed`) nor lifted by a recorded clearance, or while a clearance of scope `any` is open.
   * Vigorous-only clearances do not block programming: the session generator caps intensity.
   */
  readyForProgramming: boolean;
};

/** Red flags a recorded clearance of this kind answers (the PAR-Q+ answers, pregnancy). */
function liftedBy(ruleId: string): "medical" | "pregnancy" | null {
  if (ruleId.startsWith("intake.parq.")) return "medical";
  if (ruleId === "intake.pregnant") return "pregnancy";
  return null;
}

const HEART_WORDS = /\b(heart|cardiac|hypertension|blood pressure|arrhythmi|angina|stent)\b/i;
const ED_WORDS = /\b(anorexi|bulimi|eating disorder|binge)\b/i;

/**
 * Lists red flags and contradictions in an intake for the coach's review (PAR-Q+: Warburton et al.,
 * PAR-Q+ Collaboration, 2021; pre-participation screening: Riebe et al. 2015, Med Sci Sports Exerc).
 */
export function reviewIntake(
  p: ClientProfile,
  now: Instant,
  confirmed: readonly string[] = [],
  opts: ClearanceOptions = {},
): IntakeReview {
  const today = dayOfInstant(now);
  const year = Number(isoFromDay(today).slice(0, 4));
  const age = p.birthYear !== undefined ? year - p.birthYear : null;
  const redFlags: IntakeFinding[] = [];
  const contradictions: IntakeFinding[] = [];
  const notes: IntakeFinding[] = [];
  const red = (id: string, m: string, i: Reason["inputs"]) =>
    redFlags.push({ ...reason(id, m, i), severity: "red_flag" });
  const con = (id: string, m: string, i: Reason["inputs"]) =>
    contradictions.push({ ...reason(id, m, i), severity: "contradiction" });
  const note = (id: string, m: string, i: Reason["inputs"]) => notes.push({ ...reason(id, m, i), severity: "note" });

  const s = p.screening;
  if (!s) note("intake.no_screening", "PAR-Q+ screening not completed.", {});
  else {
    const yes: [keyof typeof s, string][] = [
      ["heartCondition", "a heart condition or high blood pressure"],
      ["chestPainActivity", "chest pain at rest or during activity"],
      ["dizzinessOrFainting", "dizziness or loss of consciousness in the last 12 months"],
      ["diagnosedChronicCondition", "another chronic medical condition"],
      ["prescribedMedication", "prescribed medication for a chronic condition"],
      ["boneJointProblem", "a bone, joint or soft-tissue problem"],
      ["medicallySupervisedOnly", "a doctor's advice to exercise only under medical supervision"],
    ];
    for (const [k, label] of yes) {
      if (s[k] === true)
        red(`intake.parq.${k}`, `PAR-Q+ "yes": ${label}. Follow-up questions or medical clearance may be needed.`, {
          [k]: true,
        });
    }
    if (s.pregnant)
      red("intake.pregnant", "Pregnant: talk to a health-care practitioner before becoming more active (PAR-Q+).", {
        pregnant: true,
      });
    const conditions = s.conditions.join("; ");
    if (!s.heartCondition && HEART_WORDS.test(conditions)) {
      con(
        "intake.contradiction.heart",
        `Listed conditions mention the heart or blood pressure ("${conditions}") but the heart question was answered "no".`,
        { heartCondition: false },
      );
    }
    if (ED_WORDS.test(conditions) || ED_WORDS.test(p.preferences.notes ?? "")) {
      red(
        "intake.eating_disorder_history",
        "An eating-disorder history is mentioned: avoid weight-focused targets and involve the client's care team.",
        {},
      );
    }
    const activeInjuries = p.injuries.filter((i) => i.status === "active");
    if (!s.boneJointProblem && activeInjuries.some((i) => i.severity >= SEGMENT_RULES.moderateInjury)) {
      con(
        "intake.contradiction.bone_joint",
        'An active injury is listed but the bone/joint question was answered "no".',
        { activeInjuries: activeInjuries.length },
      );
    }
  }
  for (const inj of p.injuries) {
    if (inj.status !== "active") continue;
    if (inj.severity >= SEGMENT_RULES.severeInjury) {
      red(
        "intake.severe_injury",
        `Active ${inj.region} injury rated ${inj.severity}/10; an assessment may be needed before loading it.`,
        { region: inj.region, severity: inj.severity },
      );
      if (p.schedule.daysPerWeek >= 6) {
        con(
          "intake.contradiction.severe_injury_high_frequency",
          `Severe ${inj.region} injury (${inj.severity}/10) with ${p.schedule.daysPerWeek} training days a week requested.`,
          { severity: inj.severity, daysPerWeek: p.schedule.daysPerWeek },
        );
      }
    }
    if (inj.since && dayIndex(inj.since) > today)
      con("intake.contradiction.injury_future", `Injury start date ${inj.since} is in the future.`, {
        since: inj.since,
      });
  }
  if (p.trainingAgeMonths < SEGMENT_RULES.noviceMonths && p.schedule.daysPerWeek >= 6) {
    con(
      "intake.contradiction.novice_frequency",
      `${p.schedule.daysPerWeek} days a week requested with ${p.trainingAgeMonths} months of training; a gentler start is usual.`,
      { daysPerWeek: p.schedule.daysPerWeek, trainingAgeMonths: p.trainingAgeMonths },
    );
  }
  if (age !== null) {
    if (p.trainingAgeMonths > Math.max(0, age - 5) * 12) {
      con(
        "intake.contradiction.training_age",
        `Training age of ${p.trainingAgeMonths} months does not fit an age of ${age}.`,
        { age, trainingAgeMonths: p.trainingAgeMonths },
      );
    }
    if (age < SEGMENT_RULES.minorAge) red("intake.minor", `Age ${age}: guardian consent is needed.`, { age });
    if (age > SEGMENT_RULES.parqVigorousAge && p.trainingAgeMonths < SEGMENT_RULES.noviceMonths) {
      note(
        "intake.age_vigorous",
        `Over ${SEGMENT_RULES.parqVigorousAge} and not used to vigorous exercise: PAR-Q+ suggests consulting a qualified professional before vigorous work.`,
        { age },
      );
    }
  }
  if (p.bodyMassKg !== undefined && p.heightCm !== undefined) {
    const bmi = p.bodyMassKg / (p.heightCm / 100) ** 2;
    if (bmi < 18.5) {
      const inputs = { bmi: Math.round(bmi * 10) / 10, goal: p.goals.primary };
      if (p.goals.primary === "fat_loss")
        con(
          "intake.contradiction.low_bmi_fat_loss",
          "Fat-loss goal with a BMI under 18.5: no deficit should be prescribed; worth a careful conversation.",
          inputs,
        );
      red(
        "intake.low_bmi",
        // Referral, not diagnosis: a trainer's scope (ACE 2020 guidance; EDSNA "Support for coaches").
        "BMI under 18.5: possible low energy availability; avoid deficits and consider referral.",
        inputs,
      );
    }
  }
  if (p.eventDate && dayIndex(p.eventDate) < today)
    con("intake.contradiction.event_past", `Event date ${p.eventDate} is in the past.`, { eventDate: p.eventDate });
  for (const f of implausibleValues(p, today, age)) contradictions.push({ ...f, severity: "contradiction" });
  const clearance = openClearance(p, now, opts);
  const reviews: IntakeFinding[] = clearance
    .filter((c) => c.kind === "medication_review")
    .flatMap((c) => c.reasons.map((r) => ({ ...r, severity: "review" as const })));
  const caveat = hrReadinessCaveat(p, now);
  if (caveat) reviews.push({ ...caveat, severity: "review" });
  const done = new Set(confirmed);
  const open = new Set(clearance.map((c) => c.kind));
  const pending = [...redFlags, ...contradictions].filter((f) => {
    if (done.has(f.ruleId)) return false;
    const kind = liftedBy(f.ruleId);
    return kind === null || open.has(kind);
  });
  return {
    redFlags,
    contradictions,
    reviews,
    notes,
    clearance,
    readyForProgramming: pending.length === 0 && !clearance.some((c) => c.scope === "any"),
  };
}
