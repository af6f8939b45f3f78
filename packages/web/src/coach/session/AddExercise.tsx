import type { SessionEditRequest } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { PLAN_SECTIONS, SECTION_LABEL } from "../../sessions/plan-view.ts";
import { Button, Field } from "../../ui/index.ts";
import { catalogQuery } from "../methods/queries.ts";
import type { ItemOp } from "./mutations.ts";

type Section = Extract<SessionEditRequest["ops"][number], { op: "add" }>["section"];

/**
 * Search the organization's whole catalog (built-ins and its own) and add an exercise to a section
 * of the draft; the server gives it the engine's default dose, marked "added by coach".
 */
export function AddExercise({ onOp, busy }: { onOp: (op: ItemOp) => Promise<unknown>; busy: boolean }) {
  const catalog = useQuery(catalogQuery());
  const [text, setText] = useState("");
  const [section, setSection] = useState<Section>("main");
  const listId = useId();
  const q = text.trim().toLowerCase();
  const hits = q
    ? (catalog.data?.items ?? [])
        .filter((e) => e.name.toLowerCase().includes(q) || e.pattern.replaceAll("_", " ").includes(q))
        .slice(0, 8)
    : [];
  return (
    <section className="card no-print" aria-labelledby={`${listId}-h`}>
      <h3 id={`${listId}-h`}>Add an exercise</h3>
      <div className="btn-row">
        <Field label="Search the catalog">
          <input
            type="search"
            value={text}
            placeholder="e.g. goblet squat, hinge, plank"
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <Field label="Section">
          <select value={section} onChange={(e) => setSection(e.target.value as Section)}>
            {PLAN_SECTIONS.map((s) => (
              <option key={s} value={s}>
                {SECTION_LABEL[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {catalog.isLoading && q ? <p className="muted">Loading the catalog…</p> : null}
      {q && !catalog.isLoading && hits.length === 0 ? <p className="muted">No exercise matches “{text}”.</p> : null}
      {hits.length ? (
        <ul className="list" aria-label="Matching exercises">
          {hits.map((e) => (
            <li key={e.id} className="row-between">
              <span>
                <strong>{e.name}</strong> <span className="muted">{e.pattern.replaceAll("_", " ")}</span>
              </span>
              <Button
                size="sm"
                busy={busy}
                aria-label={`Add ${e.name}`}
                onClick={() =>
                  onOp({ op: "add", section, exerciseId: e.id }).then(
                    () => setText(""),
                    () => undefined,
                  )
                }
              >
                Add
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
