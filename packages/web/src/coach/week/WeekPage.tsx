import type { WeekResult } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation, useSearch } from "wouter";
import { Button, ErrorState, PageHead, Spinner } from "../../ui/index.ts";
import { clientQuery } from "../client-page/queries.ts";
import { BlockView } from "./BlockView.tsx";
import { DayColumn } from "./DayColumn.tsx";
import { addDays, BLOCK_NAMES, shortDate } from "./format.ts";
import { useGenerateWeek, useMoveDay, usePublishWeek } from "./mutations.ts";
import { PrintWeekLink } from "./PrintWeekLink.tsx";
import { weekQuery } from "./queries.ts";
import { WeekResults } from "./WeekResults.tsx";
import "./week.css";

/**
 * The coach's week of one client: the planned method days on the client's weekdays, the sessions
 * on them, and the block view. Generate drafts every planned day at once; drag a day (or use its
 * "Move to…" menu) to another free day; open a session for hand edits; publish the week.
 */
export function WeekPage({ clientId }: { clientId: string }) {
  // The shown week lives in the URL (?start=), so coming back from the session editor keeps it.
  const start = new URLSearchParams(useSearch()).get("start") ?? undefined;
  const [, navigate] = useLocation();
  const client = useQuery(clientQuery(clientId));
  const week = useQuery(weekQuery(clientId, start));
  const generate = useGenerateWeek(clientId);
  const publish = usePublishWeek(clientId);
  const move = useMoveDay(clientId);
  const [last, setLast] = useState<{ title: string; results: WeekResult[] } | null>(null);

  if (week.error) return <ErrorState error={week.error} what="this week" onRetry={() => void week.refetch()} />;
  if (!week.data) return <Spinner label="Loading the week…" />;
  const data = week.data;
  const w = data.week;
  const busy = generate.isPending || publish.isPending || move.isPending;
  const drafts = w.days.flatMap((d) => d.sessions).filter((s) => s.status === "draft").length;
  const toGenerate = w.days.filter((d) => d.planned && d.sessions.length === 0 && d.date >= data.today).length;
  const free = w.days.filter((d) => d.date >= data.today && d.planned === null && d.sessions.length === 0);
  const error = generate.error ?? publish.error ?? move.error;

  const go = (s: string) => {
    setLast(null);
    navigate(`/clients/${clientId}/week?start=${s}`);
  };
  const onMove = (from: string, to: string) => {
    setLast(null);
    move.mutate({ from, to });
  };

  return (
    <>
      <PageHead
        back={{ href: `/clients/${clientId}`, label: client.data?.name ?? "Client" }}
        title={`Week of ${shortDate(w.start)}`}
        subtitle={
          <>
            {w.blockKind
              ? `Block ${(w.blockIndex ?? 0) + 1} · ${BLOCK_NAMES[w.blockKind] ?? w.blockKind}, week ${(w.weekInBlock ?? 0) + 1}`
              : "Before the roadmap starts"}
            {data.method ? ` · ${data.method.name}` : ""}
            {data.roadmap === "on_the_fly" ? " · no saved roadmap: planned from the profile" : ""}
          </>
        }
        actions={
          <>
            <Button variant="ghost" onClick={() => go(addDays(w.start, -7))} disabled={busy}>
              ← Previous week
            </Button>
            <Button variant="ghost" onClick={() => go(data.today)} disabled={busy}>
              This week
            </Button>
            <Button variant="ghost" onClick={() => go(addDays(w.start, 7))} disabled={busy}>
              Next week →
            </Button>
            <PrintWeekLink clientId={clientId} start={w.start} label="Print (PDF)" />
            <Button
              variant="primary"
              disabled={busy || toGenerate === 0}
              onClick={() =>
                generate.mutate(
                  { start: w.start },
                  { onSuccess: (r) => setLast({ title: "Generate this week", results: r.results }) },
                )
              }
            >
              {generate.isPending ? "Generating…" : `Generate this week${toGenerate ? ` (${toGenerate})` : ""}`}
            </Button>
            <Button
              disabled={busy || drafts === 0}
              onClick={() =>
                publish.mutate(
                  { start: w.start },
                  { onSuccess: (r) => setLast({ title: "Publish week", results: r.results }) },
                )
              }
            >
              {publish.isPending ? "Publishing…" : `Publish week${drafts ? ` (${drafts})` : ""}`}
            </Button>
          </>
        }
      />
      {error ? (
        <p className="notice notice-red" role="alert">
          {error.message}
        </p>
      ) : null}
      {last ? <WeekResults title={last.title} results={last.results} /> : null}
      <ol className="week-grid" aria-label={`Week of ${shortDate(w.start)}`}>
        {w.days.map((d) => (
          <DayColumn
            key={d.date}
            day={d}
            today={data.today}
            targets={free.filter((f) => f.date !== d.date)}
            onMove={onMove}
            busy={busy}
          />
        ))}
      </ol>
      <p className="muted week-hint">
        Drag a planned day or draft onto a free day, or use its “Move to…” menu. Published sessions stay on their date.
        Each draft opens in the session editor for hand edits.
      </p>
      <BlockView data={data} shown={w.start} onOpen={go} />
    </>
  );
}
