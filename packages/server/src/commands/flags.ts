import { checkFlagResolution, type FlagOutcome, PROPOSAL_TRANSITIONS, resumesAutomation } from "@spotter/engine";
import { and, eq, inArray } from "drizzle-orm";
import { recordAudit } from "../audit/record.ts";
import { clientMonitoring, flags, proposals } from "../db/schema-monitoring.ts";
import { conflict, HttpError } from "../http/errors.ts";
import { openRedFlagsOf } from "../monitoring/open-red-flags.ts";
import { updateClient } from "../monitoring/run-pass.ts";
import { loadVisibleFlag } from "../policies/proposals.ts";
import { isoDay } from "../programming/clock.ts";
import { clientTier, reviewDueAt } from "./client-tier.ts";
import type { CommandContext } from "./context.ts";

export type ResolveFlagInput = { outcome?: FlagOutcome; note?: string; referredTo?: string };

/**
 * A coach resolves a flag (the engine's checkFlagResolution: open only, a red with an outcome and a
 * note). Resolving the client's last open red resumes automation in the same transaction: proposals
 * held back while it was open take the engine's `red_resolved` transition (to review, due within
 * the client's tier promise, never auto-applied late), and reds raised by records up to today
 * count as handled. Then the client is re-evaluated, so the answer says whether automation is
 * still paused.
 */
export async function resolveFlag(ctx: CommandContext, flagId: string, input: ResolveFlagInput) {
  const { database, actor, clock, request } = ctx;
  const { db } = database;
  const flag = await loadVisibleFlag(db, actor, flagId);
  const check = checkFlagResolution(flag, input);
  if (!check.ok) {
    if (check.code === "already_resolved") throw conflict(check.message);
    const fields = check.fields.map((f) => ({ path: `body.${f.field}`, message: f.message }));
    throw new HttpError("validation_error", `invalid request: ${fields.map((f) => f.path).join(", ")}`, { fields });
  }
  const now = clock.now();
  // Only a red can resume automation, so only a red needs the client's tier.
  const tier = flag.level === "red" ? await clientTier(database, db, flag.organizationId, flag.clientId) : null;
  const unblock = PROPOSAL_TRANSITIONS.red_resolved;
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(flags)
      .set({
        status: "resolved",
        outcome: input.outcome ?? null,
        resolutionNote: input.note ?? null,
        referredTo: input.referredTo ?? null,
        resolvedBy: actor.userId,
        resolvedAt: now,
      })
      .where(and(eq(flags.id, flag.id), eq(flags.status, "open")))
      .returning();
    if (!updated) throw conflict("this flag was resolved meanwhile");
    const stillRed = await tx
      .select({ id: flags.id })
      .from(flags)
      .where(openRedFlagsOf(flag.organizationId, flag.clientId))
      .limit(1);
    const resumed = resumesAutomation(flag.level, stillRed.length);
    if (resumed && tier) {
      await tx
        .update(proposals)
        .set({ status: unblock.to, dueAt: reviewDueAt(tier, now) })
        .where(and(eq(proposals.clientId, flag.clientId), inArray(proposals.status, [...unblock.from])));
      const today = isoDay(now);
      await tx
        .insert(clientMonitoring)
        .values({
          clientId: flag.clientId,
          organizationId: flag.organizationId,
          redResolvedThrough: today,
          automationPaused: false,
        })
        .onConflictDoUpdate({
          target: clientMonitoring.clientId,
          set: { redResolvedThrough: today, automationPaused: false },
        });
    }
    await recordAudit(tx, request, {
      action: "flag.resolved",
      entityType: "flag",
      entityId: flag.id,
      clientId: flag.clientId,
      metadata: { kind: flag.kind, level: flag.level, outcome: input.outcome ?? null, automationResumed: resumed },
    });
    return updated;
  });
  const evaluation = await updateClient(database, flag.clientId, now.toISOString());
  return { flag: row, automationPaused: evaluation.automationPaused };
}
