import { type CheckInAction, minorChangeFor, type WeekSummary } from "@spotter/engine";
import { and, eq } from "drizzle-orm";
import { type DbExecutor, recordAudit } from "../audit/record.ts";
import { reviewDueAt } from "../commands/client-tier.ts";
import type { CommandContext } from "../commands/context.ts";
import { proposeNutritionChange } from "../commands/nutrition-targets.ts";
import { openRequestedProposal } from "../commands/proposals.ts";
import type { clients } from "../db/schema.ts";
import { flags } from "../db/schema-monitoring.ts";
import { weeklyCheckIns } from "../db/schema-weekly-checkins.ts";
import type { TierRecord } from "../monitoring/tiers.ts";
import type { WeeklyCheckInRow } from "./present.ts";

type ClientRow = typeof clients.$inferSelect;

/** The flag kind an escalated check-in opens (one open per client, like every flag kind). */
export const CHECKIN_ESCALATION_KIND = "checkin_escalation";

export type DecisionOutcome = {
  proposalId: string | null;
  flagId: string | null;
  reasons: string[];
  /** A stalled weight: the nutrition check runs after the reply commits (nutritionAfterReply). */
  nutrition: boolean;
};

/**
 * What the coach's action opens, inside the reply's transaction: "minor change" the proposal engine
 * `minorChangeFor` names, through the existing proposal paths (a training change routed by tier like
 * the pass's proposals; a stalled weight through the nutrition target check, which may find no change
 * is warranted); "escalate" a yellow flag for a human, due within the tier's promise; "no change"
 * nothing. Each opening is audited against the check-in. `tier` is loaded before the transaction
 * (tiers are read on the pool; on PGlite's single connection a read beside an open transaction waits
 * for it forever).
 */
export async function applyDecision(
  ctx: CommandContext,
  tx: DbExecutor,
  client: ClientRow,
  checkIn: WeeklyCheckInRow,
  action: CheckInAction,
  tier: TierRecord,
): Promise<DecisionOutcome> {
  if (action === "no_change") return { proposalId: null, flagId: null, reasons: [], nutrition: false };
  const now = ctx.clock.now();
  const summary = checkIn.summary as unknown as WeekSummary;
  if (action === "minor_change") {
    const change = minorChangeFor(summary, { date: now.toISOString().slice(0, 10) });
    if (change.route === "nutrition")
      return { proposalId: null, flagId: null, reasons: change.reasons.map((r) => r.ruleId), nutrition: true };
    const row = await openRequestedProposal(tx, ctx.request, {
      organizationId: client.organizationId,
      clientId: client.id,
      proposal: change.proposal,
      tier,
      now,
      via: "weekly_checkin",
    });
    const reasons = change.proposal.reasons.map((r) => r.ruleId);
    await recordAudit(tx, ctx.request, {
      action: "weekly_checkin.minor_change",
      entityType: "weekly_checkin",
      entityId: checkIn.id,
      clientId: client.id,
      metadata: { proposalId: row.id, route: "training", kind: change.proposal.kind, reasons },
    });
    return { proposalId: row.id, flagId: null, reasons, nutrition: false };
  }
  const values = {
    organizationId: client.organizationId,
    clientId: client.id,
    kind: CHECKIN_ESCALATION_KIND,
    level: "yellow" as const,
    signalId: `weekly_checkin:${checkIn.id}`,
    ruleId: "checkin.escalated_by_coach",
    message: `The coach escalated the weekly check-in of the week of ${checkIn.weekStart}: a human review is needed.`,
    evidence: { weeklyCheckInId: checkIn.id, weekStart: checkIn.weekStart, changes: summary.changes },
    recommendedAction: "Read the check-in and its summary, talk to the client, and decide the plan with them.",
    referTo: null,
    dueAt: reviewDueAt(tier, now),
  };
  const [inserted] = await tx.insert(flags).values(values).onConflictDoNothing().returning({ id: flags.id });
  const flagId =
    inserted?.id ??
    (
      await tx
        .select({ id: flags.id })
        .from(flags)
        .where(and(eq(flags.clientId, client.id), eq(flags.kind, CHECKIN_ESCALATION_KIND), eq(flags.status, "open")))
    )[0]?.id ??
    null;
  await recordAudit(tx, ctx.request, {
    action: "weekly_checkin.escalated",
    entityType: "weekly_checkin",
    entityId: checkIn.id,
    clientId: client.id,
    metadata: { flagId, joinedOpenFlag: !inserted },
  });
  return { proposalId: null, flagId, reasons: ["checkin.escalated_by_coach"], nutrition: false };
}

/**
 * A minor change for a stalled weight: the existing nutrition target check (proposeNutritionChange,
 * its own transaction, routed by tier) runs once the reply committed, and the proposal it makes, if
 * any, is recorded on the check-in with the audit event. It may find no change warranted (too little
 * data, or the expenditure estimate agrees with the target); the audit event says why.
 */
export async function nutritionAfterReply(ctx: CommandContext, client: ClientRow, checkIn: WeeklyCheckInRow) {
  const result = await proposeNutritionChange(ctx, client);
  const proposalId = result.proposal?.id ?? null;
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .update(weeklyCheckIns)
      .set({ proposalId })
      .where(eq(weeklyCheckIns.id, checkIn.id))
      .returning();
    await recordAudit(tx, ctx.request, {
      action: "weekly_checkin.minor_change",
      entityType: "weekly_checkin",
      entityId: checkIn.id,
      clientId: client.id,
      metadata: { proposalId, route: "nutrition", status: result.status, reasons: result.reasons.map((r) => r.ruleId) },
    });
    return row ?? checkIn;
  });
}
