import { useUnits } from "./UnitsProvider.tsx";

/** A two-option radio group styled as a segmented control. */
export function UnitToggle() {
  const { unit, setUnit } = useUnits();
  return (
    <fieldset className="segmented" aria-label="Weight unit">
      <legend className="visually-hidden">Weight unit</legend>
      {(["kg", "lb"] as const).map((u) => (
        <label key={u} className={unit === u ? "is-on" : ""}>
          <input type="radio" name="unit" value={u} checked={unit === u} onChange={() => setUnit(u)} />
          {u}
        </label>
      ))}
    </fieldset>
  );
}
