import type { ExerciseEntry, ExerciseMapping, ImportSummary } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { Button, Card, ErrorState, Spinner } from "../../ui/index.ts";
import { plural } from "./labels.ts";
import { catalogQuery, useSaveMappings } from "./queries.ts";
import { SavedMappings } from "./SavedMappings.tsx";

const SKIP = "__skip";

type Props = { summary: ImportSummary; onSaved: () => void; onBack: () => void };

/**
 * The names the catalog could not place, each with the server's suggestions first and every
 * catalog exercise after; the coach's choices are stored for the organization (PUT
 * /api/exercise-mappings) and the file is previewed again with them applied. Saved mappings are
 * listed below, each removable.
 */
export function MappingReview({ summary, onSaved, onBack }: Props) {
  const catalog = useQuery(catalogQuery());
  const save = useSaveMappings();
  const [choice, setChoice] = useState<Record<string, string>>({});
  const names = summary.exercises.filter((e) => e.status === "unmapped");
  const sorted = useMemo(
    () => [...(catalog.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [catalog.data],
  );
  const decided: ExerciseMapping[] = names
    .filter((n) => choice[n.name])
    .map((n) => ({ name: n.name, exerciseId: choice[n.name] === SKIP ? null : (choice[n.name] ?? null) }));

  if (catalog.error)
    return <ErrorState error={catalog.error} what="the exercise catalog" onRetry={() => void catalog.refetch()} />;
  if (!catalog.data) return <Spinner label="Loading the catalog…" />;
  return (
    <Card title="Map exercise names to the catalog">
      <p className="muted">
        {plural(names.length, "name")} from this file {names.length === 1 ? "is" : "are"} not in the catalog. Your
        choice is saved for your organization: every later preview and import, for any client, uses it. Names left
        undecided stay skipped.
      </p>
      {summary.sessions.alreadyImported > 0 ? (
        <p className="notice notice-yellow">
          {plural(summary.sessions.alreadyImported, "workout")} of this file{" "}
          {summary.sessions.alreadyImported === 1 ? "is" : "are"} already imported: a mapping saved now applies to new
          workouts only, never to ones already stored.
        </p>
      ) : null}
      <ul className="mapping-list" aria-label="Unmapped exercise names">
        {names.map((n) => (
          <MappingRow
            key={n.name}
            name={n.name}
            sets={n.sets}
            suggestions={n.suggestions ?? []}
            catalog={sorted}
            value={choice[n.name] ?? ""}
            onChange={(v) => setChoice((c) => ({ ...c, [n.name]: v }))}
          />
        ))}
      </ul>
      {save.error ? (
        <p className="notice notice-red" role="alert">
          {save.error.message}
        </p>
      ) : null}
      <div className="btn-row">
        <Button
          variant="primary"
          busy={save.isPending}
          disabled={decided.length === 0}
          onClick={() => save.mutate(decided, { onSuccess: onSaved })}
        >
          {decided.length ? `Save ${plural(decided.length, "mapping")} and preview again` : "Choose at least one"}
        </Button>
        <Button variant="ghost" onClick={onBack} disabled={save.isPending}>
          Back to the preview
        </Button>
      </div>
      <SavedMappings onRemoved={onSaved} />
    </Card>
  );
}

type RowProps = {
  name: string;
  sets: number;
  suggestions: NonNullable<ImportSummary["exercises"][number]["suggestions"]>;
  catalog: ExerciseEntry[];
  value: string;
  onChange: (v: string) => void;
};

function MappingRow({ name, sets, suggestions, catalog, value, onChange }: RowProps) {
  const id = useId();
  return (
    <li className="mapping-row">
      <div>
        <label htmlFor={id} className="mapping-name">
          {name}
        </label>
        <p className="muted small">
          {plural(sets, "set")}
          {suggestions.length ? ` · closest: ${suggestions.map((s) => s.name).join(", ")}` : " · no close match"}
        </p>
      </div>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Decide later (skip for now)</option>
        <option value={SKIP}>Not an exercise to track: leave out</option>
        {suggestions.length ? (
          <optgroup label="Suggested">
            {suggestions.map((s) => (
              <option key={s.exerciseId} value={s.exerciseId}>
                {s.name} ({Math.round(s.score * 100)}% word match)
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label="All exercises">
          {catalog.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
              {e.source === "organization" ? " (yours)" : ""}
            </option>
          ))}
        </optgroup>
      </select>
    </li>
  );
}
