import type { MethodPreviewDay, MethodPreviewResponse } from "@spotter/contracts";
import type { Method, SessionItem } from "@spotter/engine";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useState } from "react";
import { api } from "../../api/client.ts";
import { rosterQuery } from "../pages/queries.ts";
import { shortDate } from "../week/format.ts";
import { validateDraft } from "./draft.ts";
import "./client-preview.css";

/** Edits settle this long before the preview asks the server again (typing a name is many edits). */
const DEBOUNCE_MS = 400;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * POST /api/clients/:id/method/preview: a read (nothing is stored), so it is a query keyed by the
 * method's content; the last preview stays on screen while the next one loads.
 */
const previewQuery = (clientId: string, method: Method) =>
  queryOptions({
    queryKey: ["method-preview", clientId, method],
    queryFn: ({ signal }) =>
      api<MethodPreviewResponse>("POST", `/api/clients/${clientId}/method/preview`, { method }, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });

/** "3 × 5 @ 102.5 kg, RPE 7" in the unit the client's loads are kept in. */
function dose(i: SessionItem): string {
  const work =
    i.reps !== undefined ? `${i.reps}${i.amrap ? "+" : ""}` : i.seconds !== undefined ? `${i.seconds} s` : "";
  const load = i.load !== undefined ? ` @ ${i.load} ${i.unit}` : "";
  const effort = i.effort ? `, ${i.effort.scale.toUpperCase()} ${i.effort.value}` : "";
  return `${i.sets} × ${work}${load}${effort}`;
}

function PreviewDay({ day }: { day: MethodPreviewDay }) {
  const items = day.session?.main.filter((i) => i.role !== "ramp") ?? [];
  return (
    <li>
      <h3>
        Day {day.dayIndex + 1}: {day.label || "(no label)"}
        <span className="muted"> · {day.date ? shortDate(day.date) : "not in this client's week 1"}</span>
      </h3>
      {day.error ? (
        <p className="client-preview-error">{day.error.message}</p>
      ) : (
        <ol className="client-preview-items">
          {items.map((i, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an exercise may repeat in a day
            <li key={k}>
              <strong>{i.name}</strong> <span className="small">{dose(i)}</span>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

/**
 * The method editor's live preview: week 1 of the method as it stands in the form (not saved),
 * drafted for one chosen client by the same engine path as "Generate session", so the loads are
 * that client's, in their kg or lb. It asks again a moment after the coach stops editing.
 */
export function ClientPreview({ method }: { method: Method }) {
  const selectId = useId();
  const clients = useQuery(rosterQuery({ status: "active", page: 1, pageSize: 50 }));
  const [clientId, setClientId] = useState("");
  const chosen = clientId || clients.data?.items[0]?.id || "";
  // The editor's draft may have no id or name yet; the preview needs neither to draft.
  const settled = useDebounced(method, DEBOUNCE_MS);
  const body = useMemo<Method>(() => ({ ...settled, id: "org:preview", name: settled.name || "Preview" }), [settled]);
  const invalid = useMemo(() => validateDraft(body)[0], [body]);
  const preview = useQuery({ ...previewQuery(chosen, body), enabled: chosen !== "" && !invalid });
  const updating = preview.isFetching || settled !== method;

  let content: React.ReactNode;
  if (clients.isPending) content = <p className="muted">Loading your clients…</p>;
  else if (!chosen) content = <p className="muted">Add a client to preview their loads.</p>;
  else if (invalid)
    content = (
      <p className="muted">
        The preview waits for a valid method: {invalid.path ? `${invalid.path}: ` : ""}
        {invalid.message}
      </p>
    );
  else if (preview.isError && !preview.data) content = <p className="client-preview-error">{preview.error.message}</p>;
  else if (!preview.data) content = <p className="muted">Drafting week 1…</p>;
  else
    content = (
      <ol className="preview-days client-preview-days" aria-busy={updating}>
        {preview.data.days.map((d) => (
          <PreviewDay key={d.dayIndex} day={d} />
        ))}
      </ol>
    );

  return (
    <section className="card client-preview" aria-labelledby={`${selectId}-title`}>
      <header className="card-head">
        <h2 className="card-title" id={`${selectId}-title`}>
          Week 1 for a client
        </h2>
        <span className="small muted" aria-live="polite">
          {chosen && !invalid ? (updating ? "Updating…" : "Up to date") : ""}
        </span>
      </header>
      <label htmlFor={selectId} className="field-label">
        Client
      </label>
      <select id={selectId} value={chosen} onChange={(e) => setClientId(e.target.value)}>
        {(clients.data?.items ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <p className="field-hint">
        Drafted from this client's own history and loads, as the form stands. Nothing is saved.
      </p>
      {content}
    </section>
  );
}
