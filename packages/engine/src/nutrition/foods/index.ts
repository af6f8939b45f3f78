/** The food table: vocabularies (EU allergens, diets, aisles) and the built-in foods. */
export { BUILTIN_FOODS, dietTagsOf, slug } from "./builtin.ts";
export {
  AISLE_LABELS,
  AISLES,
  type Aisle,
  ALLERGENS,
  type Allergen,
  CATEGORY_AISLE,
  DIET_TAGS,
  type DietTag,
  FOOD_CATEGORIES,
  type Food,
  type FoodCategory,
  MEALS,
  type MealKind,
} from "./vocabulary.ts";
