import {
  ADAPTIVE_RULES,
  dayIndex,
  type ExpenditureEstimate,
  energyTarget,
  estimateFromWindow,
  type IntakeRecord,
  intakeWindow,
  isoFromDay,
  type NutritionProposalInput,
  type TargetChangeHistory,
  trendWindow,
} from "@spotter/engine";
import { energyOverride, type NutritionContext, targetsBase, targetsInput } from "../commands/nutrition-targets.ts";
import type { clients } from "../db/schema.ts";
import { numberColumn } from "./columns.ts";

/** Days of intake the pass reads: the targets' 28-day look-back (adherence reads the last 14). */
export const INTAKE_DAYS = 28;
/** Days of weigh-ins the pass reads, as the nutrition card's trend does. */
export const WEIGH_IN_DAYS = 120;

/**
 * The nutrition columns of the batch row (load-data.ts), all null for a client without nutrition
 * data. Days come as days before the pass date ("0" is today), not as dates: the trend and the
 * estimator index days by number, so no date is formatted by PostgreSQL nor parsed by Node.
 */
export type RawNutritionColumns = {
  /**
   * The five profile fields the targets read (targetsBase), not the whole profile: less to send,
   * parse and hash into the pass key. An absent field comes as null, which the targets read alike.
   */
  n_profile: string | null;
  /** Intake logs: days ago and kcal, in date order. */
  n_iago: string | null;
  n_ikcal: string | null;
  /** Weigh-ins: days ago and kg, in date order (then entry order within a day). */
  n_wago: string | null;
  n_wkg: string | null;
  n_bf: number | null;
  n_settings: string | null;
  n_decided: string | null;
  /** Date of a nutrition-target proposal waiting for the coach, and of the newest one of any status. */
  n_open_p: string | null;
  n_last_p: string | null;
  /** Kinds of the client's open flags, comma-separated (a disordered-eating flag blocks target changes). */
  n_flags: string | null;
  /** Digest of the stored estimate row (its write is skipped when the evaluation's is the same). */
  n_est_digest: string | null;
};

/** What the pass computed from a client's nutrition data. */
export type PassNutrition = {
  intake: IntakeRecord[];
  /** The energy target in force, as the nutrition card shows it (null when targets lack inputs). */
  targetKcal: number | null;
  /** The adaptive expenditure estimate with its uncertainty (null when targets lack inputs). */
  expenditure: ExpenditureEstimate | null;
  /** What the adaptive target check needs besides the day and the flags (null when targets lack inputs). */
  check: { input: Omit<NutritionProposalInput, "date" | "openFlags">; history: TargetChangeHistory } | null;
  /** Kinds of the open flags when the pass read the row. */
  openFlags: string[];
  /** Digest of the estimate row already stored for the client, or null. */
  storedDigest: string | null;
};

/** The SQL of the nutrition columns; `$2` is the pass date. */
export const NUTRITION_SELECT = `case when ni.n_iago is not null or nw.n_wago is not null or nt.n_settings is not null
      then json_build_object('sex', c.profile->'sex', 'birthYear', c.profile->'birthYear',
        'heightCm', c.profile->'heightCm', 'bodyMassKg', c.profile->'bodyMassKg',
        'goals', json_build_object('primary', c.profile#>'{goals,primary}'))::text end as n_profile, ni.*, nw.*, nt.*, np.*, nl.*, nf.*, ne.digest as n_est_digest`;
export const NUTRITION_JOINS = `
       left join lateral (
         select string_agg(($2::date - i.date)::text, ',') as n_iago, string_agg(i.kcal::text, ',') as n_ikcal
           from (select date, kcal from nutrition_intake where client_id = c.id
             and date > $2::date - ${INTAKE_DAYS} and date <= $2 order by date) i) ni on true
       left join lateral (
         -- One ordered index-only scan (body_measurements_client_date) feeds the weigh-ins and the
         -- latest body-fat reading; the aggregates read the rows in that order.
         select x.n_wago, x.n_wkg, x.bfs[cardinality(x.bfs)] as n_bf from (
           select string_agg(($2::date - b.date)::text, ',') filter (where b.weight_kg is not null) as n_wago,
               string_agg(b.weight_kg::text, ',') filter (where b.weight_kg is not null) as n_wkg,
               array_agg(b.body_fat_pct) filter (where b.body_fat_pct is not null) as bfs
             from (select date, weight_kg, body_fat_pct from body_measurements where client_id = c.id
               and date >= $2::date - ${WEIGH_IN_DAYS} and date <= $2
               and (weight_kg is not null or body_fat_pct is not null)
               order by date, created_at) b) x) nw on true
       left join lateral (
         select json_build_object('goal', t.goal, 'ratePctPerWeek', t.rate_pct_per_week,
             'energyKcal', t.energy_kcal, 'createdAt', t.created_at)::text as n_settings
           from nutrition_targets t where t.client_id = c.id and t.status = 'active' limit 1) nt on true
       left join lateral (
         select json_build_object('diff', p.diff, 'decidedAt', p.decided_at, 'createdAt', p.created_at)::text as n_decided
           from proposals p where p.client_id = c.id and p.kind = 'nutrition_target'
             and p.status in ('approved', 'edited', 'auto_applied')
           order by p.decided_at desc nulls last, p.created_at desc limit 1) np on true
       left join lateral (
         select (max(p.date) filter (where p.status in ('proposed', 'pending_review')))::text as n_open_p,
             max(p.date)::text as n_last_p
           from proposals p where p.client_id = c.id and p.kind = 'nutrition_target') nl on true
       left join lateral (
         select string_agg(f.kind, ',' order by f.kind) as n_flags
           from flags f where f.client_id = c.id and f.status = 'open') nf on true
       left join nutrition_estimates ne on ne.client_id = c.id`;

/** The nutrition columns as they enter the pass key (any change re-evaluates the client). */
export function nutritionKeyParts(r: RawNutritionColumns): (string | null)[] {
  return [
    r.n_profile,
    r.n_iago,
    r.n_ikcal,
    r.n_wago,
    r.n_wkg,
    r.n_bf === null ? null : String(r.n_bf),
    r.n_settings,
    r.n_decided,
    r.n_open_p,
    r.n_last_p,
    // Not n_flags: the pass's own new flags would change it and defeat the same-day skip; they are
    // today's signals, which the check reads anyway, and a flag opened or resolved elsewhere (a
    // check-in, a coach's resolution) runs the incremental update for its client.
  ];
}

type ClientRow = typeof clients.$inferSelect;
type Completed = NutritionContext["completed"];

/** ISO dates of the days before one pass date, formatted once per date rather than per client. */
let datesAgo: { today: string; dates: string[] } = { today: "", dates: [] };
function dateAgo(today: string, ago: number): string {
  if (datesAgo.today !== today) datesAgo = { today, dates: [] };
  const dates = datesAgo.dates;
  const known = dates[ago];
  if (known !== undefined) return known;
  const date = isoFromDay(dayIndex(today) - ago);
  dates[ago] = date;
  return date;
}

/**
 * The client's intake, energy target and adaptive expenditure from the batch row, by the same
 * inputs and arithmetic as the nutrition card's computeTargets (targetsBase, targetsInput; the
 * engine's energyTarget gives nutritionTargets' numbers without their reasons), so the pass and the
 * card agree. Null
 * for a client without intake, weigh-ins or nutrition settings (nothing to judge). The trend and
 * the estimator's window are read in one pass over the row's numbers (engine trendWindow,
 * intakeWindow), the same arithmetic as the card's smoothWeights and estimateExpenditure.
 */
export function parseNutrition(r: RawNutritionColumns, today: string, completed: Completed): PassNutrition | null {
  if (r.n_profile === null) return null;
  const intake: IntakeRecord[] = [];
  const iAgo = numberColumn(r.n_iago) as number[];
  const kcal = numberColumn(r.n_ikcal) as number[];
  for (let i = 0; i < iAgo.length; i++) intake.push({ date: dateAgo(today, iAgo[i]!), kcal: kcal[i]! });
  const days = ADAPTIVE_RULES.windowDays;
  const trend = trendWindow(numberColumn(r.n_wago) as number[], numberColumn(r.n_wkg) as number[], days);
  const window = { weights: trend.weights, intake: intakeWindow(iAgo, kcal, days) };
  const settings = r.n_settings ? JSON.parse(r.n_settings) : null;
  const decided = r.n_decided ? JSON.parse(r.n_decided) : null;
  const ctx: NutritionContext = {
    // targetsBase reads the client's profile only.
    client: { profile: JSON.parse(r.n_profile) } as ClientRow,
    today,
    // With the window given, only the trend's latest weight is read.
    trend: { points: [], trendKg: trend.trendKg, kgPerWeek: null, pctPerWeek: null, reasons: [] },
    window,
    latestBodyFatPct: r.n_bf === null ? null : Number(r.n_bf),
    intake,
    completed,
    // The day-by-day carbohydrate split is the card's concern, not the pass's.
    week: [],
    settings: settings && { ...settings, createdAt: new Date(settings.createdAt) },
    decidedProposal: decided && {
      ...decided,
      decidedAt: decided.decidedAt ? new Date(decided.decidedAt) : null,
      createdAt: new Date(decided.createdAt),
    },
    openFlags: [],
    level: "green",
  };
  // computeTargets' numbers without the card's reasons and carbohydrate week (engine energyTarget).
  const b = targetsBase(ctx);
  const expenditure = b.base && estimateFromWindow(window.weights, window.intake, energyTarget(b.base).maintenanceKcal);
  const t = b.base && expenditure && energyTarget(targetsInput(b.base, expenditure, energyOverride(ctx)));
  const sex = ctx.client.profile.sex ?? "other";
  const goalPctPerWeek = b.goal === "lose" ? -b.rate : b.goal === "gain" ? b.rate : 0;
  // The target in force dates from the coach's setting or the decided proposal, whichever is newer.
  const since = [settings?.createdAt, decided?.decidedAt ?? decided?.createdAt]
    .filter((d): d is string => typeof d === "string")
    .map((d) => new Date(d).toISOString().slice(0, 10))
    .sort();
  const check =
    t && expenditure && b.weightKg !== null
      ? {
          input: {
            sex,
            weightKg: b.weightKg,
            rmrKcal: t.rmrKcal,
            goalPctPerWeek,
            currentKcal: t.energyKcal,
            estimate: expenditure,
            lowEnergyAvailability: t.lowEnergyAvailability,
          },
          history: { openProposalDate: r.n_open_p, lastProposalDate: r.n_last_p, targetSince: since.at(-1) ?? null },
        }
      : null;
  const openFlags = r.n_flags ? r.n_flags.split(",") : [];
  return {
    intake,
    targetKcal: t ? t.energyKcal : null,
    expenditure,
    check,
    openFlags,
    storedDigest: r.n_est_digest,
  };
}
