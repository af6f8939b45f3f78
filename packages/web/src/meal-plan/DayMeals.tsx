import type { MealPlanView } from "@spotter/contracts";
import { Button } from "../ui/index.ts";

type Day = MealPlanView["days"][number];
const MEAL_LABEL: Record<string, string> = { breakfast: "Breakfast", lunch: "Lunch", dinner: "Dinner", snack: "Snack" };
const fmtDay = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(undefined, { weekday: "short", day: "numeric", timeZone: "UTC" });

/** One day's meals with amounts, the day's totals against its targets, and a swap per meal and food. */
export function DayMeals({
  day,
  onSwap,
  swapping,
}: {
  day: Day;
  onSwap: (vars: { date: string; slot: string; foodId?: string }) => void;
  swapping: string | null;
}) {
  const t = day.totals;
  const g = day.target;
  return (
    <div className="meal-day">
      <p className="small meal-day-totals">
        {fmtDay(day.date)}: {Math.round(t.kcal)} / {Math.round(g.kcal)} kcal · protein {Math.round(t.proteinG)} /{" "}
        {Math.round(g.proteinG)} g · carbs {Math.round(t.carbsG)} / {Math.round(g.carbsG)} g · fat {Math.round(t.fatG)}{" "}
        / {Math.round(g.fatG)} g
      </p>
      {day.meals.map((m) => (
        <section key={m.slot} className="meal" aria-label={`${MEAL_LABEL[m.kind]} ${fmtDay(day.date)}`}>
          <div className="meal-head">
            <h4>
              {MEAL_LABEL[m.kind]} <span className="muted small">{m.kcal} kcal</span>
            </h4>
            <Button
              size="sm"
              variant="ghost"
              busy={swapping === `${day.date}.${m.slot}`}
              onClick={() => onSwap({ date: day.date, slot: m.slot })}
              aria-label={`Swap ${MEAL_LABEL[m.kind]?.toLowerCase()} on ${fmtDay(day.date)}`}
            >
              Swap
            </Button>
          </div>
          <ul className="meal-items">
            {m.items.map((i) => (
              <li key={i.foodId}>
                <span>
                  <strong>{i.grams} g</strong> {i.name}{" "}
                  <span className="muted small">
                    ({i.portions} × {i.portionLabel})
                  </span>
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => onSwap({ date: day.date, slot: m.slot, foodId: i.foodId })}
                  aria-label={`Swap ${i.name}`}
                >
                  Swap
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
