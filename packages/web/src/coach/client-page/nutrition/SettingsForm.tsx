import type { NutritionSettings } from "@spotter/contracts";
import { NUTRITION_GOALS } from "@spotter/engine";
import { type FormEvent, useState } from "react";
import { Button, Field, FormErrors } from "../../../ui/index.ts";
import { label } from "../../labels.ts";
import { useSaveNutritionSettings } from "./mutations.ts";

type Goal = (typeof NUTRITION_GOALS)[number];

/** Goal and planned weekly rate (% body weight); saving supersedes the active setting. */
export function SettingsForm({ clientId, current }: { clientId: string; current: NutritionSettings | null }) {
  const [goal, setGoal] = useState<Goal>(current?.goal ?? "maintain");
  const [rate, setRate] = useState(current?.ratePctPerWeek != null ? String(current.ratePctPerWeek) : "");
  const save = useSaveNutritionSettings(clientId);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const r = rate.trim() === "" ? undefined : Number(rate);
    save.mutate({ goal, ...(goal !== "maintain" && r !== undefined ? { ratePctPerWeek: r } : {}) });
  }

  return (
    <form onSubmit={onSubmit} aria-label="Nutrition settings" className="nutrition-settings">
      <FormErrors errors={save.error?.fields ?? []}>
        <div className="grid-2">
          <Field label="Goal" name="goal">
            <select value={goal} onChange={(e) => setGoal(e.target.value as Goal)}>
              {NUTRITION_GOALS.map((g) => (
                <option key={g} value={g}>
                  {label(g)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Weekly rate (% body weight)" name="ratePctPerWeek" hint="0–1.5; ignored for maintain">
            <input
              type="number"
              inputMode="decimal"
              min={0}
              max={1.5}
              step={0.05}
              value={rate}
              disabled={goal === "maintain"}
              onChange={(e) => setRate(e.target.value)}
            />
          </Field>
        </div>
      </FormErrors>
      {save.error && save.error.fields.length === 0 ? (
        <p className="notice notice-red" role="alert">
          {save.error.message}
        </p>
      ) : null}
      <div className="btn-row">
        <Button type="submit" size="sm" busy={save.isPending}>
          Save settings
        </Button>
        {save.isSuccess ? <span className="small muted">Saved.</span> : null}
      </div>
    </form>
  );
}
