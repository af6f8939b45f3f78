import type { QuestionnaireView } from "@spotter/contracts";
import { Button } from "../ui/index.ts";

export type Question = QuestionnaireView["questions"][number];
type Kind = Question["kind"];

/** A new question of a kind, with a fresh id (ids stay stable across versions once saved). */
export function newQuestion(kind: Kind): Question {
  const id = `q-${crypto.randomUUID().slice(0, 8)}`;
  if (kind === "scale")
    return { id, kind, prompt: "", required: true, min: 1, max: 5, minLabel: "Low", maxLabel: "High" };
  if (kind === "choice") return { id, kind, prompt: "", required: false, options: ["Yes", "No"] };
  return { id, kind, prompt: "", required: false, maxLength: 1000 };
}

/** Changes a question's kind, keeping its id, prompt and required flag. */
function rekind(q: Question, kind: Kind): Question {
  const fresh = newQuestion(kind);
  return { ...fresh, id: q.id, prompt: q.prompt, required: q.required } as Question;
}

/** Scales the week's summary reads (engine CORE_SCALE_IDS) while they stay 1–5. */
const CORE = new Set(["energy", "sleep", "stress", "adherenceConfidence"]);

const KIND_LABEL: Record<Kind, string> = { scale: "Scale", choice: "Choice", text: "Free text" };

/** One question in the builder: prompt, kind, required, the kind's settings, and reorder/remove. */
export function QuestionEditor({
  q,
  index,
  count,
  onChange,
  onMove,
  onRemove,
  error,
}: {
  q: Question;
  index: number;
  count: number;
  onChange: (q: Question) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  error?: string;
}) {
  const n = index + 1;
  return (
    <fieldset className="qb-question" data-testid={`question-${index}`}>
      <legend>
        Question {n} · {KIND_LABEL[q.kind]}
      </legend>
      <label className="qb-field">
        Question text
        <input value={q.prompt} maxLength={200} onChange={(e) => onChange({ ...q, prompt: e.target.value })} />
      </label>
      <div className="qb-row">
        <label className="qb-field">
          Kind
          <select value={q.kind} onChange={(e) => onChange(rekind(q, e.target.value as Kind))}>
            <option value="scale">Scale</option>
            <option value="choice">Choice</option>
            <option value="text">Free text</option>
          </select>
        </label>
        <label className="qb-check">
          <input
            type="checkbox"
            checked={q.required}
            onChange={(e) => onChange({ ...q, required: e.target.checked })}
          />{" "}
          Required
        </label>
      </div>
      {q.kind === "scale" ? (
        <div className="qb-row">
          <label className="qb-field qb-num">
            From
            <input
              type="number"
              min={0}
              max={9}
              value={q.min}
              onChange={(e) => onChange({ ...q, min: Number(e.target.value) })}
            />
          </label>
          <label className="qb-field qb-num">
            To
            <input
              type="number"
              min={1}
              max={10}
              value={q.max}
              onChange={(e) => onChange({ ...q, max: Number(e.target.value) })}
            />
          </label>
          <label className="qb-field">
            Low end label
            <input value={q.minLabel} maxLength={40} onChange={(e) => onChange({ ...q, minLabel: e.target.value })} />
          </label>
          <label className="qb-field">
            High end label
            <input value={q.maxLabel} maxLength={40} onChange={(e) => onChange({ ...q, maxLabel: e.target.value })} />
          </label>
        </div>
      ) : q.kind === "choice" ? (
        <label className="qb-field">
          Options (one per line)
          <textarea
            rows={3}
            value={q.options.join("\n")}
            onChange={(e) => onChange({ ...q, options: e.target.value.split("\n") })}
          />
        </label>
      ) : (
        <label className="qb-field qb-num">
          Longest answer (characters)
          <input
            type="number"
            min={1}
            max={2000}
            value={q.maxLength}
            onChange={(e) => onChange({ ...q, maxLength: Number(e.target.value) })}
          />
        </label>
      )}
      {CORE.has(q.id) ? (
        <p className="muted small">Feeds the week's summary and the drafted reply while it is a 1–5 scale.</p>
      ) : null}
      {error ? (
        <p role="alert" className="qb-error">
          {error}
        </p>
      ) : null}
      <div className="btn-row">
        <Button size="sm" variant="secondary" disabled={index === 0} onClick={() => onMove(-1)}>
          Move up<span className="visually-hidden"> question {n}</span>
        </Button>
        <Button size="sm" variant="secondary" disabled={index === count - 1} onClick={() => onMove(1)}>
          Move down<span className="visually-hidden"> question {n}</span>
        </Button>
        <Button size="sm" variant="secondary" disabled={count === 1} onClick={onRemove}>
          Remove<span className="visually-hidden"> question {n}</span>
        </Button>
      </div>
    </fieldset>
  );
}
