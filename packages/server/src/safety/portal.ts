import type { PortalSafety, SessionPlan } from "@spotter/contracts";
import type { DbExecutor } from "../audit/record.ts";
import { MESSAGE_TEMPLATES } from "../monitoring/message-templates.ts";
import { blockerKey, coveredBlockers, decidePlan } from "./plan-gate.ts";
import { loadSafetyState, type SafetyState } from "./state.ts";

/** A stored session as the portal gate reads it. */
type PortalRow = { status: string; plan: SessionPlan };

/** Used when a red flag's kind has no template: still a referral, never a diagnosis. */
const FALLBACK = {
  subject: "Training is paused",
  body: "Hi {name}, something in your recent check-in needs your coach's attention before we train hard again. Your coach will be in touch; if you feel unwell, please contact a doctor.",
};

/**
 * What the client portal shows while a red is open or a clearance is missing (issue 10: "the
 * client portal shows the referral message and hides intense work"). Decision: a blocked published
 * session is HIDDEN (not replaced by a lighter one): the engine's gentle alternative needs the
 * coach's context (pain regions, the referral's answer), and a hidden session plus the referral
 * message is the unambiguous "stop". A session stays visible when it is not vigorous and only a
 * vigorous clearance is open, or when the coach published it over exactly the blockers now open
 * (an audited override, stored on the plan). Logged sessions are history and always visible.
 */
export type PortalGate = {
  state: SafetyState | null;
  visible(row: PortalRow): Promise<boolean>;
  /** The portal's safety block for these hidden sessions, or undefined when nothing blocks. */
  safety(hidden: number): PortalSafety | undefined;
};

export async function portalGate(
  db: DbExecutor,
  organizationId: string,
  clientId: string,
  now: Date,
  clientName: string,
): Promise<PortalGate> {
  const state = await loadSafetyState(db, organizationId, clientId, now);
  const blocking = state !== null && (state.reds.length > 0 || state.clearance.length > 0);
  const firstName = clientName.trim().split(/\s+/)[0] ?? "";
  return {
    state,
    async visible(row) {
      if (!blocking || row.status !== "published") return true;
      const decision = await decidePlan(db, state, row.plan, now);
      if (decision.decision !== "refused") return true;
      const covered = coveredBlockers(row.plan);
      return decision.reasons.every((r) => covered.has(blockerKey(r)));
    },
    safety(hidden) {
      if (!state || (state.reds.length === 0 && hidden === 0)) return undefined;
      return {
        paused: state.reds.length > 0,
        messages: state.reds.map((f) => {
          const t = MESSAGE_TEMPLATES.find((m) => m.kind === f.kind && m.level === "red") ?? FALLBACK;
          return {
            kind: f.kind,
            subject: t.subject,
            body: t.body.replaceAll("{name}", firstName),
            referTo: f.referTo ?? [],
          };
        }),
        hiddenSessions: hidden,
      };
    },
  };
}
