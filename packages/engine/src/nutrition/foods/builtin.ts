/**
 * The built-in food table every organization starts from (seeded per organization, then extended
 * by its coaches). Parsed once from the data files; ids are stable slugs of the names.
 */
import { OTHER_FOODS } from "./data-other.ts";
import { PLANT_FOODS } from "./data-plant.ts";
import { PROTEIN_FOODS } from "./data-protein.ts";
import {
  ALLERGENS,
  type Allergen,
  CATEGORY_AISLE,
  type DietTag,
  FOOD_CATEGORIES,
  type Food,
  type FoodCategory,
} from "./vocabulary.ts";

const ANIMAL_FLESH: ReadonlySet<FoodCategory> = new Set(["meat", "poultry", "fish", "seafood"]);
const ANIMAL_PRODUCT: ReadonlySet<FoodCategory> = new Set(["egg", "dairy", "cheese"]);

/**
 * Diet compatibility from category, allergens and flags. Ingredient rules only: halal excludes pork
 * and alcohol (meat must still be bought halal-slaughtered); kosher excludes pork, shellfish and
 * fish without fins and scales; honey is flagged not vegan (meat must be bought kosher; meat-with-dairy is a meal rule not
 * applied here); lactose-free means no milk, or a product made lactose-free.
 */
export function dietTagsOf(
  category: FoodCategory,
  allergens: readonly Allergen[],
  flags: readonly string[],
): DietTag[] {
  const flesh = ANIMAL_FLESH.has(category) || flags.includes("meat") || allergens.includes("fish");
  const shellfish = allergens.includes("crustaceans") || allergens.includes("molluscs");
  const animal = flesh || ANIMAL_PRODUCT.has(category) || allergens.includes("milk") || allergens.includes("eggs");
  const pork = flags.includes("pork");
  const alcohol = flags.includes("alcohol");
  const tags: DietTag[] = [];
  if (!flesh && !shellfish) tags.push("vegetarian");
  if (!animal && !shellfish && !flags.includes("not_vegan")) tags.push("vegan");
  if (!pork && !alcohol) tags.push("halal");
  if (!pork && !alcohol && !shellfish && !flags.includes("not_kosher")) tags.push("kosher");
  if (!allergens.includes("gluten")) tags.push("gluten_free");
  if (!allergens.includes("milk") || flags.includes("lactose_free")) tags.push("lactose_free");
  return tags;
}

export const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function parse(table: string): Food[] {
  let category: FoodCategory | null = null;
  const out: Food[] = [];
  for (const raw of table.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith("#")) {
      const c = line.slice(1) as FoodCategory;
      if (!FOOD_CATEGORIES.includes(c)) throw new Error(`food table: unknown category ${c}`);
      category = c;
      continue;
    }
    const cols = line.split("|");
    if (cols.length !== 11 || !category) throw new Error(`food table: bad row ${line}`);
    const [name, kcal, p, c, f, fib, portion, label, price, allergenCol, flagCol] = cols as [string, ...string[]];
    const allergens = allergenCol!.split(",").filter(Boolean) as Allergen[];
    for (const a of allergens) if (!ALLERGENS.includes(a)) throw new Error(`food table: unknown allergen ${a}`);
    const flags = flagCol!.split(",").filter(Boolean);
    const aisle = flags.includes("frozen") ? "frozen" : CATEGORY_AISLE[category];
    const tags = dietTagsOf(category, allergens, flags);
    out.push({
      id: slug(name),
      name,
      category,
      aisle,
      per100g: { kcal: +kcal!, proteinG: +p!, carbsG: +c!, fatG: +f!, fibreG: +fib! },
      portionG: +portion!,
      portionLabel: label!,
      priceCentsPer100g: +price!,
      allergens,
      dietTags: tags,
    });
  }
  return out;
}

/** The built-in foods (≈ 300), in table order. */
export const BUILTIN_FOODS: readonly Food[] = [...parse(PROTEIN_FOODS), ...parse(PLANT_FOODS), ...parse(OTHER_FOODS)];
