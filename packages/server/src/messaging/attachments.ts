import type { Attachment, AttachmentRequest, ChartKind } from "@spotter/contracts";
import { and, eq, inArray } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import { proposals } from "../db/schema-monitoring.ts";
import { trainingSessions } from "../db/schema-programming.ts";
import { validationError } from "../http/errors.ts";

/**
 * Attachments are references to the organization's own records about the thread's client, never
 * copies: a session, a proposal, or one of the client's charts. Checked when posted (the record
 * must belong to this client and be one the author may see), resolved again when read (a deleted
 * record shows as unavailable).
 */

type ClientRef = { id: string; organizationId: string };
export type StoredAttachment = {
  attachmentKind: "session" | "proposal" | "chart" | null;
  attachmentId: string | null;
  attachmentChart: string | null;
};

const CHART_LABELS: Record<ChartKind, string> = {
  readiness: "Readiness chart",
  load: "Training load chart",
  progress: "Strength progress chart",
  weight: "Weight trend chart",
};

/** Checks an attachment on a new message; returns its columns and its presented form. */
export async function checkAttachment(
  db: DbExecutor,
  actor: Actor,
  client: ClientRef,
  a: AttachmentRequest | undefined,
): Promise<{ columns: StoredAttachment; presented: Attachment | null }> {
  if (!a) return { columns: { attachmentKind: null, attachmentId: null, attachmentChart: null }, presented: null };
  if (a.kind === "chart")
    return {
      columns: { attachmentKind: "chart", attachmentId: null, attachmentChart: a.chart },
      presented: { kind: "chart", id: null, chart: a.chart, label: CHART_LABELS[a.chart], available: true },
    };
  const labels = await resolveLabels(db, client, [
    { attachmentKind: a.kind, attachmentId: a.id, attachmentChart: null },
  ]);
  const found = labels.get(a.id);
  // A client may attach their published or logged sessions; drafts and proposals are the coach's.
  const clientMayNot = actor.role === "client" && (a.kind === "proposal" || found?.draft);
  if (!found || found.kind !== a.kind || clientMayNot)
    throw validationError("body.attachment.id", `no ${a.kind} with this id for this client`);
  return {
    columns: { attachmentKind: a.kind, attachmentId: a.id, attachmentChart: null },
    presented: { kind: a.kind, id: a.id, chart: null, label: found.label, available: true },
  };
}

type Resolved = { kind: "session" | "proposal"; label: string; draft: boolean };

/** Labels of the sessions and proposals referenced by a page of messages (two queries at most). */
export async function resolveLabels(
  db: DbExecutor,
  client: ClientRef,
  rows: StoredAttachment[],
): Promise<Map<string, Resolved>> {
  const out = new Map<string, Resolved>();
  const ids = (kind: string) => [
    ...new Set(rows.filter((r) => r.attachmentKind === kind && r.attachmentId).map((r) => r.attachmentId as string)),
  ];
  const sessionIds = ids("session");
  const proposalIds = ids("proposal");
  if (sessionIds.length > 0) {
    const found = await db
      .select({ id: trainingSessions.id, date: trainingSessions.date, status: trainingSessions.status })
      .from(trainingSessions)
      .where(
        and(
          inArray(trainingSessions.id, sessionIds),
          eq(trainingSessions.clientId, client.id),
          eq(trainingSessions.organizationId, client.organizationId),
        ),
      );
    for (const s of found)
      out.set(s.id, { kind: "session", label: `Session ${s.date} (${s.status})`, draft: s.status === "draft" });
  }
  if (proposalIds.length > 0) {
    const found = await db
      .select({ id: proposals.id, kind: proposals.kind, date: proposals.date })
      .from(proposals)
      .where(
        and(
          inArray(proposals.id, proposalIds),
          eq(proposals.clientId, client.id),
          eq(proposals.organizationId, client.organizationId),
        ),
      );
    for (const p of found)
      out.set(p.id, { kind: "proposal", label: `Proposal: ${p.kind.replaceAll("_", " ")} (${p.date})`, draft: false });
  }
  return out;
}

export function presentAttachment(row: StoredAttachment, labels: Map<string, Resolved>): Attachment | null {
  if (!row.attachmentKind) return null;
  if (row.attachmentKind === "chart") {
    const chart = row.attachmentChart as ChartKind;
    return { kind: "chart", id: null, chart, label: CHART_LABELS[chart] ?? "Chart", available: true };
  }
  const found = row.attachmentId ? labels.get(row.attachmentId) : undefined;
  return {
    kind: row.attachmentKind,
    id: row.attachmentId,
    chart: null,
    label: found?.label ?? `${row.attachmentKind === "session" ? "Session" : "Proposal"} (no longer available)`,
    available: Boolean(found),
  };
}
