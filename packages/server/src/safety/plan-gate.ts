import type { SessionPlan } from "@spotter/contracts";
import { type PublishDecision, publishGate, type Reason } from "@spotter/engine";
import type { DbExecutor } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import { HttpError } from "../http/errors.ts";
import { loadCatalog } from "../programming/catalog.ts";
import { isoDay } from "../programming/clock.ts";
import { loadOneRms, loadSafetyState, type SafetyState } from "./state.ts";

/**
 * The engine's publishGate over a stored plan with everything it needs: open flags, open clearance
 * (screening required), the catalog for high-impact work and the client's known 1RMs, so a load
 * ≥ 60% of 1RM counts as vigorous (the 1RMs are read only when a vigorous clearance is open and the
 * plan carries loads: otherwise they cannot change the decision).
 */
export async function decidePlan(
  db: DbExecutor,
  state: SafetyState,
  plan: SessionPlan,
  now: Date,
  override?: { reason: string; by: string },
): Promise<PublishDecision> {
  const catalog = await loadCatalog(db, state.organizationId);
  const hasLoads = [...plan.warmup, ...plan.main, ...plan.finisher, ...plan.cooldown].some((i) => i.load !== undefined);
  const needsOneRm = hasLoads && state.clearance.some((c) => c.scope === "vigorous");
  const oneRmOf = needsOneRm ? await loadOneRms(db, state, plan.unit, isoDay(now)) : undefined;
  return publishGate({
    openClearance: state.clearance,
    openFlags: state.reds,
    plan,
    exerciseOf: (id) => catalog.get(id),
    ...(oneRmOf ? { oneRmOf } : {}),
    ...(override ? { override } : {}),
  });
}

/** A blocker's identity: its rule and the flag or clearance kind it is about. */
export function blockerKey(r: Pick<Reason, "ruleId" | "inputs">): string {
  const about = r.inputs.flagId ?? r.inputs.kind ?? "";
  return `${r.ruleId}:${String(about)}`;
}

/** The blockers a publish override covered, as stored on the plan (publish.override_covered reasons). */
export function coveredBlockers(plan: SessionPlan): Set<string> {
  return new Set(
    plan.reasons.filter((r) => r.ruleId === "publish.override_covered").map((r) => String(r.inputs.blocker ?? "")),
  );
}

/**
 * The publish rule for a stored draft, read in the publishing transaction. Refused → 409 with one
 * field per blocker (path = rule id); otherwise the decision, so the caller audits an override and
 * stores which blockers it covered on the plan (the portal shows the session only while every
 * current blocker is one the coach overrode).
 */
export async function enforcePublishGate(
  tx: DbExecutor,
  row: { organizationId: string; clientId: string; plan: SessionPlan },
  actor: Actor,
  now: Date,
  override?: { reason: string },
): Promise<PublishDecision> {
  const state = await loadSafetyState(tx, row.organizationId, row.clientId, now);
  if (!state) throw new HttpError("not_found", "client not found");
  const decision = await decidePlan(
    tx,
    state,
    row.plan,
    now,
    override ? { reason: override.reason, by: actor.userId } : undefined,
  );
  if (decision.decision === "refused")
    throw new HttpError(
      "conflict",
      `publishing refused: ${decision.reasons.map((r) => r.message).join(" ")} Send override.reason to publish anyway.`,
      { fields: decision.reasons.map((r) => ({ path: r.ruleId, message: r.message })) },
    );
  return decision;
}

/** The reasons to store on a plan published over blockers: one per covered blocker, then the override. */
export function overrideReasons(decision: PublishDecision, at: Date): Reason[] {
  if (decision.decision !== "allowed_with_override") return [];
  const blockers = decision.reasons.filter((r) => r.ruleId !== "publish.override");
  return [
    ...blockers.map((b) => ({
      ruleId: "publish.override_covered",
      message: `Published over: ${b.message}`,
      inputs: { blocker: blockerKey(b), by: decision.override.by, at: at.toISOString() },
    })),
    ...decision.reasons.filter((r) => r.ruleId === "publish.override"),
  ];
}
