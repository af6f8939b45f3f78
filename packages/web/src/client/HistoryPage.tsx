import { normalizeSessionList } from "../api/session-list.ts";
import { allItems } from "../api/session-types.ts";
import { useApi } from "../api/use-api.ts";
import { Badge, EmptyState, ErrorState, Spinner } from "../ui/index.ts";
import { formatLoad, useUnits } from "../units/index.ts";

const date = (d: string) =>
  new Date(`${d}T12:00:00`).toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" });

/** Past sessions, newest first, with what was logged. */
export function HistoryPage() {
  const { unit } = useUnits();
  const res = useApi<unknown>("/api/me/sessions?pageSize=50");
  if (res.loading) return <Spinner label="Loading history…" />;
  if (res.error) return <ErrorState error={res.error} what="your history" onRetry={res.reload} />;
  const sessions = normalizeSessionList(res.data).filter((s) => s.status !== "draft");
  return (
    <>
      <h1 tabIndex={-1}>History</h1>
      {sessions.length === 0 ? (
        <EmptyState title="Nothing here yet">Sessions you log show up here.</EmptyState>
      ) : (
        <ul className="list card" aria-label="Past sessions">
          {sessions.map((s) => {
            const items = allItems(s);
            const top = items.filter((i) => i.loadKg).slice(0, 3);
            return (
              <li key={s.id}>
                <div className="row-between">
                  <strong>{date(s.date)}</strong>
                  <Badge tone={s.status === "logged" ? "green" : "blue"}>
                    {s.status === "logged" ? "Done" : "Planned"}
                  </Badge>
                </div>
                <div className="muted small">
                  {top.map((i) => `${i.name} ${formatLoad(i.loadKg, unit)}`).join(" · ") || `${items.length} exercises`}
                  {s.log?.sessionRpe !== undefined ? ` · RPE ${s.log.sessionRpe}` : ""}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
