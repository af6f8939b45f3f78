import type { SessionLog } from "@spotter/engine";
import type { DbExecutor } from "../audit/record.ts";
import { loadLogs } from "./history-archive.ts";

/**
 * Every logged session of the client in the engine's SessionLog form, oldest first (progress
 * charts). Drafting reads the windowed `loadDraftHistory` (history-archive.ts) instead.
 */
export function loadHistory(db: DbExecutor, organizationId: string, clientId: string): Promise<SessionLog[]> {
  return loadLogs(db, organizationId, clientId);
}
