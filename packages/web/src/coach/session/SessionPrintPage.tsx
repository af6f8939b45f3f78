import { normalizeSession, PLAN_SECTIONS, prescription, SECTION_LABEL } from "../../api/session-types.ts";
import { useApi } from "../../api/use-api.ts";
import { Button, ErrorState, PageHead, Spinner } from "../../ui/index.ts";
import { formatLoad, useUnits } from "../../units/index.ts";
import { formatDate } from "../labels.ts";

/** A one-page sheet for the gym floor; the print stylesheet strips the app chrome. */
export function SessionPrintPage({ sessionId }: { sessionId: string }) {
  const { unit } = useUnits();
  const res = useApi<unknown>(`/api/sessions/${sessionId}`);
  if (res.error) return <ErrorState error={res.error} what="this session" onRetry={res.reload} />;
  if (!res.data) return <Spinner label="Loading session…" />;
  const s = normalizeSession(res.data);
  return (
    <div className="print-sheet">
      <PageHead
        back={{ href: `/sessions/${sessionId}`, label: "Back to session" }}
        title={`${s.clientName ?? "Session"} — ${formatDate(s.date)}`}
        subtitle={s.plan.estimatedMinutes ? `About ${s.plan.estimatedMinutes} minutes` : undefined}
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
                    <td className="num">{formatLoad(it.loadKg, unit)}</td>
                    <td>{it.effort ?? ""}</td>
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
