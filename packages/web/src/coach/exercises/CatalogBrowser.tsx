import type { ExerciseEntry } from "@spotter/contracts";
import { EQUIPMENT, LEVELS, MOVEMENT_PATTERNS } from "@spotter/engine";
import { useMemo, useState } from "react";
import { Button, type Column, Table } from "../../ui/index.ts";
import { label } from "../labels.ts";
import { equipmentText } from "./display.tsx";

const PAGE = 40;

const columns: Column<ExerciseEntry>[] = [
  { key: "name", header: "Exercise", cell: (e) => e.name },
  { key: "pattern", header: "Pattern", cell: (e) => label(e.pattern) },
  { key: "muscles", header: "Primary muscles", cell: (e) => e.primaryMuscles.map(label).join(", ") },
  { key: "equipment", header: "Equipment", cell: equipmentText },
  { key: "level", header: "Level", cell: (e) => label(e.level) },
];

/**
 * The built-in catalog, filtered in the page (it is already loaded): free text over name and id,
 * movement pattern, an equipment item the exercise uses, level. Shows 40 rows at a time.
 */
export function CatalogBrowser({ items }: { items: ExerciseEntry[] }) {
  const [q, setQ] = useState("");
  const [pattern, setPattern] = useState("");
  const [equipment, setEquipment] = useState("");
  const [level, setLevel] = useState("");
  const [shown, setShown] = useState(PAGE);
  const hits = useMemo(() => {
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    return items.filter(
      (e) =>
        (!pattern || e.pattern === pattern) &&
        (!level || e.level === level) &&
        (!equipment || e.equipment.some((opt) => opt.includes(equipment as never))) &&
        words.every((w) => e.name.toLowerCase().includes(w) || e.id.includes(w)),
    );
  }, [items, pattern, level, equipment, q]);
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setShown(PAGE);
    };
  return (
    <section aria-label="Built-in catalog">
      <div className="catalog-filters">
        <div className="field">
          <label htmlFor="catalog-q">Search</label>
          <input
            id="catalog-q"
            type="search"
            value={q}
            placeholder="e.g. curl"
            onChange={(e) => reset(setQ)(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="catalog-pattern">Pattern</label>
          <select id="catalog-pattern" value={pattern} onChange={(e) => reset(setPattern)(e.target.value)}>
            <option value="">Any pattern</option>
            {MOVEMENT_PATTERNS.map((p) => (
              <option key={p} value={p}>
                {label(p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="catalog-equipment">Equipment</label>
          <select id="catalog-equipment" value={equipment} onChange={(e) => reset(setEquipment)(e.target.value)}>
            <option value="">Any equipment</option>
            {EQUIPMENT.map((x) => (
              <option key={x} value={x}>
                {label(x)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="catalog-level">Level</label>
          <select id="catalog-level" value={level} onChange={(e) => reset(setLevel)(e.target.value)}>
            <option value="">Any level</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {label(l)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted small" aria-live="polite">
        {hits.length} of {items.length} built-in exercises
      </p>
      <Table caption="Built-in exercises" columns={columns} rows={hits.slice(0, shown)} rowKey={(e) => e.id} />
      {hits.length > shown ? (
        <Button onClick={() => setShown(shown + PAGE)}>Show {Math.min(PAGE, hits.length - shown)} more</Button>
      ) : null}
    </section>
  );
}
