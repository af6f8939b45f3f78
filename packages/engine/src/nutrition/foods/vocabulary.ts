/**
 * The food table's vocabularies. Allergens are the 14 groups of Regulation (EU) No 1169/2011,
 * Annex II (which also cover the US "big 9": milk, eggs, fish, crustacean shellfish, tree nuts,
 * peanuts, wheat, soybeans, sesame — FALCPA 2004 and the FASTER Act 2021).
 */
export const ALLERGENS = [
  "gluten",
  "crustaceans",
  "eggs",
  "fish",
  "peanuts",
  "soy",
  "milk",
  "tree_nuts",
  "celery",
  "mustard",
  "sesame",
  "sulphites",
  "lupin",
  "molluscs",
] as const;
export type Allergen = (typeof ALLERGENS)[number];

/** Diets a food is compatible with (ingredients only: certification and kitchen practice are the client's). */
export const DIET_TAGS = ["vegetarian", "vegan", "halal", "kosher", "gluten_free", "lactose_free"] as const;
export type DietTag = (typeof DIET_TAGS)[number];

export const FOOD_CATEGORIES = [
  "meat",
  "poultry",
  "fish",
  "seafood",
  "egg",
  "dairy",
  "cheese",
  "plant_protein",
  "legume",
  "grain",
  "pasta",
  "bread",
  "cereal",
  "starchy_veg",
  "vegetable",
  "fruit",
  "nut_seed",
  "fat_oil",
  "snack",
  "condiment",
  "beverage",
] as const;
export type FoodCategory = (typeof FOOD_CATEGORIES)[number];

export const AISLES = [
  "produce",
  "meat_poultry",
  "fish_seafood",
  "dairy_eggs",
  "bakery",
  "grains_pasta",
  "canned_dried",
  "breakfast",
  "nuts_snacks",
  "oils_condiments",
  "frozen",
  "drinks",
  "other",
] as const;
export type Aisle = (typeof AISLES)[number];

export const AISLE_LABELS: Record<Aisle, string> = {
  produce: "Fruit & vegetables",
  meat_poultry: "Meat & poultry",
  fish_seafood: "Fish & seafood",
  dairy_eggs: "Dairy, eggs & chilled",
  bakery: "Bakery",
  grains_pasta: "Rice, grains & pasta",
  canned_dried: "Canned & dried",
  breakfast: "Breakfast & cereal",
  nuts_snacks: "Nuts, seeds & snacks",
  oils_condiments: "Oils, sauces & condiments",
  frozen: "Frozen",
  drinks: "Drinks",
  other: "Other",
};

export const CATEGORY_AISLE: Record<FoodCategory, Aisle> = {
  meat: "meat_poultry",
  poultry: "meat_poultry",
  fish: "fish_seafood",
  seafood: "fish_seafood",
  egg: "dairy_eggs",
  dairy: "dairy_eggs",
  cheese: "dairy_eggs",
  plant_protein: "dairy_eggs",
  legume: "canned_dried",
  grain: "grains_pasta",
  pasta: "grains_pasta",
  bread: "bakery",
  cereal: "breakfast",
  starchy_veg: "produce",
  vegetable: "produce",
  fruit: "produce",
  nut_seed: "nuts_snacks",
  fat_oil: "oils_condiments",
  snack: "nuts_snacks",
  condiment: "oils_condiments",
  beverage: "drinks",
};

export const MEALS = ["breakfast", "lunch", "dinner", "snack"] as const;
export type MealKind = (typeof MEALS)[number];

/** A food as the planner sees it: composition per 100 g, portion, price, allergens and diet tags. */
export type Food = {
  id: string;
  name: string;
  category: FoodCategory;
  aisle: Aisle;
  per100g: { kcal: number; proteinG: number; carbsG: number; fatG: number; fibreG: number };
  portionG: number;
  portionLabel: string;
  /** Rough price per 100 g in the organization's currency minor unit (cents); null when unknown. */
  priceCentsPer100g: number | null;
  allergens: Allergen[];
  dietTags: DietTag[];
};
