import { type FormEvent, useState } from "react";
import { Button, Field, FormErrors } from "../../ui/index.ts";
import { type Unit, useUnits } from "../../units/index.ts";
import { localToday } from "./local-date.ts";
import { useLogMeasurement } from "./mutations.ts";

/** One number and a unit, one big button: the morning weigh-in takes a single tap after typing. */
export function WeightForm() {
  const { unit: preferred } = useUnits();
  const [unit, setUnit] = useState<Unit>(preferred);
  const [value, setValue] = useState("");
  const log = useLogMeasurement();
  const n = Number(value.replace(",", "."));
  const valid = value.trim() !== "" && Number.isFinite(n) && n > 0;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!valid) return;
    log.mutate({ date: localToday(), weight: { value: n, unit } }, { onSuccess: () => setValue("") });
  }

  return (
    <form onSubmit={onSubmit} aria-label="Log body weight" className="weight-form">
      <FormErrors errors={log.error?.fields ?? []}>
        <div className="weight-row">
          <Field label="Body weight today" name="weight.value">
            <input
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              placeholder={unit === "kg" ? "e.g. 72.4" : "e.g. 160"}
            />
          </Field>
          <fieldset className="seg" aria-label="Unit">
            {(["kg", "lb"] as const).map((u) => (
              <label key={u} className={u === unit ? "seg-on" : undefined}>
                <input type="radio" name="weight-unit" value={u} checked={u === unit} onChange={() => setUnit(u)} />
                {u}
              </label>
            ))}
          </fieldset>
        </div>
      </FormErrors>
      {log.error && log.error.fields.length === 0 ? (
        <p className="notice notice-red" role="alert">
          {log.error.message}
        </p>
      ) : null}
      <Button type="submit" variant="primary" size="lg" busy={log.isPending} disabled={!valid} className="btn-block">
        Log weight
      </Button>
      {log.isSuccess ? (
        <p className="small" role="status">
          Logged {log.variables?.weight?.value} {log.variables?.weight?.unit}.
        </p>
      ) : null}
    </form>
  );
}
