import { type CheckInAction, minorChangeFor, type WeekSummary } from "@spotter/engine";
import { and, eq } from "drizzle-orm";
import { type DbExecutor, recordAudit } from "../audit/record.ts";
import { reviewDueAt } from "../commands/client-tier.ts";
import type { CommandContext } from "../commands/context.ts";
import { proposeNutritionChange } from "../commands/nutrition-targets.ts";
import { openRequestedProposal } from "../commands/proposals.ts";
import type { Db } from "../db/open.ts";
import type { clients } from "../db/schema.ts";
import { flags } from "../db/schema-monitoring.ts";
import type { TierRecord } from "../monitoring/tiers.ts";
import type { WeeklyCheckInRow } from "./present.ts";

type ClientRow = typeof clients.$inferSelect;

/** The flag kind an escalated check-in opens (one open per client, like every flag kind). */
export const CHECKIN_ESCALATION_KIND = "checkin_escalation";

export type DecisionOutcome = {
  proposalId: string | null;
  flagId: string | null;
  reasons: string[];
};

/**
 * What the coach's action opens, inside the reply's transaction: "minor change" the proposal engine
 * `minorChangeFor` names, through the existing proposal paths (a training change routed by tier like
 * the pass's proposals; a stalled weight through the nutrition target check, on this same `tx`, which
 * may find no change is warranted); "escalate" a yellow flag for a human, due within the tier's
 * promise; "no change" nothing. Each opening is audited against the check-in. `tier` is loaded
 * before the transaction (tiers are read on `database.query`, outside it; on PGlite's single
 * connection such a read beside an open transaction waits for it forever).
 */
export async function applyDecision(
  ctx: CommandContext,
  tx: DbExecutor,
  client: ClientRow,
  checkIn: WeeklyCheckInRow,
  action: CheckInAction,
  tier: TierRecord,
): Promise<DecisionOutcome> {
  if (action === "no_change") return { proposalId: null, flagId: null, reasons: [] };
  const now = ctx.clock.now();
  const summary = checkIn.summary as unknown as WeekSummary;
  if (action === "minor_change") {
    const change = minorChangeFor(summary, { date: now.toISOString().slice(0, 10) });
    if (change.route === "nutrition") {
      // It may find no change warranted (too little data, or the expenditure estimate agrees with
      // the target): the reply still goes, and the audit event says why.
      const result = await proposeNutritionChange(ctx, client, { tx: tx as unknown as Db, tier });
      const proposalId = result.proposal?.id ?? null;
      await recordAudit(tx, ctx.request, {
        action: "weekly_checkin.minor_change",
        entityType: "weekly_checkin",
        entityId: checkIn.id,
        clientId: client.id,
        metadata: {
          proposalId,
          route: "nutrition",
          status: result.status,
          reasons: result.reasons.map((r) => r.ruleId),
        },
      });
      return { proposalId, flagId: null, reasons: change.reasons.map((r) => r.ruleId) };
    }
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
    return { proposalId: row.id, flagId: null, reasons };
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
  return { proposalId: null, flagId, reasons: ["checkin.escalated_by_coach"] };
}
