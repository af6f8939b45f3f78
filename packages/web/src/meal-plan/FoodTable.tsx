import type { FoodRequest, FoodView } from "@spotter/contracts";
import { ALLERGENS, FOOD_CATEGORIES } from "@spotter/engine";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { post } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { Button, type Column, Table } from "../ui/index.ts";
import { foodsQuery } from "./api.ts";

const COLUMNS: Column<FoodView>[] = [
  { key: "name", header: "Food (per 100 g)", cell: (f) => f.name },
  { key: "kcal", header: "kcal", cell: (f) => Math.round(f.kcal) },
  { key: "p", header: "P", cell: (f) => f.proteinG },
  { key: "c", header: "C", cell: (f) => f.carbsG },
  { key: "f", header: "F", cell: (f) => f.fatG },
  { key: "allergens", header: "Allergens", cell: (f) => f.allergens.join(", ").replaceAll("_", " ") || "—" },
  { key: "diets", header: "Diets", cell: (f) => f.dietTags.join(", ").replaceAll("_", "-") },
  { key: "portion", header: "Portion", cell: (f) => `${f.portionG} g (${f.portionLabel})` },
];
const EMPTY = {
  name: "",
  category: "legume",
  kcal: "",
  proteinG: "",
  carbsG: "",
  fatG: "",
  fibreG: "0",
  portionG: "",
  portionLabel: "",
};

/** The organization's food table: search it, and add a food of the coach's own. */
export function FoodTable() {
  const foods = useQuery(foodsQuery);
  const [q, setQ] = useState("");
  const [form, setForm] = useState(EMPTY);
  const [allergens, setAllergens] = useState<string[]>([]);
  const add = useApiMutation<FoodView, FoodRequest>({
    request: (body) => post("/api/foods", body),
    invalidates: () => [["foods"]],
  });
  const rows = (foods.data?.items ?? []).filter((f) => f.name.toLowerCase().includes(q.toLowerCase())).slice(0, 40);
  const field = (k: keyof typeof EMPTY, label: string, type = "number") => (
    <label>
      {label}{" "}
      <input
        type={type}
        step="any"
        required
        value={form[k]}
        onChange={(e) => setForm((f) => ({ ...f, [k]: e.target.value }))}
      />
    </label>
  );
  return (
    <div>
      <label>
        Search {foods.data ? `${foods.data.items.length} foods` : "foods"}{" "}
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      <Table caption="Food table" columns={COLUMNS} rows={rows} rowKey={(f) => f.id} />
      <form
        aria-label="Add a food"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate(
            {
              name: form.name,
              category: form.category as FoodRequest["category"],
              kcal: Number(form.kcal),
              proteinG: Number(form.proteinG),
              carbsG: Number(form.carbsG),
              fatG: Number(form.fatG),
              fibreG: Number(form.fibreG),
              portionG: Number(form.portionG),
              portionLabel: form.portionLabel,
              allergens: allergens as FoodRequest["allergens"],
              flags: [],
            },
            { onSuccess: () => setForm(EMPTY) },
          );
        }}
      >
        <h4>Add a food</h4>
        <div className="pref-grid">
          {field("name", "Name", "text")}
          <label>
            Category{" "}
            <select value={form.category} onChange={(e) => setForm((f) => ({ ...f, category: e.target.value }))}>
              {FOOD_CATEGORIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          {field("kcal", "kcal / 100 g")}
          {field("proteinG", "Protein g")}
          {field("carbsG", "Carbs g")}
          {field("fatG", "Fat g")}
          {field("fibreG", "Fibre g")}
          {field("portionG", "Portion g")}
          {field("portionLabel", "Portion label", "text")}
        </div>
        <fieldset>
          <legend>Allergens</legend>
          <div className="pref-grid">
            {ALLERGENS.map((a) => (
              <label key={a}>
                <input
                  type="checkbox"
                  checked={allergens.includes(a)}
                  onChange={() => setAllergens((xs) => (xs.includes(a) ? xs.filter((x) => x !== a) : [...xs, a]))}
                />{" "}
                {a.replace("_", " ")}
              </label>
            ))}
          </div>
        </fieldset>
        {add.error ? (
          <p className="notice notice-red" role="alert">
            {add.error.message}
          </p>
        ) : null}
        <Button type="submit" size="sm" busy={add.isPending}>
          Add food
        </Button>{" "}
        {add.isSuccess ? (
          <span role="status" className="small">
            Added {add.data.name}.
          </span>
        ) : null}
      </form>
    </div>
  );
}
