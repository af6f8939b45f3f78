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
import type { DbExecutor } from "../audit/record.ts";
import { readsAtOnce } from "../db/reads-at-once.ts";
import { loadCatalog } from "../programming/catalog.ts";
import { loadDraftHistory, statesWithTotals } from "../programming/history-archive.ts";
import { type ClientSafetyRead, type OpenFlag, readClientSafety } from "./client-read.ts";

export type { OpenFlag };

/**
 * The server always requires a screen: a client without PAR-Q+ answers is gated like an uncleared
 * one (engine screening/clearance.ts `requireScreening`). Every caller of the engine's clearance
 * rules on the server passes this, so generation, publishing and the portal agree.
 */
export const SERVER_CLEARANCE: ClearanceOptions = { requireScreening: true };

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
  const read = await readClientSafety(db, organizationId, clientId, null);
  return read && safetyStateOf(read, now);
}

/** The safety state of a client row and its open flags read together (safety/client-read.ts). */
export function safetyStateOf(read: ClientSafetyRead, now: Date): SafetyState {
  const { client, openFlags } = read;
  const at = now.toISOString();
  return {
    clientId: client.id,
    organizationId: client.organizationId,
    profile: client.profile,
    openFlags,
    reds: openFlags.filter((f) => f.level === "red"),
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
