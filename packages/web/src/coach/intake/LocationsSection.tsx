import { EQUIPMENT, EQUIPMENT_LEVELS, type Equipment } from "@spotter/engine";
import { Button, Field, useFieldError } from "../../ui/index.ts";
import { label } from "../labels.ts";
import { type LocationDraft, locationId } from "./intake-state.ts";
import { type SectionProps, toggle } from "./section-props.ts";

const PRESETS: { name: string; equipment: Equipment[] }[] = [
  { name: "Full gym", equipment: [...EQUIPMENT_LEVELS.full_gym, "kettlebells", "box", "bands", "mat", "foam_roller"] },
  { name: "Home", equipment: ["dumbbells", "bands", "mat"] },
  { name: "Hotel", equipment: ["dumbbells", "bench", "treadmill", "mat"] },
];

export function LocationsSection({ s, set }: SectionProps) {
  const defaultError = useFieldError("profile.defaultLocationId");
  const listError = useFieldError("profile.locations");
  const update = (i: number, patch: Partial<LocationDraft>) =>
    set({ locations: s.locations.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  const add = (name: string, equipment: Equipment[] = []) => {
    const id = locationId(
      name,
      s.locations.map((l) => l.id),
    );
    set({ locations: [...s.locations, { id, name, equipment }] });
  };
  const remove = (i: number) => {
    const locations = s.locations.filter((_, j) => j !== i);
    const stillThere = locations.some((l) => l.id === s.defaultLocationId);
    set({ locations, defaultLocationId: stillThere ? s.defaultLocationId : (locations[0]?.id ?? "") });
  };
  return (
    <fieldset>
      <legend>Locations and equipment</legend>
      {listError ? <p className="field-error">{listError}</p> : null}
      {defaultError ? <p className="field-error">{defaultError}</p> : null}
      {s.locations.map((loc, i) => {
        const p = `profile.locations.${i}`;
        return (
          <div key={loc.id} className="subcard">
            <div className="row-between">
              <Field label="Location name" name={`${p}.name`}>
                <input type="text" value={loc.name} onChange={(e) => update(i, { name: e.target.value })} />
              </Field>
              <label className="check">
                <input
                  type="radio"
                  name="defaultLocation"
                  checked={s.defaultLocationId === loc.id}
                  onChange={() => set({ defaultLocationId: loc.id })}
                />
                Default location
              </label>
            </div>
            <fieldset className="plain">
              <legend className="label">Equipment at {loc.name || "this location"}</legend>
              <div className="check-grid">
                {EQUIPMENT.map((eq) => (
                  <label key={eq} className="check">
                    <input
                      type="checkbox"
                      checked={loc.equipment.includes(eq)}
                      onChange={(e) => update(i, { equipment: toggle(loc.equipment, eq, e.target.checked) })}
                    />
                    {label(eq)}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="btn-row">
              {PRESETS.map((pr) => (
                <Button key={pr.name} size="sm" variant="ghost" onClick={() => update(i, { equipment: pr.equipment })}>
                  Fill as {pr.name.toLowerCase()}
                </Button>
              ))}
              {s.locations.length > 1 ? (
                <Button size="sm" variant="ghost" onClick={() => remove(i)}>
                  Remove {loc.name || "location"}
                </Button>
              ) : null}
            </div>
          </div>
        );
      })}
      <div className="btn-row">
        <Button size="sm" onClick={() => add("Home", PRESETS[1]?.equipment)}>
          Add home
        </Button>
        <Button size="sm" onClick={() => add("Hotel", PRESETS[2]?.equipment)}>
          Add hotel
        </Button>
        <Button size="sm" onClick={() => add("Other")}>
          Add other location
        </Button>
      </div>
    </fieldset>
  );
}
