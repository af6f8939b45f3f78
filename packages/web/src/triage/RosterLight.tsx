import type { RosterLevel } from "@spotter/contracts";
import { StatusLight } from "../ui/index.ts";
import { LEVEL_LABEL } from "./format.ts";

/**
 * A roster row's status light, from the page's one GET /api/queue/levels answer (`lights`:
 * undefined while it loads). A client monitoring has never computed, with nothing open, shows
 * "No data yet" rather than a green it has not earned.
 */
export function RosterLight({
  clientId,
  lights,
  failed,
}: {
  clientId: string;
  lights: ReadonlyMap<string, RosterLevel> | undefined;
  failed: boolean;
}) {
  if (!lights) return <StatusLight level="unknown" label={failed ? "Unavailable" : "Checking…"} />;
  const r = lights.get(clientId);
  // The server raises the level to an open flag's even before the first evaluation: null is no data.
  if (!r || r.level === null) return <StatusLight level="unknown" />;
  const open = r.openFlags + r.pendingProposals;
  return (
    <span className="triage-roster-light">
      <StatusLight level={r.level} label={LEVEL_LABEL[r.level]} />
      {r.automationPaused ? <span className="small muted"> · automation paused</span> : null}
      {open ? <span className="small muted"> · {open} open</span> : null}
    </span>
  );
}
