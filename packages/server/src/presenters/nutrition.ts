import type { Intake, Measurement, NutritionSettings, TargetsView } from "@spotter/contracts";
import type { NutritionContext, TargetsComputation } from "../commands/nutrition-targets.ts";
import type { bodyMeasurements, nutritionIntake, nutritionTargets } from "../db/schema-nutrition.ts";
import { isoOrNull as iso } from "./time.ts";

/** Rounds for display; the engine keeps the raw values. */
const r = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function presentMeasurement(row: typeof bodyMeasurements.$inferSelect): Measurement {
  const circumferencesCm: Measurement["circumferencesCm"] = {};
  for (const [site, cm] of Object.entries(row.circumferencesCm))
    if (typeof cm === "number") circumferencesCm[site as keyof typeof circumferencesCm] = r(cm, 1);
  return {
    id: row.id,
    date: row.date,
    weightKg: row.weightKg === null ? null : r(row.weightKg, 2),
    circumferencesCm,
    bodyFatPct: row.bodyFatPct,
    massUnit: row.massUnit,
    lengthUnit: row.lengthUnit,
    createdAt: iso(row.createdAt) ?? "",
  };
}

export function presentIntake(row: typeof nutritionIntake.$inferSelect): Intake {
  return {
    id: row.id,
    date: row.date,
    kcal: row.kcal,
    proteinG: row.proteinG,
    carbsG: row.carbsG,
    fatG: row.fatG,
    fibreG: row.fibreG,
    updatedAt: iso(row.updatedAt) ?? "",
  };
}

export function presentSettings(row: typeof nutritionTargets.$inferSelect): NutritionSettings {
  return {
    id: row.id,
    status: row.status,
    goal: row.goal,
    ratePctPerWeek: row.ratePctPerWeek,
    energyKcal: row.energyKcal,
    note: row.note,
    setBy: row.setBy,
    createdAt: iso(row.createdAt) ?? "",
    supersededAt: iso(row.supersededAt),
  };
}

export function presentTargets(ctx: NutritionContext, c: TargetsComputation): TargetsView {
  const t = c.targets;
  const e = c.expenditure;
  return {
    clientId: ctx.client.id,
    date: ctx.today,
    missing: c.missing,
    goal: c.goal,
    weightKg: c.weightKg === null ? null : r(c.weightKg, 2),
    weightSource: c.weightSource,
    targets: t
      ? {
          rmr: t.rmr,
          activityFactor: t.activityFactor,
          maintenance: t.maintenance,
          energyKcal: t.energyKcal,
          proteinG: t.proteinG,
          fatG: t.fatG,
          carbsG: t.carbsG,
          fibreG: t.fibreG,
          bounds: t.bounds,
          impliedPctPerWeek: r(t.impliedPctPerWeek, 3),
        }
      : null,
    today: c.week.find((d) => d.date === ctx.today) ?? null,
    week: c.week,
    expenditure: e
      ? {
          kcal: Math.round(e.kcal),
          sdKcal: Math.round(e.sdKcal),
          dataKcal: e.dataKcal === null ? null : Math.round(e.dataKcal),
          dataSdKcal: e.dataSdKcal === null ? null : Math.round(e.dataSdKcal),
          kgPerWeek: e.kgPerWeek === null ? null : r(e.kgPerWeek, 3),
          meanIntakeKcal: e.meanIntakeKcal === null ? null : Math.round(e.meanIntakeKcal),
          weighIns: e.weighIns,
          intakeDays: e.intakeDays,
          windowDays: e.windowDays,
          reasons: e.reasons,
        }
      : null,
    energySource: c.energySource,
    settings: ctx.settings ? presentSettings(ctx.settings) : null,
    warnings: t?.warnings ?? [],
  };
}
