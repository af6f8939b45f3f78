import { GOALS } from "@spotter/engine";
import { Field } from "../../ui/index.ts";
import { label } from "../labels.ts";
import { type SectionProps, toggle } from "./section-props.ts";

export function BasicsSection({ s, set, unit }: SectionProps) {
  return (
    <fieldset>
      <legend>Client and goals</legend>
      <div className="grid-2">
        <Field label="Full name" name="name">
          <input type="text" autoComplete="off" value={s.name} onChange={(e) => set({ name: e.target.value })} />
        </Field>
        <Field label="Email (for their invitation)" name="email">
          <input type="email" autoComplete="off" value={s.email} onChange={(e) => set({ email: e.target.value })} />
        </Field>
      </div>
      <div className="grid-2">
        <Field label="Primary goal" name="profile.goals.primary">
          <select
            value={s.primaryGoal}
            onChange={(e) => set({ primaryGoal: e.target.value as SectionProps["s"]["primaryGoal"] })}
          >
            {GOALS.map((g) => (
              <option key={g} value={g}>
                {label(g)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Event date (optional)" name="profile.eventDate" hint="A competition or event to peak for.">
          <input type="date" value={s.eventDate} onChange={(e) => set({ eventDate: e.target.value })} />
        </Field>
      </div>
      <fieldset className="plain">
        <legend className="label">Secondary goals</legend>
        <div className="check-grid">
          {GOALS.filter((g) => g !== s.primaryGoal).map((g) => (
            <label key={g} className="check">
              <input
                type="checkbox"
                checked={s.secondaryGoals.includes(g)}
                onChange={(e) => set({ secondaryGoals: toggle(s.secondaryGoals, g, e.target.checked) })}
              />
              {label(g)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid-4">
        <Field label="Training age (years)" name="profile.trainingAgeMonths" hint="Consistent structured training.">
          <input
            type="number"
            min={0}
            max={80}
            step={0.5}
            inputMode="decimal"
            value={s.trainingAgeYears}
            onChange={(e) => set({ trainingAgeYears: e.target.value })}
          />
        </Field>
        <Field label="Birth year" name="profile.birthYear">
          <input
            type="number"
            min={1900}
            max={2100}
            value={s.birthYear}
            onChange={(e) => set({ birthYear: e.target.value })}
          />
        </Field>
        <Field label="Sex" name="profile.sex">
          <select value={s.sex} onChange={(e) => set({ sex: e.target.value as SectionProps["s"]["sex"] })}>
            <option value="">Prefer not to say</option>
            <option value="female">Female</option>
            <option value="male">Male</option>
            <option value="other">Other</option>
          </select>
        </Field>
        <Field label="Client's units" name="profile.units" hint="What the client sees by default.">
          <select value={s.units} onChange={(e) => set({ units: e.target.value === "lb" ? "lb" : "kg" })}>
            <option value="kg">kg</option>
            <option value="lb">lb</option>
          </select>
        </Field>
      </div>
      <div className="grid-4">
        <Field label={`Body mass (${unit})`} name="profile.bodyMassKg">
          <input
            type="number"
            min={0}
            step={0.1}
            inputMode="decimal"
            value={s.bodyMass}
            onChange={(e) => set({ bodyMass: e.target.value })}
          />
        </Field>
        <Field label="Height (cm)" name="profile.heightCm">
          <input
            type="number"
            min={90}
            max={250}
            value={s.heightCm}
            onChange={(e) => set({ heightCm: e.target.value })}
          />
        </Field>
      </div>
    </fieldset>
  );
}
