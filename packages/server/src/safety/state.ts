import {
  type ClearanceOptions,
  type ClearanceRequirement,
  type ClientProfile,
  hrReadinessCaveat,
  knownOneRms,
  openClearance,
  type Reason,
  type Unit,
} from "@spotter/engine";
import { and, asc, eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { runNamed } from "../db/named-query.ts";
import { readsAtOnce } from "../db/reads-at-once.ts";
import { clients } from "../db/schema.ts";
import { flags } from "../db/schema-monitoring.ts";
import { loadCatalog } from "../programming/catalog.ts";
import { loadDraftHistory, statesWithTotals } from "../programming/history-archive.ts";

/**
 * The server always requires a screen: a client without PAR-Q+ answers is gated like an uncleared
 * one (engine screening/clearance.ts `requireScreening`). Every caller of the engine's clearance
 * rules on the server passes this, so generation, publishing and the portal agree.
 */
export const SERVER_CLEARANCE: ClearanceOptions = { requireScreening: true };

export type OpenFlag = {
  id: string;
  kind: string;
  level: "yellow" | "red";
  ruleId: string;
  referTo: string[] | null;
  createdAt: Date;
};

/** What every safety decision about one client reads, loaded once. */
export type SafetyState = {
  clientId: string;
  organizationId: string;
  profile: ClientProfile;
  openFlags: OpenFlag[];
  reds: OpenFlag[];
  /** Open clearance requirements at `now` (recorded clearances applied, screening required). */
  clearance: ClearanceRequirement[];
  /** Heart-rate readiness caveat while an HR-altering medication is in play, else null. */
  hrCaveat: Reason | null;
};

/** The client's safety state at `now`, or null when the client is not in the organization. */
export async function loadSafetyState(
  db: DbExecutor,
  organizationId: string,
  clientId: string,
  now: Date,
): Promise<SafetyState | null> {
  // Named prepared statements (db/named-query.ts): the route guard reads both before every guarded write.
  const [[client], open] = await readsAtOnce(
    db,
    () =>
      runNamed(
        db
          .select({ profile: clients.profile })
          .from(clients)
          .where(and(eq(clients.id, clientId), eq(clients.organizationId, organizationId)))
          .limit(1),
        "spotter_safety_profile",
      ),
    () =>
      runNamed(
        db
          .select({
            id: flags.id,
            kind: flags.kind,
            level: flags.level,
            ruleId: flags.ruleId,
            referTo: flags.referTo,
            createdAt: flags.createdAt,
          })
          .from(flags)
          .where(and(eq(flags.organizationId, organizationId), eq(flags.clientId, clientId), eq(flags.status, "open")))
          .orderBy(asc(flags.createdAt), asc(flags.kind)),
        "spotter_safety_open_flags",
      ),
  );
  if (!client) return null;
  const at = now.toISOString();
  return {
    clientId,
    organizationId,
    profile: client.profile,
    openFlags: open,
    reds: open.filter((f) => f.level === "red"),
    clearance: openClearance(client.profile, at, SERVER_CLEARANCE),
    hrCaveat: hrReadinessCaveat(client.profile, at),
  };
}

/**
 * The client's known 1RMs (logged e1RMs, else baselines, else a related lift's) in `unit`, as the
 * publish gate and the portal judge "≥ 60% of 1RM" with (engine screening/one-rm.ts).
 */
export async function loadOneRms(
  db: DbExecutor,
  state: Pick<SafetyState, "organizationId" | "clientId" | "profile">,
  unit: Unit,
  today: string,
): Promise<(exerciseId: string) => number | undefined> {
  const [catalog, history] = await readsAtOnce(
    db,
    () => loadCatalog(db, state.organizationId),
    () => loadDraftHistory(db, state.organizationId, state.clientId),
  );
  return knownOneRms({
    catalog,
    states: statesWithTotals(history),
    baselines: state.profile.baselines.repMaxes,
    today,
    unit,
  });
}
