import type { IntakeRequest } from "@spotter/contracts";
import { type FormEvent, useState } from "react";
import { Button, Field, FormErrors } from "../../ui/index.ts";
import { localToday } from "./local-date.ts";
import { useLogIntake } from "./mutations.ts";

const FIELDS = [
  { key: "kcal", label: "Energy (kcal)" },
  { key: "proteinG", label: "Protein (g)" },
  { key: "carbsG", label: "Carbs (g)" },
  { key: "fatG", label: "Fat (g)" },
  { key: "fibreG", label: "Fibre (g, optional)" },
] as const;
type Key = (typeof FIELDS)[number]["key"];

const num = (s: string) => Number(s.replace(",", "."));

/** Today's totals from whatever app or label the client uses; sending again replaces the day. */
export function IntakeForm() {
  const [v, setV] = useState<Record<Key, string>>({ kcal: "", proteinG: "", carbsG: "", fatG: "", fibreG: "" });
  const log = useLogIntake();
  const required: Key[] = ["kcal", "proteinG", "carbsG", "fatG"];
  const complete = required.every((k) => v[k].trim() !== "" && Number.isFinite(num(v[k])));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!complete) return;
    const body: IntakeRequest = {
      date: localToday(),
      kcal: num(v.kcal),
      proteinG: num(v.proteinG),
      carbsG: num(v.carbsG),
      fatG: num(v.fatG),
      ...(v.fibreG.trim() !== "" ? { fibreG: num(v.fibreG) } : {}),
    };
    log.mutate(body);
  }

  return (
    <form onSubmit={onSubmit} aria-label="Log today's intake">
      <FormErrors errors={log.error?.fields ?? []}>
        <div className="grid-2">
          {FIELDS.map((f) => (
            <Field key={f.key} label={f.label} name={f.key}>
              <input
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={v[f.key]}
                onChange={(e) => setV((old) => ({ ...old, [f.key]: e.target.value }))}
              />
            </Field>
          ))}
        </div>
      </FormErrors>
      {log.error && log.error.fields.length === 0 ? (
        <p className="notice notice-red" role="alert">
          {log.error.message}
        </p>
      ) : null}
      <Button type="submit" busy={log.isPending} disabled={!complete} className="btn-block">
        Save today's totals
      </Button>
      {log.isSuccess ? (
        <p className="small" role="status">
          Saved today's totals.
        </p>
      ) : null}
    </form>
  );
}
