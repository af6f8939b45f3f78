import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button, ErrorState, Spinner } from "../ui/index.ts";
import { planQuery, preferencesQuery, type SwapVars, useGeneratePlan, useSwap } from "./api.ts";
import { DayMeals } from "./DayMeals.tsx";
import { FoodTable } from "./FoodTable.tsx";
import { PreferencesForm } from "./PreferencesForm.tsx";
import { ShoppingList } from "./ShoppingList.tsx";
import "./meal-plan.css";

/**
 * The week's meal plan: a day picker (today first shown), that day's meals with one-tap swaps, the
 * shopping list by aisle, and the preferences the plan respects. Coaches generate; both swap.
 */
export function MealPlanPanel({ base, canGenerate, today }: { base: string; canGenerate: boolean; today: string }) {
  const plan = useQuery(planQuery(base));
  const prefs = useQuery(preferencesQuery(base));
  const generate = useGeneratePlan(base);
  const swap = useSwap(base);
  const [swapping, setSwapping] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const p = plan.data?.plan ?? null;
  const day = p ? (p.days.find((d) => d.date === (picked ?? today)) ?? p.days[0]!) : null;
  const onSwap = (vars: SwapVars) => {
    setSwapping(`${vars.date}.${vars.slot}`);
    swap.mutate(vars, { onSettled: () => setSwapping(null) });
  };
  return (
    <div className="meal-plan">
      {canGenerate ? (
        <Button size="sm" busy={generate.isPending} onClick={() => generate.mutate()}>
          {p ? "Generate a new plan" : "Generate 7-day plan"}
        </Button>
      ) : null}
      {generate.error ? (
        <p className="notice notice-red" role="alert">
          {generate.error.message}
        </p>
      ) : null}
      {swap.error ? (
        <p className="notice notice-red" role="alert">
          {swap.error.message}
        </p>
      ) : null}
      {plan.error ? (
        <ErrorState error={plan.error} what="the meal plan" onRetry={() => void plan.refetch()} />
      ) : !plan.data ? (
        <Spinner label="Loading the meal plan…" />
      ) : !p || !day ? (
        <p className="muted">No meal plan for this week yet.</p>
      ) : (
        <>
          <fieldset className="day-tabs">
            <legend className="visually-hidden">Day</legend>
            {p.days.map((d) => (
              <Button
                key={d.date}
                size="sm"
                variant="ghost"
                aria-pressed={d.date === day.date}
                onClick={() => setPicked(d.date)}
              >
                {new Date(`${d.date}T12:00:00Z`).toLocaleDateString(undefined, { weekday: "short", timeZone: "UTC" })}
              </Button>
            ))}
          </fieldset>
          <DayMeals day={day} onSwap={onSwap} swapping={swapping} />
          <ShoppingList plan={p} />
          <details className="small">
            <summary>Why this plan</summary>
            <ul>
              {p.reasons.map((r) => (
                <li key={r.ruleId}>{r.message}</li>
              ))}
            </ul>
          </details>
        </>
      )}
      <details>
        <summary>Food preferences</summary>
        {prefs.data ? <PreferencesForm base={base} current={prefs.data} /> : <Spinner label="Loading preferences…" />}
      </details>
      {canGenerate ? (
        <details>
          <summary>Food table</summary>
          <FoodTable />
        </details>
      ) : null}
    </div>
  );
}
