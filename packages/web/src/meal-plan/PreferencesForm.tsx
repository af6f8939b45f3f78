import type { NutritionPreferencesView } from "@spotter/contracts";
import { ALLERGENS, DIET_TAGS } from "@spotter/engine";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "../ui/index.ts";
import { foodsQuery, useSavePreferences } from "./api.ts";

const label = (s: string) => s.replace("_", " ").replace(/^./, (c) => c.toUpperCase());

/** Allergies and dislikes (never planned), diets, meals per day and a weekly budget. */
export function PreferencesForm({ base, current }: { base: string; current: NutritionPreferencesView }) {
  const [prefs, setPrefs] = useState(current);
  const [pick, setPick] = useState("");
  const foods = useQuery(foodsQuery);
  const save = useSavePreferences(base);
  const byKey = new Map((foods.data?.items ?? []).map((f) => [f.key, f.name]));
  const byName = new Map((foods.data?.items ?? []).map((f) => [f.name.toLowerCase(), f.key]));
  const toggle = <K extends "allergies" | "diets">(k: K, v: NutritionPreferencesView[K][number]) =>
    setPrefs((p) => ({
      ...p,
      [k]: (p[k] as string[]).includes(v) ? (p[k] as string[]).filter((x) => x !== v) : [...p[k], v],
    }));
  const addDislike = () => {
    const key = byName.get(pick.trim().toLowerCase());
    if (key && !prefs.dislikes.includes(key)) setPrefs((p) => ({ ...p, dislikes: [...p.dislikes, key] }));
    setPick("");
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(prefs);
      }}
    >
      <fieldset>
        <legend>Allergies (never planned)</legend>
        <div className="pref-grid">
          {ALLERGENS.map((a) => (
            <label key={a}>
              <input type="checkbox" checked={prefs.allergies.includes(a)} onChange={() => toggle("allergies", a)} />{" "}
              {label(a)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Diet</legend>
        <div className="pref-grid">
          {DIET_TAGS.map((d) => (
            <label key={d}>
              <input type="checkbox" checked={prefs.diets.includes(d)} onChange={() => toggle("diets", d)} /> {label(d)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Dislikes (never planned)</legend>
        <ul className="chips">
          {prefs.dislikes.map((k) => (
            <li key={k}>
              <Button
                size="sm"
                variant="ghost"
                type="button"
                aria-label={`Remove ${byKey.get(k) ?? k}`}
                onClick={() => setPrefs((p) => ({ ...p, dislikes: p.dislikes.filter((x) => x !== k) }))}
              >
                {byKey.get(k) ?? k} ×
              </Button>
            </li>
          ))}
        </ul>
        <label>
          Add a food <input list="food-names" value={pick} onChange={(e) => setPick(e.target.value)} />
        </label>
        <datalist id="food-names">
          {(foods.data?.items ?? []).map((f) => (
            <option key={f.key} value={f.name} />
          ))}
        </datalist>{" "}
        <Button size="sm" variant="secondary" type="button" onClick={addDislike}>
          Add dislike
        </Button>
      </fieldset>
      <div className="pref-grid">
        <label>
          Meals per day{" "}
          <select
            value={prefs.mealsPerDay}
            onChange={(e) => setPrefs((p) => ({ ...p, mealsPerDay: Number(e.target.value) }))}
          >
            {[2, 3, 4, 5, 6].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label>
          Weekly budget{" "}
          <input
            type="number"
            min={0}
            step={1}
            inputMode="decimal"
            value={prefs.weeklyBudgetCents === null ? "" : prefs.weeklyBudgetCents / 100}
            onChange={(e) =>
              setPrefs((p) => ({
                ...p,
                weeklyBudgetCents: e.target.value === "" ? null : Math.round(Number(e.target.value) * 100),
              }))
            }
          />
        </label>
      </div>
      {save.error ? (
        <p className="notice notice-red" role="alert">
          {save.error.message}
        </p>
      ) : null}
      <Button type="submit" size="sm" busy={save.isPending}>
        Save preferences
      </Button>{" "}
      {save.isSuccess ? (
        <span role="status" className="small">
          Saved.
        </span>
      ) : null}
    </form>
  );
}
