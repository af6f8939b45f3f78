import { Field } from "../../ui/index.ts";
import { SCREENING_QUESTIONS, type ScreeningKey } from "./intake-state.ts";
import type { SectionProps } from "./section-props.ts";

/** PAR-Q+ style screen. Any "yes" asks for coach review before the first program. */
export function ScreeningSection({ s, set }: SectionProps) {
  const anyYes = Object.values(s.screening).some(Boolean);
  return (
    <fieldset>
      <legend>Health screen (PAR-Q+ style)</legend>
      <ul className="list">
        {(Object.keys(SCREENING_QUESTIONS) as ScreeningKey[]).map((k) => (
          <li key={k}>
            <label className="check">
              <input
                type="checkbox"
                checked={s.screening[k]}
                onChange={(e) => set({ screening: { ...s.screening, [k]: e.target.checked } })}
              />
              {SCREENING_QUESTIONS[k]}
            </label>
          </li>
        ))}
      </ul>
      {anyYes ? (
        <p className="notice notice-yellow" role="status">
          At least one answer is yes: review this client (and consider medical clearance) before their first program.
        </p>
      ) : null}
      <Field label="Conditions (optional)" name="profile.screening.conditions" hint="Comma-separated.">
        <input type="text" value={s.conditions} onChange={(e) => set({ conditions: e.target.value })} />
      </Field>
    </fieldset>
  );
}
