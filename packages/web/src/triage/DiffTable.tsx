import { useEffect, useRef } from "react";
import { type DiffRow, type DiffValue, formatValue } from "./format.ts";

type Props = {
  rows: DiffRow[];
  /** When set, the "after" column becomes inputs (edit-then-approve). */
  edit?: Record<string, string>;
  onEdit?: (key: string, value: string) => void;
};

/** Before → after as a two-column table; changed rows are highlighted and say so in text. */
export function DiffTable({ rows, edit, onEdit }: Props) {
  const first = useRef<HTMLInputElement>(null);
  const editing = edit !== undefined;
  // Entering edit mode moves focus to the first value, so keyboard users land where they type.
  useEffect(() => {
    if (editing) first.current?.focus();
  }, [editing]);
  const firstEditable = rows.find((r) => editable(r.after, r.before))?.key;
  if (rows.length === 0) return <p className="muted">This proposal carries no values to compare.</p>;
  return (
    <div className="table-wrap">
      <table className="table triage-diff">
        <caption className="visually-hidden">Proposed change, before and after</caption>
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              className={r.changed ? "triage-diff-changed" : undefined}
              data-changed={r.changed || undefined}
            >
              <th scope="row">
                {r.label}
                {r.changed ? <span className="triage-changed-tag">changed</span> : null}
              </th>
              <td>{formatValue(r.before, r.key)}</td>
              <td>
                {edit && onEdit && editable(r.after, r.before) ? (
                  <input
                    ref={r.key === firstEditable ? first : undefined}
                    aria-label={`New value for ${r.label}`}
                    className="triage-diff-input"
                    inputMode={typeof (r.after ?? r.before) === "number" ? "decimal" : undefined}
                    value={edit[r.key] ?? ""}
                    onChange={(e) => onEdit(r.key, e.target.value)}
                  />
                ) : (
                  <strong>{formatValue(r.after, r.key)}</strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Scalars can be edited; booleans are not part of any proposal today. */
function editable(after: DiffValue, before: DiffValue): boolean {
  const v = after ?? before;
  return v === null || typeof v === "number" || typeof v === "string";
}

/** The edit record for POST /approve: only changed fields, numbers parsed where the original was numeric. */
export function editPayload(rows: DiffRow[], edit: Record<string, string>): Record<string, DiffValue> {
  const out: Record<string, DiffValue> = {};
  for (const r of rows) {
    const raw = edit[r.key];
    if (raw === undefined) continue;
    const text = raw.trim();
    const numeric = typeof (r.after ?? r.before) === "number";
    const value: DiffValue = text === "" ? null : numeric && Number.isFinite(Number(text)) ? Number(text) : text;
    if (value !== r.after) out[r.key] = value;
  }
  return out;
}

/** The edit form's starting values: the proposed "after" values as text. */
export function initialEdit(rows: DiffRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.key, r.after === null ? "" : String(r.after)]));
}
