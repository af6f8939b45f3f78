import type { SessionDto } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { allItems } from "../../sessions/plan-view.ts";
import { Badge, Card } from "../../ui/index.ts";
import { formatLoad, toKg, useUnits } from "../../units/index.ts";
import { label } from "../labels.ts";
import { meanByPlace, sessionVelocitiesQuery } from "./velocity-query.ts";

const FEEL = ["", "Awful", "Poor", "OK", "Good", "Great"];

/**
 * What the client logged, set by set, next to what was prescribed; a set with velocities imported
 * from a VBT device shows their mean (m/s), the reps' values on hover.
 */
export function SessionLogView({ session }: { session: SessionDto }) {
  const { unit } = useUnits();
  const velocities = useQuery({ ...sessionVelocitiesQuery(session.clientId, session.id), enabled: !!session.log });
  const vbt = meanByPlace(velocities.data);
  const log = session.log;
  if (!log) return null;
  const items = allItems(session);
  return (
    <Card title="Client's log" className="log-card">
      <p>
        Session RPE <strong>{log.sessionRpe ?? "—"}</strong> · Feel{" "}
        <strong>{log.feel ? (FEEL[log.feel] ?? log.feel) : "—"}</strong>
        {log.notes ? <span className="muted"> · “{log.notes}”</span> : null}
      </p>
      {log.pain.length ? (
        <p className="notice notice-yellow">
          Pain reported:{" "}
          {log.pain
            .map(
              (p) =>
                `${label(p.region)} ${p.severity}/10 (${items.find((i) => i.exerciseId === p.exerciseId)?.name ?? p.exerciseId})`,
            )
            .join(", ")}
        </p>
      ) : null}
      <ul className="list">
        {items.map((it) => {
          const sets = log.sets.filter((x) => x.itemId === it.id).sort((a, b) => (a.setIndex ?? 0) - (b.setIndex ?? 0));
          if (!sets.length) return null;
          return (
            <li key={it.id}>
              <strong>{it.name}</strong>{" "}
              <span className="chips">
                {sets.map((x, n) => {
                  const v = vbt.get(`${it.id}|${n}`);
                  return (
                    <Badge key={x.setIndex ?? n} tone={x.completed ? "green" : "neutral"}>
                      {formatLoad(x.load === undefined ? undefined : toKg(x.load, log.unit), unit)} × {x.reps}
                      {x.rpe !== undefined ? ` @${x.rpe}` : x.rir !== undefined ? ` ${x.rir} RIR` : ""}
                      {v ? (
                        <span title={`Mean concentric velocity per rep (m/s): ${v.reps.join(", ")}`}>
                          {` · ${v.meanVelocity.toFixed(2)} m/s`}
                        </span>
                      ) : null}
                    </Badge>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
