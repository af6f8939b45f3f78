import { BUILTIN_EXERCISES } from "@spotter/engine";
import { useId, useState } from "react";
import { useFieldError } from "../../ui/index.ts";

type Props = { label: string; name: string; value: string[]; onChange: (v: string[]) => void };

const NAMES = new Map(BUILTIN_EXERCISES.map((e) => [e.id, e.name]));

/** Pick catalog exercises by name (a datalist) and show them as removable chips. */
export function ExercisePicker({ label, name, value, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState("");
  const error = useFieldError(name);
  function add() {
    const t = text.trim().toLowerCase();
    const hit = BUILTIN_EXERCISES.find((e) => e.name.toLowerCase() === t || e.id === t);
    if (hit && !value.includes(hit.id)) onChange([...value, hit.id]);
    setText("");
  }
  return (
    <div className={`field${error ? " has-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <div className="btn-row">
        <input
          id={id}
          type="text"
          list={`${id}-list`}
          value={text}
          placeholder="Start typing an exercise"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
          style={{ flex: "1 1 240px", width: "auto" }}
        />
        <button type="button" className="btn btn-secondary btn-md" onClick={add}>
          Add
        </button>
      </div>
      <datalist id={`${id}-list`}>
        {BUILTIN_EXERCISES.map((e) => (
          <option key={e.id} value={e.name} />
        ))}
      </datalist>
      {value.length ? (
        <ul className="chips" aria-label={label}>
          {value.map((v) => (
            <li key={v} className="badge">
              {NAMES.get(v) ?? v}{" "}
              <button
                type="button"
                className="chip-x"
                aria-label={`Remove ${NAMES.get(v) ?? v}`}
                onClick={() => onChange(value.filter((x) => x !== v))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">None.</p>
      )}
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}
