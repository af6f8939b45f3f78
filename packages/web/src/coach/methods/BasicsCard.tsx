import { GOALS, LEVELS, type Method } from "@spotter/engine";
import { Card, Field, useFieldError } from "../../ui/index.ts";
import { label } from "../labels.ts";
import { NumField, TextField } from "./inputs.tsx";

type Props = { method: Method; idHint: string; onChange: (patch: Partial<Method>) => void };

function Checks<T extends string>(props: {
  legend: string;
  name: string;
  all: readonly T[];
  value: T[];
  onChange: (v: T[]) => void;
}) {
  const error = useFieldError(props.name);
  return (
    <fieldset className={`checks${error ? " has-error" : ""}`}>
      <legend>{props.legend}</legend>
      {props.all.map((x) => (
        <label key={x} className="check">
          <input
            type="checkbox"
            checked={props.value.includes(x)}
            onChange={(e) =>
              props.onChange(e.target.checked ? [...props.value, x] : props.value.filter((y) => y !== x))
            }
          />{" "}
          {label(x)}
        </label>
      ))}
      {error ? (
        <p className="field-error" data-field={props.name}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Name, what it is for, why it works (its sources), who it suits, and its deload rule. */
export function BasicsCard({ method, idHint, onChange }: Props) {
  return (
    <Card title="About this method">
      <TextField label="Name" name="name" value={method.name} hint={idHint} onChange={(name) => onChange({ name })} />
      <Field label="Summary" name="summary" hint="One or two sentences a coach reads when choosing it.">
        <textarea rows={2} value={method.summary} onChange={(e) => onChange({ summary: e.target.value })} />
      </Field>
      <Field label="Basis" name="basis" hint="Why it works: the program or papers it follows.">
        <textarea rows={2} value={method.basis} onChange={(e) => onChange({ basis: e.target.value })} />
      </Field>
      <div className="grid-2">
        <Checks
          legend="Goals it serves"
          name="goals"
          all={GOALS}
          value={method.goals}
          onChange={(goals) => onChange({ goals })}
        />
        <Checks
          legend="Levels"
          name="levels"
          all={LEVELS}
          value={method.levels}
          onChange={(levels) => onChange({ levels })}
        />
      </div>
      <fieldset className="dose">
        <legend>Deload weeks</legend>
        <p className="field-hint">Volume is cut, intensity kept; a slot's own deload dose wins over this rule.</p>
        <div className="dose-grid">
          <NumField
            label="Sets kept (0.4-0.6)"
            name="deload.setsScale"
            value={method.deload.setsScale}
            step={0.05}
            onChange={(v) => onChange({ deload: { ...method.deload, setsScale: v as number } })}
          />
          <NumField
            label="Load kept (0.85-1)"
            name="deload.loadScale"
            value={method.deload.loadScale}
            step={0.01}
            onChange={(v) => onChange({ deload: { ...method.deload, loadScale: v as number } })}
          />
          <NumField
            label="RPE shift (-3 to 0)"
            name="deload.rpeShift"
            value={method.deload.rpeShift}
            step={0.5}
            onChange={(v) => onChange({ deload: { ...method.deload, rpeShift: v as number } })}
          />
        </div>
      </fieldset>
    </Card>
  );
}
