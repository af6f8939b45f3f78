import type { MethodSummary } from "@spotter/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { toApiError } from "../../api/api-error.ts";
import { Badge, Button, type Column, EmptyState, ErrorState, PageHead, Spinner, Table } from "../../ui/index.ts";
import { formatDate, label } from "../labels.ts";
import { AssignDialog } from "./AssignDialog.tsx";
import { duplicateOf, handOver, parseImport } from "./draft.ts";
import { useCreateMethod, useDeleteMethod } from "./mutations.ts";
import { methodQuery, methodsQuery } from "./queries.ts";
import "./methods.css";

/** The organization's methods and the built-ins: open, duplicate, delete, import a JSON file. */
export function MethodsListPage() {
  const list = useQuery(methodsQuery());
  const cache = useQueryClient();
  const [, navigate] = useLocation();
  const create = useCreateMethod();
  const remove = useDeleteMethod();
  const [problem, setProblem] = useState<string>();
  const [busyId, setBusyId] = useState<string>();
  const [assignTo, setAssignTo] = useState<MethodSummary>();
  const fileRef = useRef<HTMLInputElement>(null);

  async function duplicate(row: MethodSummary) {
    setProblem(undefined);
    setBusyId(row.id);
    try {
      const entry = await cache.fetchQuery(methodQuery(row.id));
      const copy = duplicateOf(
        entry.method,
        (list.data?.items ?? []).map((m) => m.id),
      );
      const saved = await create.mutateAsync(copy);
      navigate(`/${saved.method.id}`);
    } catch (e) {
      setProblem(`Couldn't duplicate ${row.name}: ${toApiError(e).message}`);
    } finally {
      setBusyId(undefined);
    }
  }

  function confirmDelete(row: MethodSummary) {
    if (!window.confirm(`Delete “${row.name}”? Clients assigned to it go back to their trainer's default.`)) return;
    setProblem(undefined);
    remove.mutate(row.id, { onError: (e) => setProblem(`Couldn't delete ${row.name}: ${e.message}`) });
  }

  async function importFile(file: File) {
    const { method, errors } = parseImport(await file.text());
    if (!method) {
      setProblem(
        `${file.name} is not a method: ${errors.map((e) => (e.path ? `${e.path}: ` : "") + e.message).join("; ")}`,
      );
      return;
    }
    handOver(method);
    navigate("/new");
  }

  const columns: Column<MethodSummary>[] = [
    {
      key: "name",
      header: "Method",
      cell: (m) => (
        <Link href={`/${m.id}`} className="strong-link">
          {m.name}
        </Link>
      ),
    },
    {
      key: "source",
      header: "Source",
      cell: (m) => (m.source === "builtin" ? <Badge tone="blue">Built-in</Badge> : <Badge>Yours</Badge>),
    },
    { key: "days", header: "Days/wk", cell: (m) => m.daysPerWeek, className: "num" },
    { key: "goals", header: "Goals", cell: (m) => m.goals.map(label).join(", ") },
    { key: "levels", header: "Levels", cell: (m) => m.levels.map(label).join(", ") },
    { key: "updated", header: "Updated", cell: (m) => (m.updatedAt ? formatDate(m.updatedAt) : "—") },
    {
      key: "actions",
      header: <span className="visually-hidden">Actions</span>,
      cell: (m) => (
        <div className="btn-row method-actions">
          <Button size="sm" onClick={() => setAssignTo(m)} aria-label={`Assign ${m.name} to clients`}>
            Assign…
          </Button>
          <Button size="sm" busy={busyId === m.id} onClick={() => void duplicate(m)} aria-label={`Duplicate ${m.name}`}>
            Duplicate
          </Button>
          <a
            className="btn btn-ghost btn-sm"
            href={`/api/methods/${encodeURIComponent(m.id)}/export`}
            download
            aria-label={`Export ${m.name} as JSON`}
          >
            Export
          </a>
          {m.source === "organization" ? (
            <Button
              size="sm"
              variant="danger"
              busy={remove.isPending && remove.variables === m.id}
              onClick={() => confirmDelete(m)}
              aria-label={`Delete ${m.name}`}
            >
              Delete
            </Button>
          ) : null}
        </div>
      ),
    },
  ];

  const own = list.data?.items.filter((m) => m.source === "organization") ?? [];
  const builtins = list.data?.items.filter((m) => m.source === "builtin") ?? [];
  return (
    <>
      <PageHead
        title="Methods"
        subtitle="Weekly templates your clients' sessions are drafted from: days, slots, doses per block, progression."
        actions={
          <>
            <Button onClick={() => fileRef.current?.click()}>Import JSON</Button>
            <input
              ref={fileRef}
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              aria-label="Import a method JSON file"
              tabIndex={-1}
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = "";
                if (f) void importFile(f);
              }}
            />
            <Link href="/new" className="btn btn-primary btn-md">
              New method
            </Link>
          </>
        }
      />
      {problem ? (
        <div className="form-errors" role="alert">
          {problem}
        </div>
      ) : null}
      {list.isPending ? (
        <Spinner label="Loading methods…" />
      ) : list.isError ? (
        <ErrorState error={list.error} what="methods" onRetry={() => void list.refetch()} />
      ) : (
        <>
          <h2 className="section-title">Your methods</h2>
          {own.length ? (
            <Table caption="Your organization's methods" columns={columns} rows={own} rowKey={(m) => m.id} />
          ) : (
            <EmptyState title="No methods of your own yet">
              Start from scratch, import a JSON file, or duplicate a built-in below and change it.
            </EmptyState>
          )}
          <h2 className="section-title">Built-in methods (read-only)</h2>
          <Table caption="Built-in methods" columns={columns} rows={builtins} rowKey={(m) => m.id} />
        </>
      )}
      {assignTo ? <AssignDialog method={assignTo} open onClose={() => setAssignTo(undefined)} /> : null}
    </>
  );
}
