import type { ExerciseEntry } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import {
  Badge,
  Button,
  type Column,
  Dialog,
  EmptyState,
  ErrorState,
  PageHead,
  Spinner,
  Table,
} from "../../ui/index.ts";
import { label } from "../labels.ts";
import { libraryQuery, useArchiveExercise, useDeleteExercise } from "./api.ts";
import { CatalogBrowser } from "./CatalogBrowser.tsx";
import { equipmentText, MediaLink } from "./display.tsx";
import { ExerciseForm } from "./ExerciseForm.tsx";
import "./exercises.css";

/**
 * The organization's exercise library: its own exercises (create, edit, archive/restore, delete when
 * nothing uses them) above the built-in catalog, browsable with filters.
 */
export function ExerciseLibraryPage() {
  const library = useQuery(libraryQuery());
  const remove = useDeleteExercise();
  const archive = useArchiveExercise();
  const [form, setForm] = useState<{ editing?: ExerciseEntry } | null>(null);
  const [notice, setNotice] = useState<{ tone: "ok" | "error"; text: string }>();

  const all = library.data?.items ?? [];
  const own = useMemo(() => all.filter((e) => e.source === "organization"), [all]);
  const builtins = useMemo(() => all.filter((e) => e.source === "builtin"), [all]);
  const takenIds = useMemo(() => new Set(all.map((e) => e.id)), [all]);

  function onDelete(e: ExerciseEntry) {
    if (!window.confirm(`Delete “${e.name}”? This cannot be undone.`)) return;
    setNotice(undefined);
    remove.mutate(e.id, {
      onSuccess: () => setNotice({ tone: "ok", text: `Deleted ${e.name}.` }),
      onError: (err) => setNotice({ tone: "error", text: `Couldn't delete: ${err.message}` }),
    });
  }
  function onArchive(e: ExerciseEntry, archived: boolean) {
    setNotice(undefined);
    archive.mutate(
      { id: e.id, archived },
      {
        onSuccess: () =>
          setNotice({
            tone: "ok",
            text: archived
              ? `Archived ${e.name}: it stays in history and existing methods, and leaves the pickers.`
              : `Restored ${e.name}.`,
          }),
        onError: (err) => setNotice({ tone: "error", text: err.message }),
      },
    );
  }

  const columns: Column<ExerciseEntry>[] = [
    {
      key: "name",
      header: "Exercise",
      cell: (e) => (
        <>
          <strong>{e.name}</strong> {e.archived ? <Badge tone="yellow">Archived</Badge> : null}
        </>
      ),
    },
    { key: "pattern", header: "Pattern", cell: (e) => label(e.pattern) },
    { key: "equipment", header: "Equipment", cell: equipmentText },
    { key: "level", header: "Level", cell: (e) => label(e.level) },
    { key: "media", header: "Media", cell: (e) => <MediaLink e={e} /> },
    {
      key: "actions",
      header: <span className="visually-hidden">Actions</span>,
      cell: (e) => (
        <div className="btn-row exercise-actions">
          <Button size="sm" onClick={() => setForm({ editing: e })} aria-label={`Edit ${e.name}`}>
            Edit
          </Button>
          <Button
            size="sm"
            busy={archive.isPending && archive.variables?.id === e.id}
            onClick={() => onArchive(e, !e.archived)}
            aria-label={`${e.archived ? "Restore" : "Archive"} ${e.name}`}
          >
            {e.archived ? "Restore" : "Archive"}
          </Button>
          <Button
            size="sm"
            variant="danger"
            busy={remove.isPending && remove.variables === e.id}
            onClick={() => onDelete(e)}
            aria-label={`Delete ${e.name}`}
          >
            Delete
          </Button>
        </div>
      ),
    },
  ];

  return (
    <div className="exercise-library">
      <PageHead
        title="Exercise library"
        subtitle="Your own exercises and the built-in catalog your methods and sessions draw from."
        actions={
          <Button variant="primary" onClick={() => setForm({})}>
            New exercise
          </Button>
        }
      />
      <div aria-live="polite">
        {notice ? (
          <p
            className={`notice ${notice.tone === "error" ? "notice-red" : "notice-blue"}`}
            role={notice.tone === "error" ? "alert" : "status"}
          >
            {notice.text}
          </p>
        ) : null}
      </div>
      {library.isPending ? (
        <Spinner label="Loading exercises…" />
      ) : library.isError ? (
        <ErrorState error={library.error} what="exercises" onRetry={() => void library.refetch()} />
      ) : (
        <>
          <h2 className="section-title">Your exercises</h2>
          {own.length ? (
            <Table caption="Your organization's exercises" columns={columns} rows={own} rowKey={(e) => e.id} />
          ) : (
            <EmptyState title="No exercises of your own yet">
              Add the drills and variations your clients do that the built-in catalog lacks.
            </EmptyState>
          )}
          <h2 className="section-title">Built-in catalog</h2>
          <CatalogBrowser items={builtins} />
        </>
      )}
      <Dialog
        open={form !== null}
        title={form?.editing ? `Edit ${form.editing.name}` : "New exercise"}
        onClose={() => setForm(null)}
      >
        {form ? (
          <ExerciseForm
            editing={form.editing}
            takenIds={takenIds}
            onDone={(saved) => {
              setForm(null);
              setNotice({ tone: "ok", text: `Saved ${saved.name}.` });
            }}
          />
        ) : null}
      </Dialog>
    </div>
  );
}
