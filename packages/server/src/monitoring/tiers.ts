import type { CoachingModel, ServiceTier } from "@spotter/engine";
import type { Database } from "../db/open.ts";

/** A stored tier: the engine's ServiceTier plus its id, coaching model and default mark. */
export type TierRecord = ServiceTier & { id: string; model: CoachingModel | null; isDefault: boolean };

/**
 * Default tiers for a new organization, one per coaching model (issue 5 §4). Prices and promises
 * are starting points the owner edits; the hybrid tier is the default for unassigned clients.
 */
export const DEFAULT_TIERS: readonly (ServiceTier & { model: CoachingModel; isDefault: boolean })[] = [
  {
    model: "ai_led_self_guided",
    name: "Self-guided",
    price: { amountMinor: 2900, currency: "EUR", period: "month" },
    reviewCadence: "monthly",
    responseHours: { yellow: 72, red: 24 },
    autoApplyKinds: ["progression", "load_hold", "session_swap", "volume_change"],
    isDefault: false,
  },
  {
    model: "ai_first_human_escalation",
    name: "AI-first with escalation",
    price: { amountMinor: 5900, currency: "EUR", period: "month" },
    reviewCadence: "biweekly",
    responseHours: { yellow: 48, red: 12 },
    autoApplyKinds: ["progression", "load_hold", "session_swap"],
    isDefault: false,
  },
  {
    model: "assisted_hybrid",
    name: "Hybrid",
    price: { amountMinor: 9900, currency: "EUR", period: "month" },
    reviewCadence: "weekly",
    responseHours: { yellow: 24, red: 4 },
    autoApplyKinds: ["progression", "load_hold"],
    isDefault: true,
  },
  {
    model: "human_in_loop_premium",
    name: "Premium",
    price: { amountMinor: 29900, currency: "EUR", period: "month" },
    reviewCadence: "twice_weekly",
    responseHours: { yellow: 12, red: 2 },
    autoApplyKinds: [],
    isDefault: false,
  },
  {
    model: "full_service_concierge",
    name: "Concierge",
    price: { amountMinor: 59900, currency: "EUR", period: "month" },
    reviewCadence: "daily",
    responseHours: { yellow: 4, red: 1 },
    autoApplyKinds: [],
    isDefault: false,
  },
];

/** Used only if an organization somehow has no tiers at all: nothing auto-applies. */
export const FALLBACK_TIER: TierRecord = {
  id: "00000000-0000-0000-0000-000000000000",
  model: null,
  isDefault: true,
  name: "Unconfigured",
  price: { amountMinor: 0, currency: "EUR", period: "month" },
  reviewCadence: "weekly",
  responseHours: { yellow: 24, red: 4 },
  autoApplyKinds: [],
};

const TIER_COLUMNS = `id, organization_id, name, model, price_minor, currency, price_period, review_cadence,
  response_hours_yellow, response_hours_red, auto_apply_kinds, is_default`;

type TierRow = {
  id: string;
  organization_id: string;
  name: string;
  model: string | null;
  price_minor: number;
  currency: string;
  price_period: "week" | "month" | "year";
  review_cadence: ServiceTier["reviewCadence"];
  response_hours_yellow: number;
  response_hours_red: number;
  auto_apply_kinds: ServiceTier["autoApplyKinds"];
  is_default: boolean;
};

function toRecord(r: TierRow): TierRecord {
  return {
    id: r.id,
    model: (r.model as CoachingModel | null) ?? null,
    isDefault: r.is_default,
    name: r.name,
    price: { amountMinor: r.price_minor, currency: r.currency, period: r.price_period },
    reviewCadence: r.review_cadence,
    responseHours: { yellow: Number(r.response_hours_yellow), red: Number(r.response_hours_red) },
    autoApplyKinds: r.auto_apply_kinds,
  };
}

/**
 * Seeds the default tiers the first time an organization's tiers are read (lazily, so signup stays
 * untouched). Idempotent: the unique (organization, name) index absorbs concurrent seeding.
 */
export async function ensureDefaultTiers(database: Database, organizationIds: readonly string[]): Promise<void> {
  if (!organizationIds.length) return;
  const missing = await database.query<{ id: string }>(
    `select o.id from organizations o where o.id = any($1::uuid[])
       and not exists (select 1 from service_tiers t where t.organization_id = o.id)`,
    [organizationIds],
  );
  for (const { id } of missing) {
    const values: string[] = [];
    const params: unknown[] = [];
    for (const t of DEFAULT_TIERS) {
      const b = params.length;
      values.push(
        `($${b + 1}::uuid, $${b + 2}, $${b + 3}, $${b + 4}::int, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8}::real, $${b + 9}::real, $${b + 10}::jsonb, $${b + 11}::boolean)`,
      );
      params.push(
        id,
        t.name,
        t.model,
        t.price.amountMinor,
        t.price.currency,
        t.price.period,
        t.reviewCadence,
        t.responseHours.yellow,
        t.responseHours.red,
        JSON.stringify(t.autoApplyKinds),
        t.isDefault,
      );
    }
    await database.query(
      `insert into service_tiers (organization_id, name, model, price_minor, currency, price_period, review_cadence,
         response_hours_yellow, response_hours_red, auto_apply_kinds, is_default)
       values ${values.join(", ")} on conflict (organization_id, name) do nothing`,
      params,
    );
  }
}

/** Every tier of the given organizations (seeding defaults first), by organization. */
export async function loadTiers(
  database: Database,
  organizationIds: readonly string[],
): Promise<Map<string, TierRecord[]>> {
  const select = () =>
    database.query<TierRow>(
      `select ${TIER_COLUMNS} from service_tiers where organization_id = any($1::uuid[]) order by price_minor, name`,
      [organizationIds],
    );
  let rows = await select();
  const seen = new Set(rows.map((r) => r.organization_id));
  const unseeded = organizationIds.filter((id) => !seen.has(id));
  if (unseeded.length) {
    // First read for these organizations: seed the defaults, then read again.
    await ensureDefaultTiers(database, unseeded);
    rows = await select();
  }
  const out = new Map<string, TierRecord[]>();
  for (const r of rows) {
    const list = out.get(r.organization_id) ?? [];
    list.push(toRecord(r));
    out.set(r.organization_id, list);
  }
  return out;
}

/** The tier that governs a client: its assignment, else the organization's default, else nothing auto-applies. */
export function tierFor(tiers: readonly TierRecord[] | undefined, tierId: string | null): TierRecord {
  const list = tiers ?? [];
  return (
    (tierId ? list.find((t) => t.id === tierId) : undefined) ??
    list.find((t) => t.isDefault) ??
    list[0] ??
    FALLBACK_TIER
  );
}
