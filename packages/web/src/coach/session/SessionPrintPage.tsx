import { useQuery } from "@tanstack/react-query";
import {
  effortText,
  estimatedMinutes,
  loadKg,
  PLAN_SECTIONS,
  prescription,
  SECTION_LABEL,
} from "../../sessions/plan-view.ts";
import { Button, ErrorState, PageHead, Spinner } from "../../ui/index.ts";
import { formatLoad, useUnits } from "../../units/index.ts";
import { formatDate } from "../labels.ts";
import { sessionQuery } from "./queries.ts";

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
              <tbody>
                {s.plan[sec].map((it) => (
                  <tr key={it.id}>
                    <td>
                      <strong>{it.name}</strong>
                      {it.cues[0] ? <div className="small muted">{it.cues[0]}</div> : null}
                    </td>
                    <td className="num">{prescription(it)}</td>
                    <td className="num">{formatLoad(loadKg(it), unit)}</td>
                    <td>{effortText(it.effort) ?? ""}</td>
                    <td className="num">{it.restSeconds ? `${it.restSeconds} s` : ""}</td>
                    <td aria-label="Done">{"☐ ".repeat(Math.min(it.sets, 8))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null,
      )}
    </div>
  );
}
