import type { MethodBulkAssignResponse } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Badge, Button, Dialog, ErrorState, Spinner } from "../../ui/index.ts";
import { assignCandidatesQuery, EFFECT_TEXT, useBulkAssign, VIA_TEXT } from "./assign.ts";

type Props = { method: { id: string; name: string }; open: boolean; onClose: () => void };

const RESULT_TEXT = { not_found: "Not found (not your client)", failed: "Not assigned" } as const;

/**
 * "Assign to clients…": a searchable multi-select of the coach's clients, each showing the method it
 * follows now and what will change; one request assigns all; the answer is shown per client.
 */
export function AssignDialog({ method, open, onClose }: Props) {
  const candidates = useQuery({ ...assignCandidatesQuery(method.id), enabled: open });
  const assign = useBulkAssign(method.id);
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<MethodBulkAssignResponse>();

  const items = candidates.data?.items ?? [];
  const needle = search.trim().toLowerCase();
  const shown = useMemo(() => items.filter((c) => c.name.toLowerCase().includes(needle)), [items, needle]);
  const nameOf = (id: string) => items.find((c) => c.clientId === id)?.name ?? "Unknown client";

  function close() {
    setSearch("");
    setChosen(new Set());
    setResult(undefined);
    assign.reset();
    onClose();
  }
  function toggle(id: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  }
  function submit() {
    // In the list's order (by name), so the results read in the order the coach saw them.
    const clientIds = items.map((c) => c.clientId).filter((id) => chosen.has(id));
    assign.mutate({ clientIds }, { onSuccess: (r) => setResult(r) });
  }

  const footer = result ? (
    <Button variant="primary" onClick={close}>
      Done
    </Button>
  ) : (
    <>
      <Button onClick={close}>Cancel</Button>
      <Button variant="primary" disabled={chosen.size === 0} busy={assign.isPending} onClick={submit}>
        {chosen.size === 1 ? "Assign to 1 client" : `Assign to ${chosen.size} clients`}
      </Button>
    </>
  );

  let body: React.ReactNode;
  if (candidates.isError)
    body = <ErrorState error={candidates.error} what="your clients" onRetry={() => void candidates.refetch()} />;
  else if (!candidates.data) body = <Spinner label="Loading your clients…" />;
  else if (result)
    body = (
      <>
        <p role="status" className="assign-summary">
          Assigned {method.name} to {result.assigned} of {result.results.length}{" "}
          {result.results.length === 1 ? "client" : "clients"}.
        </p>
        <ul className="assign-results" aria-label="Result per client">
          {result.results.map((r) => (
            <li key={r.clientId} className="assign-result">
              <span className="assign-name">{nameOf(r.clientId)}</span>
              {r.status === "assigned" ? (
                <Badge tone="green">Assigned · {EFFECT_TEXT[r.roadmap]}</Badge>
              ) : (
                <Badge tone="red">
                  {RESULT_TEXT[r.status]}
                  {r.status === "failed" ? `: ${r.error.message}` : ""}
                </Badge>
              )}
            </li>
          ))}
        </ul>
      </>
    );
  else
    body = (
      <>
        <div className="field">
          <label htmlFor="assign-search">Find clients</label>
          <input
            id="assign-search"
            type="search"
            value={search}
            placeholder="Type a name"
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="assign-tools">
          <span className="muted small" aria-live="polite">
            {chosen.size} of {items.length} selected
          </span>
          <Button size="sm" variant="ghost" onClick={() => setChosen(new Set(shown.map((c) => c.clientId)))}>
            Select all shown
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setChosen(new Set())}>
            Clear
          </Button>
        </div>
        {items.length === 0 ? (
          <p className="muted">You have no active clients yet.</p>
        ) : (
          <fieldset className="assign-list">
            <legend className="visually-hidden">Clients</legend>
            {shown.map((c) => (
              <label key={c.clientId} className="assign-row">
                <input
                  type="checkbox"
                  checked={chosen.has(c.clientId)}
                  onChange={(e) => toggle(c.clientId, e.target.checked)}
                />
                <span className="assign-name">{c.name}</span>
                <span className="assign-now small">
                  Now: {c.current ? `${c.current.name} · ${VIA_TEXT[c.current.via]}` : "no method"}
                </span>
                <span className={`assign-effect small${c.effect === "unchanged" ? " muted" : ""}`}>
                  {EFFECT_TEXT[c.effect]}
                </span>
              </label>
            ))}
            {shown.length === 0 ? <p className="muted">No client matches “{search}”.</p> : null}
          </fieldset>
        )}
        {assign.error ? (
          <p className="notice notice-red" role="alert">
            {assign.error.message}
          </p>
        ) : null}
      </>
    );

  return (
    <Dialog open={open} title={`Assign “${method.name}” to clients`} onClose={close} footer={footer}>
      {body}
    </Dialog>
  );
}
