import { type RunningServer, startServer } from "./server.ts";

export type TriageServer = RunningServer;

/**
 * The same in-process server as `server.ts`; the triage test also uses its `database` for two
 * things HTTP cannot do: make a deadline pass (one UPDATE of `due_at`, instead of waiting hours)
 * and feed session loads to monitoring directly.
 */
export const startTriageServer = startServer;
