/** The exercise catalog: built-in data plus pure lookup, availability and validation helpers. */
export { equipmentAtLevel, isAvailable, minimumLevel } from "./availability.ts";
export { BUILTIN_EXERCISES } from "./builtin.ts";
export { type Catalog, createCatalog } from "./catalog.ts";
export { withInverseLinks } from "./links.ts";
export { loadLabel, loadPer, SINGLE_IMPLEMENT } from "./load-per.ts";
export { VARIANT_RELATIONS, type VariantRelation } from "./relation-data.ts";
export {
  MAX_RELATION_HOPS,
  relatedLifts,
  relationOf,
  STALE_DAYS,
  STALE_FACTOR,
  type StartingStrength,
  type StartingStrengthInput,
  startingStrength,
  TRANSFER_SAFETY,
} from "./relations.ts";
export { EXERCISE_TAGS, type ExerciseTag } from "./tags.ts";
export { type CatalogProblem, type CatalogProblemCode, type ValidateOptions, validateCatalog } from "./validate.ts";
