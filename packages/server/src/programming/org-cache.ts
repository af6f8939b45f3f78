import { type Catalog, DEFAULT_TRAINER_PROFILE, type TrainerProfile } from "@spotter/engine";
import { and, eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { runNamed } from "../db/named-query.ts";
import { coachClients } from "../db/schema.ts";
import { trainerProfiles } from "../db/schema-programming.ts";
import { loadCatalog } from "./catalog.ts";
import { type FoundMethod, findMethod } from "./methods.ts";

/**
 * What drafting reads per organization rather than per client — the catalog (built-ins + the
 * org's exercises), the coaches' Trainer Profiles and the org's methods — kept in memory so a
 * draft does not re-read and re-parse them on every call.
 *
 * Freshness: the routes that write them (exercises, methods, trainer profile) call
 * `invalidateOrgCache` after their transaction commits, so on the node that took the write the
 * very next draft sees it. Other API nodes (and writes that bypass those routes, e.g. a restore)
 * see it within ORG_CACHE_TTL_MS: an entry is dropped that long after it was filled. Drafts are
 * proposals a coach reviews before publishing, so a few seconds' lag on another node is the bound
 * accepted here instead of a notification channel.
 */
export const ORG_CACHE_TTL_MS = 5_000;
const MAX_ORGS = 1_000;

type Entry = {
  filledAt: number;
  catalog?: Promise<Catalog>;
  profiles: Map<string, Promise<TrainerProfile | null>>;
  methods: Map<string, Promise<FoundMethod | undefined>>;
};

const entries = new Map<string, Entry>();
let enabled = true;

/** Off: every read goes to the database (benchmarks measure the uncached path this way); entries are kept. */
export function setOrgCacheEnabled(on: boolean): void {
  enabled = on;
}

/** Drops everything cached for the organization; call after a committed write to its catalog, methods or profiles. */
export function invalidateOrgCache(organizationId: string): void {
  entries.delete(organizationId);
}

function entryFor(organizationId: string): Entry {
  const now = performance.now();
  let entry = entries.get(organizationId);
  if (entry && now - entry.filledAt > ORG_CACHE_TTL_MS) entry = undefined;
  if (!entry) {
    entries.delete(organizationId);
    if (entries.size >= MAX_ORGS) entries.delete(entries.keys().next().value as string);
    entry = { filledAt: now, profiles: new Map(), methods: new Map() };
    entries.set(organizationId, entry);
  }
  return entry;
}

/** A failed read is not cached: the next call tries again. */
function remember<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let hit = map.get(key);
  if (!hit) {
    hit = load();
    map.set(key, hit);
    hit.catch(() => map.delete(key));
  }
  return hit;
}

export function cachedCatalog(db: DbExecutor, organizationId: string): Promise<Catalog> {
  if (!enabled) return loadCatalog(db, organizationId);
  const entry = entryFor(organizationId);
  if (!entry.catalog) {
    const loading = loadCatalog(db, organizationId);
    entry.catalog = loading;
    loading.catch(() => {
      if (entry.catalog === loading) entry.catalog = undefined;
    });
  }
  return entry.catalog;
}

/** A method by id through the cache (built-ins resolve without the database either way). */
export function cachedFindMethod(db: DbExecutor, organizationId: string, id: string): Promise<FoundMethod | undefined> {
  if (!enabled || !id.startsWith("org:")) return findMethod(db, organizationId, id);
  return remember(entryFor(organizationId).methods, id, () => findMethod(db, organizationId, id));
}

async function readProfile(db: DbExecutor, organizationId: string, userId: string): Promise<TrainerProfile | null> {
  const [row] = await db
    .select({ profile: trainerProfiles.profile })
    .from(trainerProfiles)
    .where(and(eq(trainerProfiles.organizationId, organizationId), eq(trainerProfiles.userId, userId)))
    .limit(1);
  return row ? { ...row.profile, defaultMethods: row.profile.defaultMethods ?? {} } : null;
}

/** A coach's Trainer Profile through the cache (the defaults when the coach saved none). */
export async function cachedTrainerProfile(
  db: DbExecutor,
  organizationId: string,
  userId: string,
): Promise<TrainerProfile> {
  const profile = enabled
    ? await remember(entryFor(organizationId).profiles, userId, () => readProfile(db, organizationId, userId))
    : await readProfile(db, organizationId, userId);
  return profile ?? (structuredClone(DEFAULT_TRAINER_PROFILE) as TrainerProfile);
}

/**
 * The Trainer Profile a client's sessions pass through (as trainerProfileForClient): the assigned
 * coach's, else `fallbackUserId`'s, else the defaults. The assignment is read every time (it is
 * per client and changes with reassignments); the profile itself comes from the cache.
 */
export async function cachedTrainerProfileForClient(
  db: DbExecutor,
  organizationId: string,
  clientId: string,
  fallbackUserId: string,
): Promise<TrainerProfile> {
  // Named prepared statement (db/named-query.ts): every draft reads it.
  const [assigned] = await runNamed(
    db
      .select({ coachUserId: coachClients.coachUserId })
      .from(coachClients)
      .where(and(eq(coachClients.clientId, clientId), eq(coachClients.organizationId, organizationId)))
      .limit(1),
    "spotter_draft_assigned_coach",
  );
  return cachedTrainerProfile(db, organizationId, assigned?.coachUserId ?? fallbackUserId);
}
