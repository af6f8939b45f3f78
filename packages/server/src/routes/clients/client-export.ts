import type { ClientExport } from "@spotter/contracts";
import { and, asc, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { Actor } from "../../auth/actor.ts";
import { auditEvents, type clients, coachClients } from "../../db/schema.ts";
import { coachesOf } from "../../policies/coaches.ts";
import { presentDetail } from "../../presenters/client.ts";
import { clientExportSections } from "./export-sections.ts";

/**
 * Everything stored about a client (GET /clients/:id/export and export.csv): the record, its coach
 * assignments, the audit trail about them, and every feature's section (export-sections.ts) under
 * `records`, sections sorted by name and the rows of each in the order its loader gives (each
 * orders by a key), so the same data always exports the same way.
 */
export async function gatherClientExport(
  request: FastifyRequest,
  actor: Actor,
  row: typeof clients.$inferSelect,
): Promise<ClientExport> {
  const { db } = request.server;
  const ids = { organizationId: actor.organizationId, clientId: row.id };
  const coaches = await coachesOf(db, [row.id]);
  const assignments = await db
    .select({ coachUserId: coachClients.coachUserId, assignedAt: coachClients.assignedAt })
    .from(coachClients)
    .where(eq(coachClients.clientId, row.id))
    .orderBy(asc(coachClients.assignedAt), asc(coachClients.coachUserId));
  // Reads still queued for the batched write (audit/read-batcher.ts) belong in the export.
  await request.server.readAudit.flush();
  const events = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, actor.organizationId), eq(auditEvents.clientId, row.id)))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  const records: Record<string, unknown[]> = {};
  const sections = [...clientExportSections()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  for (const [name, load] of sections) records[name] = await load(db, ids);
  return {
    exportedAt: request.server.clock.now().toISOString(),
    client: presentDetail(row, coaches.get(row.id) ?? null),
    assignments: assignments.map((a) => ({ coachUserId: a.coachUserId, assignedAt: a.assignedAt.toISOString() })),
    auditEvents: events.map((e) => ({
      action: e.action,
      actorUserId: e.actorUserId,
      at: e.at.toISOString(),
      entityType: e.entityType,
    })),
    records,
  };
}

/** A cell as text: dates as ISO 8601, objects and arrays as JSON, null and undefined empty. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text starting
 * with = + - @ or a tab gets a leading apostrophe so a spreadsheet shows it rather than running it
 * as a formula (OWASP, "CSV Injection").
 */
export function csvField(v: unknown): string {
  let s = cellText(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The export as one CSV in long form, `section,row,field,value`: every section and record keeps
 * its own columns without a file per table (and without a zip), and reads back into a table with
 * any CSV tool. Sections: client, assignments, auditEvents, then records.<name> by name; rows in
 * order; fields in the row's own order (the table's column order).
 */
export function clientExportCsv(data: ClientExport): string {
  const lines = ["section,row,field,value"];
  const add = (section: string, rows: readonly unknown[]) => {
    rows.forEach((r, i) => {
      const entries = r !== null && typeof r === "object" && !Array.isArray(r) ? Object.entries(r) : [["value", r]];
      for (const [field, value] of entries) lines.push([section, i, field, value].map(csvField).join(","));
    });
  };
  add("client", [data.client]);
  add("assignments", data.assignments);
  add("auditEvents", data.auditEvents);
  for (const [name, rows] of Object.entries(data.records)) add(`records.${name}`, rows);
  return `${lines.join("\r\n")}\r\n`;
}
