/**
 * What the nutrition targets rest on, loaded in a handful of queries, and the engine calls that turn
 * it into the targets view and the target-change proposal. The energy target in force is the newest
 * of the coach's setting and an approved (or tier-automated) `nutrition_target` proposal.
 */
import {
  addDays,
  checkTargetChange,
  type DayLoad,
  dayLoad,
  decideProposal,
  type ExpenditureEstimate,
  estimateExpenditure,
  estimateFromWindow,
  exerciseKcal,
  type Goal,
  NUTRITION_BOUNDS,
  type NutritionGoal,
  type NutritionTargets,
  nutritionTargets,
  periodiseCarbs,
  smoothWeights,
  type TargetsInput,
  type TriageLevel,
  type WeightTrendView,
  weekStart,
} from "@spotter/engine";
import { and, asc, desc, eq, gte, inArray, lte } from "drizzle-orm";
import { recordAudit } from "../audit/record.ts";
import type { Db } from "../db/open.ts";
import type { clients } from "../db/schema.ts";
import { clientMonitoring, flags, monitoringSessions, proposals } from "../db/schema-monitoring.ts";
import { bodyMeasurements, nutritionIntake, nutritionTargets as settingsTable } from "../db/schema-nutrition.ts";
import type { TierRecord } from "../monitoring/tiers.ts";
import { clientTier, reviewDueAt } from "./client-tier.ts";
import type { CommandContext } from "./context.ts";

type ClientRow = typeof clients.$inferSelect;
type SettingsRow = typeof settingsTable.$inferSelect;
type ProposalRow = typeof proposals.$inferSelect;

/** How far back the trend reads weigh-ins (the EWMA settles within ~30 days at α 0.1). */
const TREND_DAYS = 120;
const LOOKBACK_DAYS = 28;
const DECIDED = ["approved", "edited", "auto_applied"] as const;

/** The primary training goal read as a nutrition goal when the coach has not set one. */
export const goalFromProfile = (g: Goal): NutritionGoal =>
  g === "fat_loss" ? "lose" : g === "hypertrophy" ? "gain" : "maintain";

export type NutritionContext = {
  client: ClientRow;
  today: string;
  trend: WeightTrendView;
  latestBodyFatPct: number | null;
  intake: { date: string; kcal: number }[];
  completed: { date: string; durationMin: number | null }[];
  week: { date: string; load: DayLoad }[];
  settings: SettingsRow | null;
  decidedProposal: ProposalRow | null;
  openFlags: string[];
  level: TriageLevel;
  /**
   * The estimator's days already laid out densely (the daily pass builds them straight from its
   * rows: monitoring/nutrition-input.ts). Without it they come from `trend.points` and `intake`;
   * with it the estimate reads only these, and `trend` only for its `trendKg`.
   */
  window?: { weights: ArrayLike<number>; intake: ArrayLike<number> };
};

export async function loadNutritionContext(db: Db, client: ClientRow, today: string): Promise<NutritionContext> {
  const monday = weekStart(today);
  const sunday = addDays(monday, 6);
  const since = addDays(today, -(LOOKBACK_DAYS - 1));
  const [measures, intake, sessions, settings, decided, openFlags, state] = await Promise.all([
    db
      .select({ date: bodyMeasurements.date, kg: bodyMeasurements.weightKg, bf: bodyMeasurements.bodyFatPct })
      .from(bodyMeasurements)
      .where(
        and(
          eq(bodyMeasurements.clientId, client.id),
          gte(bodyMeasurements.date, addDays(today, -TREND_DAYS)),
          lte(bodyMeasurements.date, today),
        ),
      )
      .orderBy(asc(bodyMeasurements.date), asc(bodyMeasurements.createdAt)),
    db
      .select({ date: nutritionIntake.date, kcal: nutritionIntake.kcal })
      .from(nutritionIntake)
      .where(
        and(
          eq(nutritionIntake.clientId, client.id),
          gte(nutritionIntake.date, since),
          lte(nutritionIntake.date, today),
        ),
      ),
    db
      .select({
        date: monitoringSessions.date,
        planned: monitoringSessions.planned,
        completed: monitoringSessions.completed,
        durationMin: monitoringSessions.durationMin,
        sessionRpe: monitoringSessions.sessionRpe,
      })
      .from(monitoringSessions)
      .where(
        and(
          eq(monitoringSessions.clientId, client.id),
          gte(monitoringSessions.date, [since, monday].sort()[0]!),
          lte(monitoringSessions.date, sunday),
        ),
      ),
    db
      .select()
      .from(settingsTable)
      .where(and(eq(settingsTable.clientId, client.id), eq(settingsTable.status, "active")))
      .limit(1),
    db
      .select()
      .from(proposals)
      .where(
        and(
          eq(proposals.clientId, client.id),
          eq(proposals.kind, "nutrition_target"),
          inArray(proposals.status, [...DECIDED]),
        ),
      )
      .orderBy(desc(proposals.decidedAt), desc(proposals.createdAt))
      .limit(1),
    db
      .select({ kind: flags.kind })
      .from(flags)
      .where(and(eq(flags.clientId, client.id), eq(flags.status, "open"))),
    db.select({ level: clientMonitoring.level }).from(clientMonitoring).where(eq(clientMonitoring.clientId, client.id)),
  ]);
  const weights = measures.filter((m) => m.kg !== null).map((m) => ({ date: m.date, kg: m.kg as number }));
  const bf = measures.filter((m) => m.bf !== null).at(-1)?.bf ?? null;
  const week = Array.from({ length: 7 }, (_, i) => {
    const date = addDays(monday, i);
    return { date, load: dayLoad(sessions.filter((s) => s.date === date && (s.planned || s.completed))) };
  });
  return {
    client,
    today,
    trend: smoothWeights(weights),
    latestBodyFatPct: bf,
    intake,
    completed: sessions.filter((s) => s.completed && s.date >= since && s.date <= today),
    week,
    settings: settings[0] ?? null,
    decidedProposal: decided[0] ?? null,
    openFlags: openFlags.map((f) => f.kind),
    level: state[0]?.level ?? "green",
  };
}

export type TargetsComputation = {
  missing: string[];
  goal: NutritionGoal;
  weightKg: number | null;
  weightSource: "trend" | "profile" | null;
  ratePctPerWeek: number;
  targets: NutritionTargets | null;
  formulaTargets: NutritionTargets | null;
  expenditure: ExpenditureEstimate | null;
  energySource: "formula" | "coach" | "proposal";
  week: ReturnType<typeof periodiseCarbs>;
};

/** The energy target in force: the newest of the coach's setting and a decided proposal. */
export function energyOverride(ctx: NutritionContext): { kcal: number; source: "coach" | "proposal" } | null {
  const s = ctx.settings?.energyKcal != null ? { kcal: ctx.settings.energyKcal, at: ctx.settings.createdAt } : null;
  const p = ctx.decidedProposal;
  const after = p ? (p.diff as { after?: { energyKcal?: unknown } }).after?.energyKcal : undefined;
  const fromProposal =
    p && typeof after === "number" && after > 0 && after < 10000
      ? { kcal: after, at: p.decidedAt ?? p.createdAt }
      : null;
  const settingsAt = ctx.settings?.createdAt ?? null;
  // A proposal decided before the coach's latest setting is superseded by that setting (at the same
  // instant the proposal, which was computed from that setting, wins).
  if (fromProposal && (!settingsAt || fromProposal.at >= settingsAt))
    return { kcal: fromProposal.kcal, source: "proposal" };
  return s ? { kcal: s.kcal, source: "coach" } : null;
}

/**
 * What the targets rest on: the goal, the weight and its source, what is missing, the planned rate,
 * and the engine's input (null while something is missing). The card and the daily pass share it.
 */
export function targetsBase(ctx: NutritionContext) {
  const profile = ctx.client.profile;
  const goal = ctx.settings?.goal ?? goalFromProfile(profile.goals.primary);
  const weightKg = ctx.trend.trendKg ?? profile.bodyMassKg ?? null;
  const weightSource: TargetsComputation["weightSource"] =
    ctx.trend.trendKg !== null ? "trend" : profile.bodyMassKg ? "profile" : null;
  const missing: string[] = [];
  if (weightKg === null) missing.push("weight");
  if (!profile.heightCm) missing.push("heightCm");
  if (!profile.birthYear) missing.push("birthYear");
  const rate =
    ctx.settings?.ratePctPerWeek ??
    (goal === "lose"
      ? NUTRITION_BOUNDS.defaultLossPctPerWeek
      : goal === "gain"
        ? NUTRITION_BOUNDS.defaultGainPctPerWeek
        : 0);
  const known = { missing, goal, weightKg, weightSource, rate };
  if (missing.length || weightKg === null) return { ...known, base: null };
  // Clamped to the equations' domain so an odd birth year cannot turn a read into an error.
  const ageYears = Math.min(120, Math.max(1, Number(ctx.today.slice(0, 4)) - profile.birthYear!));
  const minutes = ctx.completed.reduce((s, x) => s + (x.durationMin ?? 60), 0);
  const base = {
    sex: profile.sex ?? "other",
    ageYears,
    heightCm: profile.heightCm!,
    weightKg,
    ...(ctx.latestBodyFatPct !== null ? { bodyFatPct: ctx.latestBodyFatPct } : {}),
    goal,
    ratePctPerWeek: rate,
    activity: { sessionsPerWeek: (ctx.completed.length * 7) / LOOKBACK_DAYS },
    exerciseKcalPerDay: exerciseKcal(minutes, weightKg) / LOOKBACK_DAYS,
  } as const;
  return { ...known, base };
}

/** The targets' input once the estimate is known: measured maintenance when the data gives one, the target in force. */
export function targetsInput(
  base: TargetsInput,
  estimate: ExpenditureEstimate,
  override: { kcal: number } | null,
): TargetsInput {
  return {
    ...base,
    ...(estimate.dataKcal !== null ? { expenditure: { kcal: estimate.kcal, sdKcal: estimate.sdKcal } } : {}),
    ...(override ? { energyOverrideKcal: override.kcal } : {}),
  };
}

export function computeTargets(ctx: NutritionContext): TargetsComputation {
  const { missing, goal, weightKg, weightSource, rate, base } = targetsBase(ctx);
  const empty = {
    missing,
    goal,
    weightKg,
    weightSource,
    ratePctPerWeek: rate,
    targets: null,
    formulaTargets: null,
    expenditure: null,
    energySource: "formula",
    week: [],
  } as const;
  if (!base) return { ...empty, week: [] };
  const formula = nutritionTargets(base);
  const prior = formula.maintenance.value;
  const estimate = ctx.window
    ? estimateFromWindow(ctx.window.weights, ctx.window.intake, prior)
    : estimateExpenditure(
        [
          ...ctx.trend.points.map((p) => ({ date: p.date, weightKg: p.kg })),
          ...ctx.intake.map((i) => ({ date: i.date, intakeKcal: i.kcal })),
        ],
        ctx.today,
        prior,
      );
  const override = energyOverride(ctx);
  const targets = nutritionTargets(targetsInput(base, estimate, override));
  const week = periodiseCarbs(ctx.week, {
    energyKcal: targets.energyKcal.value,
    carbsG: targets.carbsG.value,
    minKcal: targets.bounds.minKcal,
  });
  return {
    missing,
    goal,
    weightKg,
    weightSource,
    ratePctPerWeek: rate,
    targets,
    formulaTargets: formula,
    expenditure: estimate,
    energySource: override?.source ?? "formula",
    week,
  };
}

/**
 * Runs the engine's target-change check for today and stores a proposal when it makes one, routed
 * by the client's tier and level like every proposal (auto-applied only where the tier lists
 * `nutrition_target` and the client is green). Idempotent per day: the engine id is the date.
 *
 * `inside` runs it in a caller's open transaction (a weekly check-in's reply): every read and the
 * insert go through that `tx` (the insert as a savepoint) and the tier comes preloaded. It must:
 * the tier loader reads on `database.query`, outside any transaction, and on PGlite's single
 * connection that read waits for the open transaction to end, which never happens.
 */
export async function proposeNutritionChange(
  ctx: CommandContext,
  client: ClientRow,
  inside?: { tx: Db; tier: TierRecord },
) {
  const db = inside?.tx ?? ctx.database.db;
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  const nctx = await loadNutritionContext(db, client, today);
  const c = computeTargets(nctx);
  if (!c.targets || !c.expenditure || c.weightKg === null)
    return {
      status: "none" as const,
      reasons: [
        {
          ruleId: "nutrition.proposal.missing_profile",
          message: `Targets need ${c.missing.join(", ")} first.`,
          inputs: { missing: c.missing.join(",") },
        },
      ],
      proposal: null,
      created: false,
    };
  const signed = c.goal === "lose" ? -c.ratePctPerWeek : c.goal === "gain" ? c.ratePctPerWeek : 0;
  // The coach asked now, so no cool-down; but one waiting proposal at a time (the pass keeps the same rule).
  const [open] = await db
    .select({ date: proposals.date })
    .from(proposals)
    .where(
      and(
        eq(proposals.clientId, client.id),
        eq(proposals.kind, "nutrition_target"),
        inArray(proposals.status, ["proposed", "pending_review"]),
      ),
    )
    .orderBy(desc(proposals.date))
    .limit(1);
  // Today's own proposal is not "another" one: asking again the same day returns it (same engine id).
  const waiting = open && open.date !== today ? open.date : null;
  const history = { openProposalDate: waiting, lastProposalDate: null, targetSince: null };
  const result = checkTargetChange(
    {
      date: today,
      sex: client.profile.sex ?? "other",
      weightKg: c.weightKg,
      rmrKcal: c.targets.rmr.value,
      goalPctPerWeek: signed,
      currentKcal: c.targets.energyKcal.value,
      estimate: c.expenditure,
      openFlags: nctx.openFlags,
      lowEnergyAvailability: c.targets.warnings.some((w) => w.ruleId === "nutrition.warning.low_energy_availability"),
    },
    history,
  );
  if (result.status !== "proposed")
    return { status: result.status, reasons: result.reasons, proposal: null, created: false };
  const tier = inside?.tier ?? (await clientTier(ctx.database, db, client.organizationId, client.id));
  const decision = decideProposal(result.proposal, tier, nctx.level);
  const status = decision.decision === "auto_apply" ? "auto_applied" : decision.decision;
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(proposals)
      .values({
        organizationId: client.organizationId,
        clientId: client.id,
        engineId: result.proposal.id,
        kind: result.proposal.kind,
        date: result.proposal.date,
        scope: result.proposal.scope,
        diff: result.proposal.diff,
        reasons: result.proposal.reasons,
        decisionReasons: decision.reasons,
        level: result.proposal.level,
        major: result.proposal.major,
        status,
        automated: status === "auto_applied",
        dueAt: status === "pending_review" ? reviewDueAt(tier, now) : null,
        decidedAt: status === "auto_applied" ? now : null,
      })
      .onConflictDoNothing({ target: [proposals.clientId, proposals.engineId] })
      .returning();
    const row =
      inserted ??
      (
        await tx
          .select()
          .from(proposals)
          .where(and(eq(proposals.clientId, client.id), eq(proposals.engineId, result.proposal.id)))
      )[0]!;
    if (inserted)
      await recordAudit(tx, ctx.request, {
        action: "nutrition.proposal.created",
        entityType: "proposal",
        entityId: row.id,
        clientId: client.id,
        metadata: { status, diff: result.proposal.diff },
      });
    return { status: result.status, reasons: result.reasons, proposal: row, created: Boolean(inserted) };
  });
}
