export { UnitsProvider, useUnits } from "./UnitsProvider.tsx";
export { UnitToggle } from "./UnitToggle.tsx";
export * from "./units.ts";
