/**
 * Daily energy and macronutrient targets from the body, the goal and the activity actually done.
 * Every number carries its formula and inputs; the bounds in bounds.ts are applied last and any
 * clamp is itself a reason.
 */
import { invalid } from "../core/errors.ts";
import { type Reason, reason } from "../core/reasons.ts";
import { round } from "../core/stats.ts";
import { NUTRITION_BOUNDS as B, kcalPerDayForRate } from "./bounds.ts";
import {
  ACTIVITY_FACTORS,
  type ActivityEvidence,
  activityFactor,
  activityLevel,
  EA_THRESHOLDS,
  type Explained,
  energyAvailability,
  katchMcArdle,
  katchMcArdleKcal,
  leanMass,
  mifflinStJeor,
  mifflinStJeorKcal,
  type Sex,
} from "./energy.ts";

export const NUTRITION_GOALS = ["lose", "maintain", "gain"] as const;
export type NutritionGoal = (typeof NUTRITION_GOALS)[number];

export type TargetsInput = {
  sex: Sex;
  ageYears: number;
  heightCm: number;
  /** Trend weight when there is one, else the latest reading. */
  weightKg: number;
  bodyFatPct?: number;
  goal: NutritionGoal;
  /** Planned weekly change in % of body weight (positive number); defaults by goal, bounded. */
  ratePctPerWeek?: number;
  activity: ActivityEvidence;
  /** Mean daily exercise energy expenditure, for energy availability. */
  exerciseKcalPerDay?: number;
  /** Measured maintenance (the adaptive estimate), which replaces the formula when given. */
  expenditure?: { kcal: number; sdKcal: number };
  /** An energy target set by the coach or an approved proposal; still bounded. */
  energyOverrideKcal?: number;
};

export type NutritionTargets = {
  goal: NutritionGoal;
  rmr: Explained;
  activityFactor: Explained;
  maintenance: Explained;
  energyKcal: Explained;
  proteinG: Explained;
  fatG: Explained;
  carbsG: Explained;
  fibreG: Explained;
  bounds: { minKcal: number; maxLossPctPerWeek: number };
  /** Implied weekly change (% body weight, negative = loss) at the energy target vs maintenance. */
  impliedPctPerWeek: number;
  warnings: Reason[];
};

function pos(v: number, path: string, max: number) {
  if (!(Number.isFinite(v) && v > 0 && v <= max)) invalid(path, `must be a number in (0, ${max}]`);
}

function check(input: TargetsInput) {
  pos(input.weightKg, "weightKg", 400);
  pos(input.heightCm, "heightCm", 260);
  pos(input.ageYears, "ageYears", 120);
  if (input.bodyFatPct !== undefined && !(input.bodyFatPct >= 2 && input.bodyFatPct <= 70))
    invalid("bodyFatPct", "must be between 2 and 70");
  if (!NUTRITION_GOALS.includes(input.goal)) invalid("goal", `must be one of ${NUTRITION_GOALS.join(", ")}`);
  if (input.ratePctPerWeek !== undefined && !(input.ratePctPerWeek >= 0 && input.ratePctPerWeek <= 5))
    invalid("ratePctPerWeek", "must be between 0 and 5");
  if (input.expenditure && !(input.expenditure.kcal > 0 && input.expenditure.kcal < 10000))
    invalid("expenditure.kcal", "must be in (0, 10000)");
  if (input.energyOverrideKcal !== undefined && !(input.energyOverrideKcal > 0 && input.energyOverrideKcal < 10000))
    invalid("energyOverrideKcal", "must be in (0, 10000)");
}

/** Lowest daily energy target for this body: the sex floor and 75% of resting energy. */
export function minimumKcal(sex: Sex, rmrKcal: number): number {
  return Math.max(B.minKcal[sex], B.minKcalRmrFraction * rmrKcal);
}

/**
 * The energy target's arithmetic without its reasons: nutritionTargets explains these numbers, the
 * daily pass (energyTarget) reads them only, so both compute them the same way.
 */
function energyNumbers(input: TargetsInput, rmrKcal: number, af: number) {
  const { weightKg: w, goal } = input;
  const maintenance = input.expenditure ? input.expenditure.kcal : rmrKcal * af;
  // Planned rate, bounded by goal.
  const rate =
    goal === "lose"
      ? Math.min(input.ratePctPerWeek ?? B.defaultLossPctPerWeek, B.maxLossPctPerWeek)
      : goal === "gain"
        ? Math.min(input.ratePctPerWeek ?? B.defaultGainPctPerWeek, B.maxGainPctPerWeek)
        : 0;
  const delta = goal === "lose" ? -kcalPerDayForRate(w, rate) : goal === "gain" ? kcalPerDayForRate(w, rate) : 0;
  const minKcal = minimumKcal(input.sex, rmrKcal);
  const lowest = Math.max(minKcal, maintenance - kcalPerDayForRate(w, B.maxLossPctPerWeek));
  const wanted = input.energyOverrideKcal ?? maintenance + delta;
  const rounded = Math.round(wanted / 10) * 10;
  const raised = rounded < lowest;
  const kcal = raised ? Math.ceil(lowest / 10) * 10 : rounded;
  return { maintenance, rate, delta, minKcal, lowest, wanted, raised, kcal };
}

/** What the daily pass reads of the targets: the same numbers as nutritionTargets, no reasons built. */
export type EnergyTarget = {
  rmrKcal: number;
  maintenanceKcal: number;
  energyKcal: number;
  /** nutritionTargets warns nutrition.warning.low_energy_availability. */
  lowEnergyAvailability: boolean;
};

export function energyTarget(input: TargetsInput): EnergyTarget {
  check(input);
  const lbm = input.bodyFatPct !== undefined ? leanMass(input.weightKg, input.bodyFatPct) : undefined;
  const rmrKcal =
    lbm !== undefined
      ? katchMcArdleKcal(lbm)
      : mifflinStJeorKcal(input.sex, input.weightKg, input.heightCm, input.ageYears);
  const n = energyNumbers(input, rmrKcal, ACTIVITY_FACTORS[activityLevel(input.activity).level]);
  return {
    rmrKcal,
    maintenanceKcal: n.maintenance,
    energyKcal: n.kcal,
    lowEnergyAvailability:
      lbm !== undefined &&
      input.exerciseKcalPerDay !== undefined &&
      energyAvailability(n.kcal, input.exerciseKcalPerDay, lbm) < EA_THRESHOLDS.low,
  };
}

export function nutritionTargets(input: TargetsInput): NutritionTargets {
  check(input);
  const { weightKg: w, goal } = input;
  const warnings: Reason[] = [];
  const lbm = input.bodyFatPct !== undefined ? leanMass(w, input.bodyFatPct) : undefined;
  const rmr = lbm !== undefined ? katchMcArdle(lbm) : mifflinStJeor(input.sex, w, input.heightCm, input.ageYears);
  const af = activityFactor(input.activity);
  const { rate, delta, minKcal, lowest, wanted, raised, kcal, ...n } = energyNumbers(input, rmr.value, af.value);
  const maintenance: Explained = input.expenditure
    ? {
        value: n.maintenance,
        reasons: [
          reason(
            "nutrition.maintenance.adaptive",
            `Maintenance ${Math.round(input.expenditure.kcal)} ± ${Math.round(input.expenditure.sdKcal)} kcal/day, estimated from the weight trend and logged intake (replaces the formula ${Math.round(rmr.value * af.value)}).`,
            {
              kcal: round(input.expenditure.kcal, 0),
              sdKcal: round(input.expenditure.sdKcal, 0),
              formulaKcal: round(rmr.value * af.value, 0),
            },
          ),
        ],
      }
    : {
        value: n.maintenance,
        reasons: [
          reason(
            "nutrition.maintenance.formula",
            `Maintenance ${Math.round(rmr.value * af.value)} kcal/day = resting ${Math.round(rmr.value)} × activity factor ${af.value}.`,
            { rmrKcal: round(rmr.value, 1), activityFactor: af.value },
          ),
        ],
      };

  if (input.ratePctPerWeek !== undefined && goal !== "maintain" && rate < input.ratePctPerWeek)
    warnings.push(
      reason(
        "nutrition.bound.rate",
        `The requested ${input.ratePctPerWeek}%/week was capped at ${rate}%/week.`,
        { requested: input.ratePctPerWeek, goal },
        { maxLossPctPerWeek: B.maxLossPctPerWeek, maxGainPctPerWeek: B.maxGainPctPerWeek },
      ),
    );
  const energyReasons: Reason[] = [
    input.energyOverrideKcal !== undefined
      ? reason(
          "nutrition.energy.set",
          `Energy target set to ${input.energyOverrideKcal} kcal/day (coach or approved change).`,
          {
            kcal: input.energyOverrideKcal,
          },
        )
      : reason(
          `nutrition.energy.${goal}`,
          goal === "maintain"
            ? "Energy target at maintenance."
            : `Energy target maintenance ${delta < 0 ? "−" : "+"} ${Math.round(Math.abs(delta))} kcal/day for ${rate}% of body weight a week (${B.kcalPerKg} kcal per kg).`,
          {
            maintenanceKcal: round(maintenance.value, 0),
            ratePctPerWeek: rate,
            weightKg: w,
            deltaKcal: round(delta, 0),
          },
        ),
  ];
  if (raised) {
    const byFloor = minKcal >= lowest;
    energyReasons.push(
      reason(
        byFloor ? "nutrition.bound.min_kcal" : "nutrition.bound.max_loss_rate",
        byFloor
          ? `Raised to ${kcal} kcal/day: never below the minimum intake (${Math.round(minKcal)} kcal: the ${input.sex} floor or 75% of resting energy).`
          : `Raised to ${kcal} kcal/day: no deficit faster than ${B.maxLossPctPerWeek}% of body weight a week.`,
        { wantedKcal: round(wanted, 0), minKcal: round(minKcal, 0), maintenanceKcal: round(maintenance.value, 0) },
        {
          sexFloorKcal: B.minKcal[input.sex],
          rmrFraction: B.minKcalRmrFraction,
          maxLossPctPerWeek: B.maxLossPctPerWeek,
        },
      ),
    );
  }
  if (minKcal > maintenance.value)
    warnings.push(
      reason(
        "nutrition.warning.floor_above_maintenance",
        "The minimum intake is above estimated maintenance; a deficit is not prescribed. Review with a dietitian.",
        { minKcal: round(minKcal, 0), maintenanceKcal: round(maintenance.value, 0) },
      ),
    );

  // Protein by body mass and goal (Morton et al. BJSM 2018: 1.62 g/kg breakpoint; Jäger et al. JISSN
  // 2017: 1.4-2.0 g/kg, higher while in a deficit; Helms et al. JISSN 2014: 2.3-3.1 g/kg LBM in cuts).
  let proteinG = goal === "lose" ? (lbm !== undefined ? 2.3 * lbm : 2.2 * w) : 1.6 * w;
  const proteinRule =
    goal === "lose"
      ? lbm !== undefined
        ? reason("nutrition.protein.cut_lbm", `Protein 2.3 g/kg lean mass in a deficit: 2.3 × ${round(lbm, 1)} kg.`, {
            leanMassKg: round(lbm, 1),
            gPerKg: 2.3,
          })
        : reason("nutrition.protein.cut", `Protein 2.2 g/kg body mass in a deficit: 2.2 × ${round(w, 1)} kg.`, {
            weightKg: w,
            gPerKg: 2.2,
          })
      : reason("nutrition.protein.base", `Protein 1.6 g/kg body mass: 1.6 × ${round(w, 1)} kg.`, {
          weightKg: w,
          gPerKg: 1.6,
        });
  const proteinReasons = [proteinRule];

  // Fat: 25% of energy, never below the floor.
  const fatFloor = Math.max(B.fatFloorGPerKg * w, (B.fatFloorEnergyFraction * kcal) / 9);
  let fatG = Math.max(fatFloor, (B.fatTargetEnergyFraction * kcal) / 9);
  const fatReasons = [
    reason(
      "nutrition.fat.floor",
      `Fat ${Math.round(fatG)} g: 25% of energy, never below max(0.5 g/kg, 20% of energy) = ${Math.round(fatFloor)} g.`,
      { kcal, weightKg: w, floorG: round(fatFloor, 1) },
      {
        fatFloorGPerKg: B.fatFloorGPerKg,
        fatFloorEnergyFraction: B.fatFloorEnergyFraction,
        fatTargetEnergyFraction: B.fatTargetEnergyFraction,
      },
    ),
  ];

  // Carbohydrate is what remains; when nothing remains, fat falls to its floor, then protein gives way.
  let carbKcal = kcal - 4 * proteinG - 9 * fatG;
  if (carbKcal < 0) {
    fatG = fatFloor;
    carbKcal = kcal - 4 * proteinG - 9 * fatG;
  }
  if (carbKcal < 0) {
    const wanted = proteinG;
    proteinG = Math.max(0, (kcal - 9 * fatG) / 4);
    carbKcal = 0;
    proteinReasons.push(
      reason(
        "nutrition.protein.capped_by_energy",
        `Protein lowered to ${Math.round(proteinG)} g to fit the energy target.`,
        {
          wantedG: round(wanted, 0),
          kcal,
        },
      ),
    );
  }
  const carbsG = carbKcal / 4;
  const carbReasons = [
    reason(
      "nutrition.carbs.remainder",
      `Carbohydrate ${Math.round(carbsG)} g: (${kcal} − 4 × ${Math.round(proteinG)} protein − 9 × ${Math.round(fatG)} fat) / 4.`,
      { kcal, proteinG: round(proteinG, 0), fatG: round(fatG, 0) },
    ),
  ];
  if (carbsG < B.carbRdaG)
    warnings.push(
      reason(
        "nutrition.warning.low_carbohydrate",
        `Carbohydrate ${Math.round(carbsG)} g is below the 130 g/day RDA.`,
        { carbsG: round(carbsG, 0) },
        { carbRdaG: B.carbRdaG },
      ),
    );
  const fibreG = (B.fibrePer1000Kcal * kcal) / 1000;

  if (lbm !== undefined && input.exerciseKcalPerDay !== undefined) {
    const ea = energyAvailability(kcal, input.exerciseKcalPerDay, lbm);
    if (ea < EA_THRESHOLDS.low)
      warnings.push(
        reason(
          "nutrition.warning.low_energy_availability",
          `Energy availability ${round(ea, 1)} kcal/kg fat-free mass is below 30: a low-energy-availability risk (RED-S). Do not cut further; review with the client.`,
          { kcal, exerciseKcal: round(input.exerciseKcalPerDay, 0), ffmKg: round(lbm, 1), ea: round(ea, 1) },
          { low: EA_THRESHOLDS.low, optimal: EA_THRESHOLDS.optimal },
        ),
      );
  }

  return {
    goal,
    rmr,
    activityFactor: { value: af.value, reasons: af.reasons },
    maintenance,
    energyKcal: { value: kcal, reasons: energyReasons },
    proteinG: { value: Math.round(proteinG), reasons: proteinReasons },
    fatG: { value: Math.round(fatG), reasons: fatReasons },
    carbsG: { value: Math.round(carbsG), reasons: carbReasons },
    fibreG: {
      value: Math.round(fibreG),
      reasons: [
        reason(
          "nutrition.fibre",
          `Fibre 14 g per 1,000 kcal: ${Math.round(fibreG)} g.`,
          { kcal },
          { per1000Kcal: B.fibrePer1000Kcal },
        ),
      ],
    },
    bounds: { minKcal: Math.ceil(minKcal), maxLossPctPerWeek: B.maxLossPctPerWeek },
    impliedPctPerWeek: (((kcal - maintenance.value) * 7) / B.kcalPerKg / w) * 100,
    warnings,
  };
}
