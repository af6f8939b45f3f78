import { triageLevel } from "../coach/triage-slot.ts";
import { StatusLight } from "../ui/index.ts";
import { LEVEL_LABEL } from "./format.ts";
import { levelsByClient, useQueue, useRosterLevels } from "./queue-store.ts";

/**
 * A roster row's status light from GET /api/queue/levels (one shared request for the page). A
 * client monitoring has never computed shows "No data yet" rather than a green it has not earned.
 */
export function RosterLight({ client }: { client: { id: string } }) {
  const own = triageLevel(client);
  const { byId, error } = useRosterLevels();
  if (own !== "unknown") return <StatusLight level={own} label={LEVEL_LABEL[own]} />;
  if (error?.isNotFound) return <QueueLight clientId={client.id} />;
  if (!byId) return <StatusLight level="unknown" label={error ? "Unavailable" : "Checking…"} />;
  const r = byId.get(client.id);
  if (!r || r.lastComputedAt === null) return <StatusLight level="unknown" />;
  const open = r.openFlags + r.pendingProposals;
  return (
    <span className="triage-roster-light">
      <StatusLight level={r.level} label={LEVEL_LABEL[r.level]} />
      {r.automationPaused ? <span className="small muted"> · automation paused</span> : null}
      {open ? <span className="small muted"> · {open} open</span> : null}
    </span>
  );
}

/** Fallback for a server without /api/queue/levels: the level of the client's open queue items. */
function QueueLight({ clientId }: { clientId: string }) {
  const q = useQueue();
  if (!q.items) return <StatusLight level="unknown" label={q.error ? "Unavailable" : "Checking…"} />;
  const level = levelsByClient(q.items).get(clientId);
  return level ? (
    <StatusLight level={level} label={LEVEL_LABEL[level]} />
  ) : (
    <StatusLight level="unknown" label="Nothing open" />
  );
}
