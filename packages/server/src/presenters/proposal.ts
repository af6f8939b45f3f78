import type { ProposalView } from "@spotter/contracts";
import type { proposals } from "../db/schema-monitoring.ts";
import { isoOrNull as iso } from "./time.ts";

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
