import type { SessionDto } from "@spotter/contracts";
import type { SessionRow } from "../programming/sessions-store.ts";

/** A session as the API shows it (contracts SessionDto); the client's name when the caller knows it. */
export function presentSession(row: SessionRow, clientName?: string): SessionDto {
  return {
    id: row.id,
    clientId: row.clientId,
    ...(clientName !== undefined ? { clientName } : {}),
    status: row.status,
    date: row.date,
    plan: row.plan,
    request: row.request,
    editedByCoach: row.editedByCoach,
    createdAt: row.createdAt.toISOString(),
    ...(row.publishedAt ? { publishedAt: row.publishedAt.toISOString() } : {}),
    ...(row.loggedAt ? { loggedAt: row.loggedAt.toISOString() } : {}),
    ...(row.log ? { log: row.log } : {}),
  };
}
