import type { FlagView } from "@spotter/contracts";
import type { flags } from "../db/schema-monitoring.ts";
import { isoOrNull as iso } from "./time.ts";

/** A stored flag as the API shows it (contracts FlagView); the resolution note goes out as `note`. */
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
