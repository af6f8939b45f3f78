import type { QuestionnaireView } from "@spotter/contracts";
import { Scale } from "../client/Scale.tsx";

type Question = QuestionnaireView["questions"][number];
export type ResponseValue = number | string | undefined;

/** One question of the organization's questionnaire as a form control (scale, choice or text). */
export function QuestionInput({
  q,
  value,
  onChange,
}: {
  q: Question;
  value: ResponseValue;
  onChange: (v: number | string) => void;
}) {
  const legend = q.required ? q.prompt : `${q.prompt} (optional)`;
  if (q.kind === "scale")
    return (
      <Scale
        name={`weekly-${q.id}`}
        legend={legend}
        min={q.min}
        max={q.max}
        value={typeof value === "number" ? value : undefined}
        onChange={onChange}
        lowLabel={q.minLabel}
        highLabel={q.maxLabel}
      />
    );
  if (q.kind === "choice")
    return (
      <fieldset className="weekly-choice">
        <legend>{legend}</legend>
        {q.options.map((o) => (
          <label key={o} className={value === o ? "is-on" : ""}>
            <input type="radio" name={`weekly-${q.id}`} checked={value === o} onChange={() => onChange(o)} /> {o}
          </label>
        ))}
      </fieldset>
    );
  return (
    <label className="weekly-note">
      {legend}
      <textarea
        value={typeof value === "string" ? value : ""}
        maxLength={q.maxLength}
        rows={3}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/** Whether every required question has an answer (text counts once it has non-blank characters). */
export function isComplete(questions: readonly Question[], responses: Record<string, ResponseValue>): boolean {
  return questions.every((q) => {
    if (!q.required) return true;
    const v = responses[q.id];
    return typeof v === "number" || (typeof v === "string" && v.trim().length > 0);
  });
}
