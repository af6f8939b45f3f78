import { type PublishDecision, publishGateFor } from "@spotter/engine";
import { and, eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import { clients } from "../db/schema.ts";
import { flags } from "../db/schema-monitoring.ts";
import { HttpError } from "../http/errors.ts";
import { loadCatalog } from "./catalog.ts";
import type { SessionRow } from "./sessions-store.ts";

/**
 * The engine's publishGate for a stored draft: the client's profile (clearances recorded on it),
 * their open flags and the plan. Refused → 409 with one field per blocker (path = rule id);
 * otherwise the decision, so the caller audits an override.
 */
export async function enforcePublishGate(
  tx: DbExecutor,
  row: SessionRow,
  actor: Actor,
  now: Date,
  override?: { reason: string },
): Promise<PublishDecision> {
  const [client] = await tx
    .select({ profile: clients.profile })
    .from(clients)
    .where(and(eq(clients.id, row.clientId), eq(clients.organizationId, row.organizationId)))
    .limit(1);
  const open = await tx
    .select({ id: flags.id, level: flags.level, ruleId: flags.ruleId })
    .from(flags)
    .where(
      and(eq(flags.organizationId, row.organizationId), eq(flags.clientId, row.clientId), eq(flags.status, "open")),
    );
  const catalog = await loadCatalog(tx, row.organizationId);
  const decision = publishGateFor(client!.profile, now.toISOString(), {
    openFlags: open,
    plan: row.plan,
    exerciseOf: (id) => catalog.get(id),
    ...(override ? { override: { reason: override.reason, by: actor.userId } } : {}),
  });
  if (decision.decision === "refused")
    throw new HttpError(
      "conflict",
      `publishing refused: ${decision.reasons.map((r) => r.message).join(" ")} Send override.reason to publish anyway.`,
      { fields: decision.reasons.map((r) => ({ path: r.ruleId, message: r.message })) },
    );
  return decision;
}
