import type { Reason } from "../core/reasons.ts";
import type { ClearanceKind } from "../model/index.ts";

/** Whom a client is sent to before the gated work. */
export const REFERRALS = ["physician", "qualified_exercise_professional", "obstetric_care_provider", "coach"] as const;
export type Referral = (typeof REFERRALS)[number];

/**
 * What waits for clearance: `any` = no exercise is published before it (a coach may still draft
 * light work to discuss); `vigorous` = light-to-moderate work only (RPE < 7, < 60% 1RM, no
 * high-impact plyometrics).
 */
export type ClearanceScope = "any" | "vigorous";

/** A clearance the client needs, whom to see, and why. Lifted by a ClearanceRecord of its kind. */
export type ClearanceRequirement = {
  kind: ClearanceKind;
  see: Referral;
  scope: ClearanceScope;
  reasons: Reason[];
};

/** The stricter scope of two. */
export function widerScope(a: ClearanceScope, b: ClearanceScope): ClearanceScope {
  return a === "any" || b === "any" ? "any" : "vigorous";
}
