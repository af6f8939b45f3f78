import { BODY_REGIONS, JOINT_STRESS_TAGS } from "@spotter/engine";
import { Button, Field } from "../../ui/index.ts";
import { label } from "../labels.ts";
import type { InjuryDraft } from "./intake-state.ts";
import { type SectionProps, toggle } from "./section-props.ts";

export function InjuriesSection({ s, set }: SectionProps) {
  const update = (i: number, patch: Partial<InjuryDraft>) =>
    set({ injuries: s.injuries.map((inj, j) => (j === i ? { ...inj, ...patch } : inj)) });
  const add = () =>
    set({
      injuries: [
        ...s.injuries,
        { region: "knee", side: "", severity: "3", status: "active", since: "", aggravatingMovements: [], notes: "" },
      ],
    });
  return (
    <fieldset>
      <legend>Injuries and pain history</legend>
      {s.injuries.length === 0 ? <p className="muted">No injuries recorded.</p> : null}
      {s.injuries.map((inj, i) => {
        const p = `profile.injuries.${i}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <div key={i} className="subcard">
            <div className="grid-4">
              <Field label="Region" name={`${p}.region`}>
                <select
                  value={inj.region}
                  onChange={(e) => update(i, { region: e.target.value as InjuryDraft["region"] })}
                >
                  {BODY_REGIONS.map((r) => (
                    <option key={r} value={r}>
                      {label(r)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Side" name={`${p}.side`}>
                <select value={inj.side} onChange={(e) => update(i, { side: e.target.value as InjuryDraft["side"] })}>
                  <option value="">—</option>
                  <option value="left">Left</option>
                  <option value="right">Right</option>
                  <option value="both">Both</option>
                </select>
              </Field>
              <Field label="Severity (0–10)" name={`${p}.severity`}>
                <input
                  type="number"
                  min={0}
                  max={10}
                  value={inj.severity}
                  onChange={(e) => update(i, { severity: e.target.value })}
                />
              </Field>
              <Field label="Status" name={`${p}.status`}>
                <select
                  value={inj.status}
                  onChange={(e) => update(i, { status: e.target.value as InjuryDraft["status"] })}
                >
                  <option value="active">Active</option>
                  <option value="resolved">Resolved</option>
                </select>
              </Field>
            </div>
            <details>
              <summary>Aggravating movements ({inj.aggravatingMovements.length || "judge by region"})</summary>
              <div className="check-grid">
                {JOINT_STRESS_TAGS.map((t) => (
                  <label key={t} className="check">
                    <input
                      type="checkbox"
                      checked={inj.aggravatingMovements.includes(t)}
                      onChange={(e) =>
                        update(i, { aggravatingMovements: toggle(inj.aggravatingMovements, t, e.target.checked) })
                      }
                    />
                    {label(t)}
                  </label>
                ))}
              </div>
            </details>
            <div className="grid-2">
              <Field label="Since" name={`${p}.since`}>
                <input type="date" value={inj.since} onChange={(e) => update(i, { since: e.target.value })} />
              </Field>
              <Field label="Notes" name={`${p}.notes`}>
                <input type="text" value={inj.notes} onChange={(e) => update(i, { notes: e.target.value })} />
              </Field>
            </div>
            <Button size="sm" variant="ghost" onClick={() => set({ injuries: s.injuries.filter((_, j) => j !== i) })}>
              Remove injury {i + 1}
            </Button>
          </div>
        );
      })}
      <Button size="sm" onClick={add}>
        Add injury
      </Button>
    </fieldset>
  );
}
