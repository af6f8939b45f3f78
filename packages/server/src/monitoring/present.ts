import type { CheckInRecord, FlagView, ProposalView, TierView } from "@spotter/contracts";
import type { checkIns, flags, proposals } from "../db/schema-monitoring.ts";
import { checkInFromRow } from "./load-data.ts";
import type { TierRecord } from "./tiers.ts";

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function presentCheckIn(row: typeof checkIns.$inferSelect): CheckInRecord {
  return {
    id: row.id,
    ...checkInFromRow({
      client_id: row.clientId,
      date: row.date,
      sleep_hours: row.sleepHours,
      sleep_quality: row.sleepQuality,
      fatigue: row.fatigue,
      soreness: row.soreness,
      stress: row.stress,
      mood: row.mood,
      hrv_ln_rmssd: row.hrvLnRmssd,
      resting_hr: row.restingHr,
      extra: row.extra,
    }),
  };
}

/**
 * `decidedBy` tells the client whether a change was automated or reviewed: automation for an
 * auto-applied change, the client for their own undo, a coach for every other decision.
 */
export function presentProposal(row: typeof proposals.$inferSelect, clientUserId: string | null): ProposalView {
  let decidedBy: ProposalView["decidedBy"] = null;
  if (row.status === "auto_applied") decidedBy = "automation";
  else if (row.decidedBy && clientUserId && row.decidedBy === clientUserId) decidedBy = "client";
  else if (["approved", "edited", "rejected", "undone"].includes(row.status)) decidedBy = "coach";
  return {
    id: row.id,
    clientId: row.clientId,
    kind: row.kind,
    date: row.date,
    scope: row.scope,
    exerciseId: row.exerciseId,
    diff: row.diff,
    reasons: row.reasons as ProposalView["reasons"],
    decisionReasons: row.decisionReasons as ProposalView["decisionReasons"],
    level: row.level,
    major: row.major,
    status: row.status,
    automated: row.automated,
    humanRequested: row.humanRequested,
    decidedBy,
    decidedAt: iso(row.decidedAt),
    reason: row.reason,
    dueAt: iso(row.dueAt),
    createdAt: iso(row.createdAt) ?? "",
  };
}

export function presentFlag(row: typeof flags.$inferSelect): FlagView {
  return {
    id: row.id,
    clientId: row.clientId,
    kind: row.kind,
    level: row.level,
    ruleId: row.ruleId,
    message: row.message,
    evidence: row.evidence,
    recommendedAction: row.recommendedAction,
    referTo: row.referTo ?? null,
    dueAt: iso(row.dueAt),
    status: row.status,
    outcome: row.outcome,
    note: row.resolutionNote,
    referredTo: row.referredTo,
    resolvedAt: iso(row.resolvedAt),
    createdAt: iso(row.createdAt) ?? "",
  };
}

export function presentTier(t: TierRecord): TierView {
  return {
    id: t.id,
    name: t.name,
    model: t.model,
    isDefault: t.isDefault,
    price: t.price,
    reviewCadence: t.reviewCadence,
    responseHours: t.responseHours,
    autoApplyKinds: t.autoApplyKinds,
  };
}
