import { dayIndex } from "../core/dates.ts";
import type { Reason } from "../core/reasons.ts";
import type { ClientProfile } from "../model/index.ts";
import { altersHeartRate } from "../screening/index.ts";
import { e1rmFromReps } from "../strength/index.ts";

/**
 * Engine conventions for values a coach should confirm, documented so a coach can disagree: a
 * client with under 6 months of training rarely has a squat or deadlift 1RM ≥ 1.5 × body mass
 * (120 kg when the mass is unknown), a bench ≥ 1.0 × (90 kg), or any lift ≥ 2 × (160 kg); no
 * lift ≥ 4 × body mass is plausible; a BMI outside 13-70 or an age outside 12-100 is most often
 * a unit or typing error.
 */
export const PLAUSIBILITY = {
  untrainedMonths: 6,
  lowerBodyRatio: 1.5,
  lowerBodyKg: 120,
  benchRatio: 1,
  benchKg: 90,
  anyLiftRatio: 2,
  anyLiftKg: 160,
  maxLiftRatio: 4,
  bmiMin: 13,
  bmiMax: 70,
  ageMin: 12,
  ageMax: 100,
} as const;

type Finding = { ruleId: string; message: string; inputs: Reason["inputs"]; thresholds?: Reason["thresholds"] };

function liftLimit(id: string): { ratio: number; kg: number } {
  if (/squat|deadlift/.test(id)) return { ratio: PLAUSIBILITY.lowerBodyRatio, kg: PLAUSIBILITY.lowerBodyKg };
  if (/bench/.test(id)) return { ratio: PLAUSIBILITY.benchRatio, kg: PLAUSIBILITY.benchKg };
  return { ratio: PLAUSIBILITY.anyLiftRatio, kg: PLAUSIBILITY.anyLiftKg };
}

/** Contradictions and implausible values beyond the PAR-Q+ answers, for the coach to confirm. */
export function implausibleValues(p: ClientProfile, today: number, age: number | null): Finding[] {
  const out: Finding[] = [];
  const add = (ruleId: string, message: string, inputs: Reason["inputs"], thresholds?: Reason["thresholds"]) =>
    out.push(thresholds ? { ruleId, message, inputs, thresholds } : { ruleId, message, inputs });
  const bw = p.bodyMassKg;
  for (const rm of p.baselines.repMaxes) {
    const e1rm = Math.round(e1rmFromReps(rm.loadKg, rm.reps));
    if (dayIndex(rm.date) > today)
      add(
        "intake.contradiction.rep_max_future",
        `${rm.exerciseId} ${rm.loadKg} kg × ${rm.reps} is dated ${rm.date}, in the future.`,
        {
          exerciseId: rm.exerciseId,
          date: rm.date,
        },
      );
    if (p.trainingAgeMonths < PLAUSIBILITY.untrainedMonths) {
      const lim = liftLimit(rm.exerciseId);
      const limitKg = bw !== undefined ? lim.ratio * bw : lim.kg;
      if (e1rm >= limitKg)
        add(
          "intake.contradiction.strength_vs_training_age",
          `${p.trainingAgeMonths} months of training with a ${rm.exerciseId} of ${rm.loadKg} kg × ${rm.reps} (e1RM ${e1rm} kg): confirm the training age or the lift.`,
          { trainingAgeMonths: p.trainingAgeMonths, exerciseId: rm.exerciseId, e1rmKg: e1rm, bodyMassKg: bw ?? null },
          { untrainedMonths: PLAUSIBILITY.untrainedMonths, limitKg: Math.round(limitKg) },
        );
    }
    if (bw !== undefined && e1rm >= PLAUSIBILITY.maxLiftRatio * bw)
      add(
        "intake.implausible.lift",
        `${rm.exerciseId} e1RM ${e1rm} kg is ≥ ${PLAUSIBILITY.maxLiftRatio} × a body mass of ${bw} kg: a unit error (lb as kg)?`,
        { exerciseId: rm.exerciseId, e1rmKg: e1rm, bodyMassKg: bw },
        { maxRatio: PLAUSIBILITY.maxLiftRatio },
      );
  }
  if (bw !== undefined && p.heightCm !== undefined) {
    const bmi = Math.round((bw / (p.heightCm / 100) ** 2) * 10) / 10;
    if (bmi < PLAUSIBILITY.bmiMin || bmi > PLAUSIBILITY.bmiMax)
      add(
        "intake.implausible.bmi",
        `Body mass ${bw} kg at ${p.heightCm} cm gives a BMI of ${bmi}: check units.`,
        { bmi },
        {
          min: PLAUSIBILITY.bmiMin,
          max: PLAUSIBILITY.bmiMax,
        },
      );
  }
  if (age !== null && (age < PLAUSIBILITY.ageMin || age > PLAUSIBILITY.ageMax))
    add(
      "intake.implausible.age",
      `Birth year ${p.birthYear} gives an age of ${age}.`,
      { age },
      {
        min: PLAUSIBILITY.ageMin,
        max: PLAUSIBILITY.ageMax,
      },
    );
  const preg = p.pregnancy;
  const pregnant = preg?.status === "pregnant" || p.screening?.pregnant === true;
  if (pregnant && p.sex === "male")
    add("intake.contradiction.pregnant_sex", "Pregnancy is recorded for a client whose sex is male.", { sex: "male" });
  if (preg?.status === "pregnant" && p.screening?.pregnant === false)
    add("intake.contradiction.pregnancy_answer", "Pregnancy is recorded but the screening's pregnancy answer is no.", {
      pregnant: false,
    });
  if (preg?.status === "pregnant" && preg.dueDate && dayIndex(preg.dueDate) < today)
    add("intake.contradiction.due_date_past", `Due date ${preg.dueDate} is past: update to postpartum?`, {
      dueDate: preg.dueDate,
    });
  if (preg?.status === "postpartum" && dayIndex(preg.deliveryDate) > today)
    add("intake.contradiction.delivery_future", `Delivery date ${preg.deliveryDate} is in the future.`, {
      deliveryDate: preg.deliveryDate,
    });
  if (pregnant && p.goals.primary === "fat_loss")
    add(
      "intake.contradiction.pregnant_fat_loss",
      "Fat-loss goal during pregnancy: no deficit is prescribed; confirm with the client's care provider.",
      {
        goal: p.goals.primary,
      },
    );
  for (const m of p.medicationChanges ?? []) {
    if (dayIndex(m.date) > today)
      add("intake.contradiction.medication_future", `Medication change dated ${m.date}, in the future.`, {
        kind: m.kind,
        date: m.date,
      });
  }
  const taking = (p.medicationChanges ?? []).some((m) => m.change !== "stopped" && altersHeartRate(m.kind));
  if (taking && p.screening && !p.screening.prescribedMedication)
    add(
      "intake.contradiction.medication_answer",
      'A heart-rate-altering medication is listed but the PAR-Q+ medication question was answered "no".',
      { prescribedMedication: false },
    );
  for (const c of p.clearances ?? []) {
    if (dayIndex(c.date) > today)
      add("intake.contradiction.clearance_future", `A ${c.kind} clearance is dated ${c.date}, in the future.`, {
        kind: c.kind,
        date: c.date,
      });
  }
  return out;
}
