import { useQuery } from "@tanstack/react-query";
import { useMe } from "../auth/index.ts";
import { DataExportCard } from "../coach/client-page/DataExportCard.tsx";
import { allItems, loadKg } from "../sessions/plan-view.ts";
import { Badge, EmptyState, ErrorState, Spinner } from "../ui/index.ts";
import { formatLoad, useUnits } from "../units/index.ts";
import { CalendarFeedCard } from "./calendar/CalendarFeedCard.tsx";
import { mySessionsQuery } from "./queries.ts";

const date = (d: string) =>
  new Date(`${d}T12:00:00`).toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" });

/** Past sessions, newest first, with what was logged. */
export function HistoryPage() {
  const { unit } = useUnits();
  const me = useMe();
  const res = useQuery(mySessionsQuery());
  if (res.isPending) return <Spinner label="Loading history…" />;
  if (res.error) return <ErrorState error={res.error} what="your history" onRetry={() => void res.refetch()} />;
  const sessions = res.data.items.filter((s) => s.status !== "draft");
  return (
    <>
      <h1 tabIndex={-1}>History</h1>
      {sessions.length === 0 ? (
        <EmptyState title="Nothing here yet">Sessions you log show up here.</EmptyState>
      ) : (
        <ul className="list card" aria-label="Past sessions">
          {sessions.map((s) => {
            const items = allItems(s);
            const top = items.filter((i) => loadKg(i)).slice(0, 3);
            return (
              <li key={s.id}>
                <div className="row-between">
                  <strong>{date(s.date)}</strong>
                  <Badge tone={s.status === "logged" ? "green" : "blue"}>
                    {s.status === "logged" ? "Done" : "Planned"}
                  </Badge>
                </div>
                <div className="muted small">
                  {top.map((i) => `${i.name} ${formatLoad(loadKg(i), unit)}`).join(" · ") ||
                    `${items.length} exercises`}
                  {s.log?.sessionRpe !== undefined ? ` · RPE ${s.log.sessionRpe}` : ""}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {me.clientId ? <CalendarFeedCard clientId={me.clientId} /> : null}
      {me.clientId ? <DataExportCard clientId={me.clientId} own /> : null}
    </>
  );
}
