import type { StoredSessionItem } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { groupLabel, groupRestText, groupTitle, planRuns } from "../../sessions/plan-groups.ts";
import {
  effortText,
  estimatedMinutes,
  loadKg,
  PLAN_SECTIONS,
  prescription,
  SECTION_LABEL,
} from "../../sessions/plan-view.ts";
import { Button, ErrorState, PageHead, Spinner } from "../../ui/index.ts";
import { formatLoad, type Unit, useUnits } from "../../units/index.ts";
import { formatDate } from "../labels.ts";
import { sessionQuery } from "./queries.ts";
import "../../sessions/groups.css";

/** A one-page sheet for the gym floor; the print stylesheet strips the app chrome. */
export function SessionPrintPage({ sessionId }: { sessionId: string }) {
  const { unit } = useUnits();
  const res = useQuery(sessionQuery(sessionId));
  if (res.error) return <ErrorState error={res.error} what="this session" onRetry={() => void res.refetch()} />;
  if (!res.data) return <Spinner label="Loading session…" />;
  const s = res.data;
  return (
    <div className="print-sheet">
      <PageHead
        back={{ href: `/sessions/${sessionId}`, label: "Back to session" }}
        title={`${s.clientName ?? "Session"} — ${formatDate(s.date)}`}
        subtitle={s.plan.estimatedMinutes ? `About ${estimatedMinutes(s)} minutes` : undefined}
        actions={
          <Button variant="primary" onClick={() => window.print()}>
            Print
          </Button>
        }
      />
      {PLAN_SECTIONS.map((sec) =>
        s.plan[sec].length ? (
          <section key={sec} className="plan-section">
            <h2 className="print-section">{SECTION_LABEL[sec]}</h2>
            <table className="table print-table">
              <thead>
                <tr>
                  <th scope="col">Exercise</th>
                  <th scope="col">Sets × reps</th>
                  <th scope="col">Load</th>
                  <th scope="col">Effort</th>
                  <th scope="col">Rest</th>
                  <th scope="col">Done</th>
                </tr>
              </thead>
              {/* A superset or circuit is its own row group: a heading row (how to do it, the rest
                  after each round) above its members, each labelled A1, A2 as on the client's phone. */}
              {planRuns(s.plan[sec]).map((run) =>
                run.kind === "single" ? (
                  <tbody key={run.item.id}>
                    <ItemRow it={run.item} unit={unit} />
                  </tbody>
                ) : (
                  <tbody key={run.items[0]?.id} className="print-group" data-group-id={run.group.id}>
                    <tr>
                      <th scope="rowgroup" colSpan={6}>
                        {groupTitle(run.group)} · one set of each in turn, {groupRestText(run.group)}
                      </th>
                    </tr>
                    {run.items.map((it) => (
                      <ItemRow key={it.id} it={it} unit={unit} />
                    ))}
                  </tbody>
                ),
              )}
            </table>
          </section>
        ) : null,
      )}
    </div>
  );
}

function ItemRow({ it, unit }: { it: StoredSessionItem; unit: Unit }) {
  const label = groupLabel(it);
  return (
    <tr>
      <td>
        {label ? <span className="group-label">{label}</span> : null}
        <strong>{it.name}</strong>
        {it.cues[0] ? <div className="small muted">{it.cues[0]}</div> : null}
      </td>
      <td className="num">{prescription(it)}</td>
      <td className="num">{formatLoad(loadKg(it), unit)}</td>
      <td>{effortText(it.effort) ?? ""}</td>
      <td className="num">{it.restSeconds ? `${it.restSeconds} s` : ""}</td>
      <td aria-label="Done">{"☐ ".repeat(Math.min(it.sets, 8))}</td>
    </tr>
  );
}
