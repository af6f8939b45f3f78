import type { MealPlanView } from "@spotter/contracts";
import { Button } from "../ui/index.ts";

const kg = (g: number) => (g >= 1000 ? `${(g / 1000).toFixed(1)} kg` : `${g} g`);

/** The week's shopping, grouped by aisle; "Print" prints only this list (meal-plan.css @media print). */
export function ShoppingList({ plan }: { plan: MealPlanView }) {
  const list = plan.shoppingList;
  return (
    <section className="shopping-list" aria-label="Shopping list">
      <div className="meal-head">
        <h3>Shopping list · week of {plan.weekStart}</h3>
        <Button size="sm" variant="ghost" className="no-print" onClick={() => window.print()}>
          Print
        </Button>
      </div>
      <div className="shopping-aisles">
        {list.aisles.map((a) => (
          <div key={a.aisle} className="shopping-aisle">
            <h4>{a.label}</h4>
            <ul>
              {a.items.map((i) => (
                <li key={i.foodId}>
                  <span className="tick" aria-hidden="true" />
                  {i.name} — {kg(i.grams)}{" "}
                  <span className="muted small">
                    (≈ {i.portions} × {i.portionLabel})
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p className="small muted">Estimated cost {(list.totalCents / 100).toFixed(2)} (rough prices per 100 g).</p>
    </section>
  );
}
