import { useQuery } from "@tanstack/react-query";
import { StatusLight } from "../ui/index.ts";
import { LEVEL_LABEL } from "./format.ts";
import { rosterLevelsQuery } from "./queries.ts";

/**
 * A roster row's status light from GET /api/queue/levels (one shared request for the page). A
 * client monitoring has never computed shows "No data yet" rather than a green it has not earned.
 */
export function RosterLight({ client }: { client: { id: string } }) {
  const { data: byId, error } = useQuery(rosterLevelsQuery());
  if (!byId) return <StatusLight level="unknown" label={error ? "Unavailable" : "Checking…"} />;
  const r = byId.get(client.id);
  if (!r || r.lastComputedAt === null || r.level === null) return <StatusLight level="unknown" />;
  const open = r.openFlags + r.pendingProposals;
  return (
    <span className="triage-roster-light">
      <StatusLight level={r.level} label={LEVEL_LABEL[r.level]} />
      {r.automationPaused ? <span className="small muted"> · automation paused</span> : null}
      {open ? <span className="small muted"> · {open} open</span> : null}
    </span>
  );
}
