import type { ClientListQuery, ClientSummary } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { Link } from "wouter";
import { rosterLevelsQuery } from "../../triage/queries.ts";
import { RosterLight } from "../../triage/RosterLight.tsx";
import { Badge, Button, type Column, EmptyState, ErrorState, Field, PageHead, Spinner, Table } from "../../ui/index.ts";
import { formatDate, label, trainingAge } from "../labels.ts";
import { ROSTER_PAGE_SIZE as PAGE_SIZE, rosterQuery } from "./queries.ts";

/** The roster's columns; the status cell reads the page's lights. */
const rosterColumns = (status: (c: ClientSummary) => ReactNode): Column<ClientSummary>[] => [
  {
    key: "name",
    header: "Client",
    cell: (c) => (
      <Link href={`/clients/${c.id}`} className="strong-link">
        {c.name}
      </Link>
    ),
  },
  { key: "status", header: "Status", cell: status },
  { key: "goal", header: "Goal", cell: (c) => label(c.summary.primaryGoal) },
  { key: "age", header: "Experience", cell: (c) => trainingAge(c.summary.trainingAgeMonths) },
  {
    key: "inj",
    header: "Injuries",
    cell: (c) =>
      c.summary.activeInjuryCount ? <Badge tone="yellow">{c.summary.activeInjuryCount} active</Badge> : "None",
  },
  { key: "days", header: "Days/wk", cell: (c) => c.summary.daysPerWeek, className: "num" },
  { key: "coach", header: "Coach", cell: (c) => c.coach?.name ?? "Unassigned" },
  { key: "updated", header: "Updated", cell: (c) => formatDate(c.updatedAt) },
];

export function RosterPage() {
  const [q, setQ] = useState("");
  const [debounced, setDebounced] = useState("");
  const [status, setStatus] = useState<ClientListQuery["status"]>("active");
  const [page, setPage] = useState(1);
  // Typing waits for a short pause before querying so each keystroke is not a request.
  useEffect(() => {
    const t = setTimeout(() => {
      setDebounced(q.trim());
      setPage(1);
    }, 250);
    return () => clearTimeout(t);
  }, [q]);
  const list = useQuery(rosterQuery({ status, page, pageSize: PAGE_SIZE, q: debounced || undefined }));
  // The page's status lights, asked for once its rows are known (the lights of these clients only).
  const ids = useMemo(() => list.data?.items.map((c) => c.id) ?? [], [list.data]);
  const lights = useQuery({ ...rosterLevelsQuery(ids), enabled: ids.length > 0 });
  const columns = useMemo(
    () => rosterColumns((c) => <RosterLight clientId={c.id} lights={lights.data} failed={lights.error !== null} />),
    [lights.data, lights.error],
  );
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <PageHead
        title="Clients"
        subtitle={list.data ? `${total} ${status === "all" ? "" : status} client${total === 1 ? "" : "s"}` : undefined}
        actions={
          <Link href="/intake" className="btn btn-primary btn-md">
            New client
          </Link>
        }
      />
      <search className="toolbar">
        <Field label="Search" className="grow">
          <input type="search" placeholder="Name or email" value={q} onChange={(e) => setQ(e.target.value)} />
        </Field>
        <Field label="Show">
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as ClientListQuery["status"]);
              setPage(1);
            }}
          >
            <option value="active">Active</option>
            <option value="archived">Archived</option>
            <option value="all">All</option>
          </select>
        </Field>
      </search>
      {list.error ? (
        <ErrorState error={list.error} what="clients" onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Spinner label="Loading clients…" />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          title={debounced ? `No clients match “${debounced}”` : "No clients yet"}
          action={
            debounced ? undefined : (
              <Link href="/intake" className="btn btn-primary btn-md">
                Onboard your first client
              </Link>
            )
          }
        >
          {debounced ? "Try another name or email." : "Run an intake to add a client with their full profile."}
        </EmptyState>
      ) : (
        <div className="card" aria-busy={list.isPlaceholderData || undefined}>
          <Table caption="Clients" columns={columns} rows={list.data.items} rowKey={(c) => c.id} />
          {pages > 1 ? (
            <nav className="pager" aria-label="Pages">
              <Button size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                Previous
              </Button>
              <span className="muted">
                Page {page} of {pages}
              </span>
              <Button size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                Next
              </Button>
            </nav>
          ) : null}
        </div>
      )}
    </>
  );
}
