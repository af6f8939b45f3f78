import type { ExerciseEntry } from "@spotter/contracts";
import type { MethodDay } from "@spotter/engine";
import { useMemo, useState } from "react";
import { Button, useFieldError } from "../../ui/index.ts";
import { label } from "../labels.ts";
import { blankSlot } from "./draft.ts";
import { useErrorUnder } from "./errors.tsx";
import { TextField } from "./inputs.tsx";
import { SlotEditor } from "./SlotEditor.tsx";
import { syncGroupRests } from "./SlotGroupFields.tsx";
import { doseText } from "./WeekOnePreview.tsx";

type Props = {
  day: MethodDay;
  index: number;
  count: number;
  catalog: ExerciseEntry[];
  onChange: (d: MethodDay) => void;
  onMove: (d: -1 | 1) => void;
  onRemove: () => void;
  /** Folded days show one line per slot; the first day and days just added start unfolded. */
  defaultOpen: boolean;
};

const MAX_SLOTS = 8;

/** One training day: its label and its slots (1-8), in the order the session runs them. */
export function DayEditor({ day, index, count, catalog, onChange, onMove, onRemove, defaultOpen }: Props) {
  const path = `days.${index}`;
  const dayName = `Day ${index + 1}`;
  const slotsError = useFieldError(`${path}.slots`);
  const [unfolded, setUnfolded] = useState(defaultOpen);
  // A problem anywhere in the day unfolds it, so the message sits next to its field.
  const dayError = useErrorUnder(path);
  const open = unfolded || dayError !== undefined;
  const names = useMemo(() => new Map(catalog.map((e) => [e.id, e.name])), [catalog]);
  const moveSlot = (i: number, d: -1 | 1) => {
    const slots = [...day.slots];
    const [s] = slots.splice(i, 1);
    if (s) slots.splice(i + d, 0, s);
    onChange({ ...day, slots });
  };
  return (
    <section className="card method-day" aria-label={`${dayName}: ${day.label}`}>
      <header className="card-head">
        <h3 className="card-title">{day.label ? `${dayName}: ${day.label}` : dayName}</h3>
        <div className="btn-row">
          <Button
            size="sm"
            variant="ghost"
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={`Move ${dayName} earlier`}
          >
            ↑
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={`Move ${dayName} later`}
          >
            ↓
          </Button>
          <Button size="sm" variant="ghost" disabled={count === 1} onClick={onRemove} aria-label={`Remove ${dayName}`}>
            Remove day
          </Button>
        </div>
      </header>
      {/* details/summary: it still folds and unfolds inside the read-only (disabled) fieldset. */}
      <details className="day-fold" open={open} onToggle={(e) => setUnfolded(e.currentTarget.open)}>
        <summary>
          {open
            ? `${dayName} in full`
            : `Edit ${dayName} (${day.slots.length} slot${day.slots.length === 1 ? "" : "s"})`}
        </summary>
        {open ? (
          <>
            <TextField
              label={`${dayName} label`}
              name={`${path}.label`}
              value={day.label}
              onChange={(label) => onChange({ ...day, label })}
            />
            {day.slots.map((s, i) => (
              <SlotEditor
                // Slots have no id; position is their identity while editing (moves re-render both).
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={i}
                slot={s}
                path={`${path}.slots.${i}`}
                title={`${dayName}, slot ${i + 1}`}
                catalog={catalog}
                first={i === 0}
                last={i === day.slots.length - 1}
                onChange={(next) =>
                  onChange({
                    ...day,
                    slots: syncGroupRests(
                      day.slots.map((x, j) => (j === i ? next : x)),
                      i,
                      s,
                    ),
                  })
                }
                onMove={(d) => moveSlot(i, d)}
                onRemove={() => onChange({ ...day, slots: day.slots.filter((_, j) => j !== i) })}
              />
            ))}
            {slotsError ? (
              <p className="field-error" data-field={`${path}.slots`}>
                {slotsError}
              </p>
            ) : null}
            <Button
              size="sm"
              disabled={day.slots.length >= MAX_SLOTS}
              onClick={() => onChange({ ...day, slots: [...day.slots, { ...blankSlot(), role: "accessory" }] })}
            >
              Add slot to {dayName}
            </Button>
          </>
        ) : null}
      </details>
      {open ? null : (
        <ul className="day-summary">
          {day.slots.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: slots are positions in the day
            <li key={i}>
              <strong>
                {s.label ?? (s.exerciseIds?.[0] ? (names.get(s.exerciseIds[0]) ?? s.exerciseIds[0]) : label(s.pattern))}
              </strong>{" "}
              <span className="muted">
                · {label(s.role)} · {doseText(s.prescription?.accumulation)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
