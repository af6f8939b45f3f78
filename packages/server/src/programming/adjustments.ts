import {
  type Adjustment,
  activeAdjustments,
  adjustmentFromProposal,
  dayIndex,
  isoFromDay,
  type Reason,
} from "@spotter/engine";
import { and, eq, gte, inArray, lte } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { runNamed } from "../db/named-query.ts";
import { flags, proposals } from "../db/schema-monitoring.ts";
import { openRedFlagsOf } from "../monitoring/open-red-flags.ts";

/** These statuses change a plan; rejected and undone proposals never do. */
const ACCEPTED = ["auto_applied", "approved", "edited"] as const;
/**
 * Proposals still waiting for the coach (queued for review, or held back by an open red). A
 * pending hold or deload is passed with `pending: true`, so the draft is held pending approval
 * rather than progressing as if nothing were proposed; other pending kinds wait for the decision.
 */
const PENDING = ["proposed", "pending_review", "blocked"] as const;
/** A pending progression whose decision is hold or reduce becomes a pending load hold (engine mapping). */
const PENDING_KINDS = new Set(["load_hold", "deload", "progression"]);
/** Proposals older than this cannot still be in effect (the longest window is a week after acceptance). */
const LOOKBACK_DAYS = 60;

/**
 * The client's accepted proposals in effect on `date`, as the engine's adjustments (pure mapping in
 * the engine: adjustmentFromProposal), and its pending holds and deloads marked `pending: true`
 * (in effect over the same window, counted from the proposal's date). Session generation passes
 * them to generateSession, so an approved, automated or waiting change shapes the next session and
 * every item it touches cites the proposal.
 */
export async function loadAdjustments(
  db: DbExecutor,
  organizationId: string,
  clientId: string,
  date: string,
): Promise<Adjustment[]> {
  // Named prepared statement (db/named-query.ts): every draft reads it; the status list is constant.
  const rows = await runNamed(
    db
      .select()
      .from(proposals)
      .where(
        and(
          eq(proposals.organizationId, organizationId),
          eq(proposals.clientId, clientId),
          inArray(proposals.status, [...ACCEPTED, ...PENDING]),
          lte(proposals.date, date),
          gte(proposals.date, isoFromDay(dayIndex(date) - LOOKBACK_DAYS)),
        ),
      )
      .orderBy(proposals.date, proposals.engineId),
    "spotter_draft_adjustments",
  );
  const all = rows.flatMap((r) => {
    const pending = (PENDING as readonly string[]).includes(r.status);
    if (pending && !PENDING_KINDS.has(r.kind)) return [];
    const a = adjustmentFromProposal({
      id: r.id,
      kind: r.kind,
      scope: r.scope as "next_session" | "today" | "this_week" | "exercise",
      date: r.date,
      ...(r.exerciseId ? { exerciseId: r.exerciseId } : {}),
      diff: r.diff as Parameters<typeof adjustmentFromProposal>[0]["diff"],
      // A pending one is mapped as if the coach approved it on its date; `pending` says it is not yet.
      status: pending ? "approved" : r.status,
      ...(r.decidedAt && !pending ? { decidedOn: r.decidedAt.toISOString().slice(0, 10) } : {}),
    });
    if (!a) return [];
    return pending ? [{ ...a, pending: true }] : [a];
  });
  return activeAdjustments(all, date);
}

/**
 * A session-level reason when the client has an open red flag: the coach may still draft a session
 * (the coach judges), but the draft says automation is stopped and the red waits for them. Null otherwise.
 */
export async function openRedReason(db: DbExecutor, organizationId: string, clientId: string): Promise<Reason | null> {
  const open = await runNamed(
    db.select({ kind: flags.kind }).from(flags).where(openRedFlagsOf(organizationId, clientId)).orderBy(flags.kind),
    "spotter_draft_open_red",
  );
  if (!open.length) return null;
  const kinds = open.map((f) => f.kind);
  return {
    ruleId: "monitoring.red_open",
    message: `A red flag is open (${kinds.map((k) => k.replaceAll("_", " ")).join(", ")}): automated changes are stopped until you resolve it. Review it before publishing this session.`,
    inputs: { openRedFlags: kinds.length, kinds: kinds.join(",") },
  };
}
