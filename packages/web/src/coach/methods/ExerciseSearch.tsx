import type { ExerciseEntry } from "@spotter/contracts";
import type { MovementPattern } from "@spotter/engine";
import { useId, useMemo, useState } from "react";
import { label } from "../labels.ts";
import { useErrorUnder } from "./errors.tsx";

type Props = {
  /** The slot's pattern: the server refuses an exercise of another pattern, so only these are offered. */
  pattern: MovementPattern;
  catalog: ExerciseEntry[];
  value: string[];
  onChange: (ids: string[]) => void;
  /** `days.0.slots.1.exerciseIds` */
  path: string;
  slotName: string;
};

const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * Fixed exercises for a slot, in preference order (the engine takes the first the client's
 * equipment and injuries allow): search the catalog by name, add, reorder, remove.
 */
export function ExerciseSearch({ pattern, catalog, value, onChange, path, slotName }: Props) {
  const id = useId();
  const [q, setQ] = useState("");
  const error = useErrorUnder(path);
  const byId = useMemo(() => new Map(catalog.map((e) => [e.id, e])), [catalog]);
  const hits = useMemo(() => {
    const w = words(q);
    return catalog
      .filter((e) => e.pattern === pattern && !e.archived && !value.includes(e.id))
      .filter((e) => w.every((x) => e.name.toLowerCase().includes(x) || e.id.includes(x)))
      .slice(0, 8);
  }, [catalog, pattern, q, value]);
  const move = (i: number, d: -1 | 1) => {
    const next = [...value];
    const [x] = next.splice(i, 1);
    if (x) next.splice(i + d, 0, x);
    onChange(next);
  };
  return (
    <div className={`field${error ? " has-error" : ""}`}>
      <label htmlFor={id}>Search {label(pattern).toLowerCase()} exercises</label>
      <input
        id={id}
        type="search"
        value={q}
        placeholder="e.g. squat, dumbbell"
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => setQ(e.target.value)}
      />
      {q.trim() ? (
        hits.length ? (
          <ul className="search-hits" aria-label={`Matches for ${slotName}`}>
            {hits.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  onClick={() => {
                    onChange([...value, e.id]);
                    setQ("");
                  }}
                >
                  + {e.name}
                </button>
                <span className="muted small">
                  {" "}
                  {label(e.loadType)}
                  {e.source === "organization" ? " · yours" : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="field-hint">
            No {label(pattern).toLowerCase()} exercise matches “{q}”.
          </p>
        )
      ) : null}
      {value.length ? (
        <ol className="picked" aria-label={`Exercises for ${slotName}, first choice first`}>
          {value.map((x, i) => {
            const name = byId.get(x)?.name ?? x;
            return (
              <li key={x}>
                <span>{name}</span>
                <span className="btn-row">
                  <button
                    type="button"
                    className="btn btn-ghost btn-sm"
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={`Move ${name} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn btn-ghost btn-sm"
                    disabled={i === value.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={`Move ${name} down`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="btn btn-ghost btn-sm"
                    onClick={() => onChange(value.filter((y) => y !== x))}
                    aria-label={`Remove ${name}`}
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="field-hint">No exercise yet: search and add one.</p>
      )}
      {error ? (
        <p className="field-error" id={`${id}-err`} data-field={path}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
