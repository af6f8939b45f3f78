import { Field } from "../../ui/index.ts";
import type { SectionProps } from "./section-props.ts";

const MEDICATION_KINDS: [string, string][] = [
  ["beta_blocker", "Beta blocker"],
  ["rate_limiting_calcium_channel_blocker", "Rate-limiting calcium-channel blocker"],
  ["antiarrhythmic", "Antiarrhythmic"],
  ["stimulant", "Stimulant (e.g. ADHD medication)"],
  ["thyroid_hormone", "Thyroid hormone"],
  ["other_hr_altering", "Other heart-rate-altering drug"],
  ["other", "Other (does not alter heart rate)"],
];

/**
 * Pregnancy/postpartum and medication changes: first-class facts the screening gate reads. A
 * pregnancy waits for an obstetric care provider's clearance; under 12 weeks postpartum no vigorous
 * or impact work before a postnatal check; a recent medication change waits for the coach's review,
 * and an HR-altering one puts a caveat on heart-rate readiness.
 */
export function HealthSection({ s, set }: SectionProps) {
  const m = s.newMedication;
  const setMed = (p: Partial<typeof m>) => set({ newMedication: { ...m, ...p } });
  return (
    <fieldset>
      <legend>Pregnancy and medication</legend>
      <Field label="Pregnancy" name="profile.pregnancy.status">
        <select
          value={s.pregnancyStatus}
          onChange={(e) => set({ pregnancyStatus: e.target.value as typeof s.pregnancyStatus })}
        >
          <option value="">Neither</option>
          <option value="pregnant">Pregnant</option>
          <option value="postpartum">Postpartum</option>
        </select>
      </Field>
      {s.pregnancyStatus ? (
        <Field
          label={s.pregnancyStatus === "pregnant" ? "Due date (optional)" : "Delivery date"}
          name={s.pregnancyStatus === "pregnant" ? "profile.pregnancy.dueDate" : "profile.pregnancy.deliveryDate"}
        >
          <input type="date" value={s.pregnancyDate} onChange={(e) => set({ pregnancyDate: e.target.value })} />
        </Field>
      ) : null}
      {s.pregnancyStatus === "postpartum" ? (
        <label className="check">
          <input type="checkbox" checked={s.caesarean} onChange={(e) => set({ caesarean: e.target.checked })} />{" "}
          Caesarean delivery
        </label>
      ) : null}
      {s.medicationChanges.length ? (
        <ul className="list">
          {s.medicationChanges.map((c) => (
            <li key={`${c.kind}-${c.change}-${c.date}`}>
              {c.name ?? c.kind.replaceAll("_", " ")}: {c.change.replaceAll("_", " ")} on {c.date}
            </li>
          ))}
        </ul>
      ) : null}
      <Field label="Medication change (optional)" name="profile.medicationChanges">
        <select value={m.kind} onChange={(e) => setMed({ kind: e.target.value })}>
          <option value="">None to add</option>
          {MEDICATION_KINDS.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {m.kind ? (
        <>
          <Field label="What changed" name="profile.medicationChanges.change">
            <select value={m.change} onChange={(e) => setMed({ change: e.target.value })}>
              <option value="started">Started</option>
              <option value="stopped">Stopped</option>
              <option value="dose_changed">Dose changed</option>
            </select>
          </Field>
          <Field label="Date of the change" name="profile.medicationChanges.date">
            <input type="date" value={m.date} onChange={(e) => setMed({ date: e.target.value })} />
          </Field>
          <Field label="Medication name (optional)" name="profile.medicationChanges.name">
            <input type="text" value={m.name} onChange={(e) => setMed({ name: e.target.value })} />
          </Field>
        </>
      ) : null}
    </fieldset>
  );
}
