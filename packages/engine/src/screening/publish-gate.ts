import type { Instant } from "../core/dates.ts";
import { type Reason, reason } from "../core/reasons.ts";
import type { ClientProfile, Exercise } from "../model/index.ts";
import { type ClearanceOptions, openClearance } from "./clearance.ts";
import { isHighImpact } from "./impact.ts";
import { type GateItem, isVigorousEffort, VIGOROUS } from "./intensity-gate.ts";
import type { ClearanceRequirement } from "./requirement.ts";

/** An open flag as the gate needs it: its level and, for the reason, an id and rule. */
export type GateFlag = { id: string; level: "red" | "yellow" | "green"; ruleId?: string };
/** A coach's explicit decision to publish anyway; the caller audits it. */
export type PublishOverride = { reason: string; by: string };
/** A plan to publish: sections of items (a Session has them). */
export type PublishPlan = { warmup: GateItem[]; main: GateItem[]; finisher: GateItem[]; cooldown: GateItem[] };

export type PublishDecision =
  | { decision: "allowed"; reasons: Reason[] }
  | { decision: "refused"; reasons: Reason[] }
  | { decision: "allowed_with_override"; reasons: Reason[]; override: PublishOverride };

export type PublishGateInput = {
  /** From openClearance(profile, now). */
  openClearance: readonly ClearanceRequirement[];
  /** The client's unresolved flags. */
  openFlags: readonly GateFlag[];
  plan: PublishPlan;
  /** To tell high-impact exercises (a Catalog's get). */
  exerciseOf: (id: string) => Pick<Exercise, "tags" | "jointStress"> | undefined;
  /** The client's 1RM for an exercise in the plan's unit, when known: loads ≥ 60% of it are vigorous. */
  oneRmOf?: (id: string) => number | undefined;
  override?: PublishOverride;
};

/** An override reason shorter than this is not a reason. */
export const OVERRIDE_MIN_CHARS = 10;

/**
 * The one publishing rule every route calls: refused while a red flag is open, while a clearance
 * of scope `any` is missing, or while a `vigorous` clearance is missing and the plan holds
 * vigorous work (RPE ≥ 7, ≥ 60% 1RM as an effort target or a load, high-impact plyometrics). A coach's
 * override with a reason of at least 10 characters turns a refusal into allowed_with_override,
 * which the caller must audit. Loads are judged only when `oneRmOf` is given.
 */
export function publishGate(input: PublishGateInput): PublishDecision {
  const blockers: Reason[] = [];
  for (const f of input.openFlags.filter((f) => f.level === "red"))
    blockers.push(
      reason("publish.red_flag_open", `A red flag is open (${f.ruleId ?? f.id}): resolve it before publishing.`, {
        flagId: f.id,
        ruleId: f.ruleId ?? null,
      }),
    );
  const items = [...input.plan.warmup, ...input.plan.main, ...input.plan.finisher, ...input.plan.cooldown];
  const vigorous = items.filter((i) => {
    const ex = input.exerciseOf(i.exerciseId);
    const oneRm = i.load !== undefined ? input.oneRmOf?.(i.exerciseId) : undefined;
    return (
      (i.effort !== undefined && isVigorousEffort(i.effort)) ||
      (ex !== undefined && isHighImpact(ex)) ||
      (oneRm !== undefined && (i.load ?? 0) >= (oneRm * VIGOROUS.percent1rm) / 100)
    );
  });
  for (const req of input.openClearance) {
    if (req.scope === "any")
      blockers.push(
        reason(
          "publish.clearance_missing",
          `${req.kind.replaceAll("_", " ")} clearance not recorded: no exercise is published before the client sees a ${req.see.replaceAll("_", " ")}.`,
          { kind: req.kind, see: req.see, scope: req.scope },
        ),
      );
    else if (vigorous.length > 0)
      blockers.push(
        reason(
          "publish.vigorous_without_clearance",
          `${req.kind.replaceAll("_", " ")} clearance not recorded and the plan holds vigorous work (${vigorous.map((i) => i.exerciseId).join(", ")}).`,
          { kind: req.kind, see: req.see, scope: req.scope, vigorousItems: vigorous.length },
        ),
      );
  }
  if (blockers.length === 0)
    return {
      decision: "allowed",
      reasons: [reason("publish.allowed", "No open red flag or missing clearance blocks this plan.", {})],
    };
  const o = input.override;
  if (!o || o.reason.trim().length < OVERRIDE_MIN_CHARS) {
    const why = o
      ? [
          reason(
            "publish.override_too_short",
            `An override needs a reason of at least ${OVERRIDE_MIN_CHARS} characters.`,
            { length: o.reason.trim().length },
            { minChars: OVERRIDE_MIN_CHARS },
          ),
        ]
      : [];
    return { decision: "refused", reasons: [...blockers, ...why] };
  }
  return {
    decision: "allowed_with_override",
    override: { reason: o.reason.trim(), by: o.by },
    reasons: [
      ...blockers,
      reason("publish.override", `Published over these blockers by ${o.by}: ${o.reason.trim()}`, { by: o.by }),
    ],
  };
}

/** publishGate from a profile: its open clearance at `now` (recorded clearances applied). */
export function publishGateFor(
  profile: ClientProfile,
  now: Instant,
  rest: Omit<PublishGateInput, "openClearance">,
  opts: ClearanceOptions = {},
): PublishDecision {
  return publishGate({ ...rest, openClearance: openClearance(profile, now, opts) });
}
