import type { FieldError, MethodEntry } from "@spotter/contracts";
import type { Method } from "@spotter/engine";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useLocation } from "wouter";
import type { ApiError } from "../../api/api-error.ts";
import { Button, ErrorState, normalizePath, PageHead, Spinner } from "../../ui/index.ts";
import { AssignDialog } from "./AssignDialog.tsx";
import { BasicsCard } from "./BasicsCard.tsx";
import { ClientPreview } from "./ClientPreview.tsx";
import { DayEditor } from "./DayEditor.tsx";
import {
  blankDay,
  blankMethod,
  downloadJson,
  duplicateOf,
  orgIdFrom,
  parseImport,
  takeHandedOver,
  validateDraft,
} from "./draft.ts";
import { MethodErrors } from "./errors.tsx";
import { useLeaveGuard } from "./leave-guard.ts";
import { useCreateMethod, useDeleteMethod, useSaveMethod } from "./mutations.ts";
import { catalogQuery, methodQuery, methodsQuery } from "./queries.ts";
import { WeekOnePreview } from "./WeekOnePreview.tsx";
import "./methods.css";

/** /methods/new (from scratch, or an import handed over by the list) and /methods/:id. */
export function MethodEditorPage({ id }: { id?: string }) {
  const entry = useQuery({ ...methodQuery(id ?? ""), enabled: id !== undefined });
  const catalog = useQuery(catalogQuery());
  // Read the hand-over once per mount: a re-render must not fall back to a blank method.
  const [fresh] = useState(() => (id ? undefined : (takeHandedOver() ?? blankMethod())));
  if (id && entry.isPending) return <Spinner label="Loading method…" />;
  if (id && entry.isError) return <ErrorState error={entry.error} what="method" onRetry={() => void entry.refetch()} />;
  if (catalog.isPending) return <Spinner label="Loading the exercise catalog…" />;
  if (catalog.isError)
    return <ErrorState error={catalog.error} what="the exercise catalog" onRetry={() => void catalog.refetch()} />;
  const existing: MethodEntry | undefined = id ? entry.data : undefined;
  const initial = existing?.method ?? fresh ?? blankMethod();
  return (
    <MethodForm
      // A different method (after save-as or navigation) starts a fresh form.
      key={existing ? `${existing.method.id}@${existing.updatedAt}` : "new"}
      initial={initial}
      source={existing?.source}
      catalog={catalog.data.items}
      autoId={!existing && initial.id === blankMethod().id}
    />
  );
}

/** 409 (id taken) belongs next to the name the id is made from; other fields keep their paths. */
function serverFields(error: ApiError | null): FieldError[] {
  if (!error) return [];
  if (error.code === "conflict") return [{ path: "name", message: `${error.message}: choose another name.` }];
  return error.fields.map((f) => ({ path: normalizePath(f.path), message: f.message }));
}

type FormProps = {
  initial: Method;
  /** undefined: not saved yet. */
  source: MethodEntry["source"] | undefined;
  catalog: Parameters<typeof WeekOnePreview>[0]["catalog"];
  /** A method from scratch takes its id from its name until it is saved. */
  autoId: boolean;
};

function MethodForm({ initial, source, catalog, autoId }: FormProps) {
  const [, navigate] = useLocation();
  const [method, setMethod] = useState(initial);
  const [showErrors, setShowErrors] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [assigning, setAssigning] = useState(false);
  const create = useCreateMethod();
  const save = useSaveMethod();
  const remove = useDeleteMethod();
  const fileRef = useRef<HTMLInputElement>(null);
  // The ids already taken, so a duplicate gets a free one (the list is usually cached already).
  const list = useQuery(methodsQuery());
  const readOnly = source === "builtin";
  const isNew = source === undefined;
  const write = isNew ? create : save;
  const toSave = useMemo<Method>(() => (autoId ? { ...method, id: orgIdFrom(method.name) } : method), [method, autoId]);
  const clientErrors = useMemo(() => validateDraft(toSave), [toSave]);
  // Saving remounts the form with the saved method (its key has updatedAt), so this clears itself.
  useLeaveGuard(method !== initial && !write.isSuccess);
  const errors = [...serverFields(write.error), ...(showErrors ? clientErrors : [])];

  function change(next: Method) {
    setMethod(next);
    setNotice(undefined);
    if (write.error) write.reset();
  }
  const patch = (p: Partial<Method>) => change({ ...method, ...p });

  function onSave() {
    setShowErrors(true);
    setNotice(undefined);
    if (clientErrors.length) {
      // The summary at the top links nothing; move the eye to the first field that needs work.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(".has-error input, .has-error select, .has-error textarea")?.focus(),
      );
      return;
    }
    write.mutate(toSave, {
      onSuccess: (saved) => {
        setNotice("Saved.");
        if (isNew) navigate(`/${saved.method.id}`, { replace: true });
      },
    });
  }

  async function onImport(file: File) {
    const { method: imported, errors: problems } = parseImport(await file.text());
    if (!imported) {
      setNotice(
        `${file.name} is not a method: ${problems.map((e) => `${e.path ? `${e.path}: ` : ""}${e.message}`).join("; ")}`,
      );
      return;
    }
    // An import replaces the content; a saved method keeps its own id (PUT requires it).
    change(isNew ? imported : { ...imported, id: method.id });
    setNotice(`Imported ${file.name}: review and save.`);
  }

  function onDuplicate() {
    create.mutate(
      duplicateOf(
        method,
        list.data?.items.map((m) => m.id),
      ),
      { onSuccess: (saved) => navigate(`/${saved.method.id}`) },
    );
  }

  function onDelete() {
    if (!window.confirm(`Delete “${method.name}”? Clients assigned to it go back to their trainer's default.`)) return;
    remove.mutate(method.id, { onSuccess: () => navigate("/") });
  }

  const moveDay = (i: number, d: -1 | 1) => {
    const days = [...method.days];
    const [x] = days.splice(i, 1);
    if (x) days.splice(i + d, 0, x);
    patch({ days });
  };
  const failure =
    write.error && !write.error.fields.length && write.error.code !== "conflict"
      ? write.error
      : (create.error ?? remove.error);

  return (
    <MethodErrors errors={errors}>
      <PageHead
        back={{ href: "/", label: "Methods" }}
        title={isNew ? (method.name ? `New method: ${method.name}` : "New method") : method.name}
        subtitle={readOnly ? "Built-in method: read-only. Duplicate it to make your own version." : `Id ${toSave.id}`}
        actions={
          <>
            {readOnly ? (
              <Button variant="primary" busy={create.isPending} onClick={onDuplicate}>
                Duplicate to edit
              </Button>
            ) : (
              <>
                <Button onClick={() => fileRef.current?.click()}>Import JSON</Button>
                <input
                  ref={fileRef}
                  type="file"
                  accept="application/json,.json"
                  className="visually-hidden"
                  aria-label="Import a method JSON file into this editor"
                  tabIndex={-1}
                  onChange={(e) => {
                    const f = e.target.files?.[0];
                    e.target.value = "";
                    if (f) void onImport(f);
                  }}
                />
              </>
            )}
            <Button onClick={() => downloadJson(toSave)}>Export JSON</Button>
            {isNew ? null : (
              <Button disabled={method !== initial} onClick={() => setAssigning(true)}>
                Assign to clients…
              </Button>
            )}
            {source === "organization" ? (
              <Button variant="danger" busy={remove.isPending} onClick={onDelete}>
                Delete
              </Button>
            ) : null}
            {readOnly ? null : (
              <Button variant="primary" busy={write.isPending} onClick={onSave}>
                {isNew ? "Create method" : "Save changes"}
              </Button>
            )}
          </>
        }
      />
      <div aria-live="polite" className="method-status">
        {notice ? <p className="notice">{notice}</p> : null}
      </div>
      {showErrors && errors.length ? (
        <div className="form-errors" role="alert">
          <strong>
            {errors.length === 1 ? "One thing to fix" : `${errors.length} things to fix`} before saving (marked below).
          </strong>
          <ul>
            {errors.slice(0, 8).map((e) => (
              <li key={`${e.path}:${e.message}`}>
                {e.path ? `${e.path}: ` : ""}
                {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : failure ? (
        <div className="form-errors" role="alert">
          {failure.message}
        </div>
      ) : null}
      <div className="method-layout">
        <fieldset className="method-form" disabled={readOnly}>
          <legend className="visually-hidden">{readOnly ? "Method (read-only)" : "Method"}</legend>
          <BasicsCard method={method} idHint={autoId ? `Saved as ${toSave.id}` : ""} onChange={patch} />
          {method.days.map((d, i) => (
            <DayEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: days have no id; their position is the identity
              key={i}
              day={d}
              index={i}
              count={method.days.length}
              defaultOpen={i === 0 || i >= initial.days.length}
              catalog={catalog}
              onChange={(day) => patch({ days: method.days.map((x, j) => (j === i ? day : x)) })}
              onMove={(dir) => moveDay(i, dir)}
              onRemove={() => patch({ days: method.days.filter((_, j) => j !== i) })}
            />
          ))}
          <Button
            disabled={method.days.length >= 7}
            onClick={() => patch({ days: [...method.days, blankDay(method.days.length + 1)] })}
          >
            Add day
          </Button>
        </fieldset>
        <aside className="method-side">
          <WeekOnePreview method={method} catalog={catalog} />
          <ClientPreview method={method} />
        </aside>
      </div>
      {isNew ? null : <AssignDialog method={initial} open={assigning} onClose={() => setAssigning(false)} />}
    </MethodErrors>
  );
}
