import type { Database } from "../db/open.ts";
import { loadTiers, type TierRecord } from "./tiers.ts";

/**
 * Organizations' tiers for the incremental update, kept in memory and validated on every use: the
 * batch query returns a digest of the organization's service_tiers rows (`tiers_sig`), and the
 * tiers are read again only when it differs from the one they were cached with. An edited tier
 * therefore applies to the very next update, on every API node, and the common case saves the
 * tier query's round trip. A digest read before an edit that lands before `loadTiers` only makes
 * the next call read them again.
 */
const cached = new WeakMap<Database, Map<string, { sig: string; tiers: TierRecord[] }>>();

export async function tiersBySignature(
  database: Database,
  signatures: ReadonlyMap<string, string | null>,
): Promise<Map<string, TierRecord[]>> {
  let byOrg = cached.get(database);
  if (!byOrg) {
    byOrg = new Map();
    cached.set(database, byOrg);
  }
  const out = new Map<string, TierRecord[]>();
  const stale: string[] = [];
  for (const [org, sig] of signatures) {
    const hit = byOrg.get(org);
    if (sig !== null && hit?.sig === sig) out.set(org, hit.tiers);
    else stale.push(org);
  }
  if (stale.length) {
    for (const [org, tiers] of await loadTiers(database, stale)) {
      out.set(org, tiers);
      const sig = signatures.get(org);
      // No digest means no tier rows yet: loadTiers just seeded them, so the next read brings one.
      if (sig) byOrg.set(org, { sig, tiers });
    }
  }
  return out;
}
