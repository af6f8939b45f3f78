import { WEEKDAYS } from "@spotter/engine";
import { Field } from "../../ui/index.ts";
import { type SectionProps, toggle } from "./section-props.ts";

const DAY: Record<string, string> = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
};

export function ScheduleSection({ s, set }: SectionProps) {
  return (
    <fieldset>
      <legend>Schedule and preferences</legend>
      <div className="grid-3">
        <Field label="Sessions per week" name="profile.schedule.daysPerWeek">
          <input
            type="number"
            min={1}
            max={7}
            value={s.daysPerWeek}
            onChange={(e) => set({ daysPerWeek: e.target.value })}
          />
        </Field>
        <Field label="Session length (minutes)" name="profile.schedule.sessionMinutes">
          <input
            type="number"
            min={15}
            max={180}
            step={5}
            value={s.sessionMinutes}
            onChange={(e) => set({ sessionMinutes: e.target.value })}
          />
        </Field>
      </div>
      <fieldset className="plain">
        <legend className="label">Preferred days</legend>
        <div className="chips">
          {WEEKDAYS.map((d) => (
            <label key={d} className="check chip-check">
              <input
                type="checkbox"
                checked={s.preferredDays.includes(d)}
                onChange={(e) => set({ preferredDays: toggle(s.preferredDays, d, e.target.checked) })}
              />
              {DAY[d]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid-2">
        <Field label="Likes" name="profile.preferences.likes" hint="Comma-separated, e.g. kettlebells, rowing">
          <input type="text" value={s.likes} onChange={(e) => set({ likes: e.target.value })} />
        </Field>
        <Field label="Dislikes" name="profile.preferences.dislikes" hint="Comma-separated, e.g. burpees, running">
          <input type="text" value={s.dislikes} onChange={(e) => set({ dislikes: e.target.value })} />
        </Field>
      </div>
      <Field label="Notes" name="profile.preferences.notes">
        <textarea value={s.preferenceNotes} onChange={(e) => set({ preferenceNotes: e.target.value })} />
      </Field>
    </fieldset>
  );
}
