import { useId } from "react";

type Props = {
  legend: string;
  min: number;
  max: number;
  value: number | undefined;
  onChange: (v: number) => void;
  lowLabel: string;
  highLabel: string;
  name: string;
};

/** A row of big radio buttons (thumb-sized) for 1-7 or 0-10 ratings. */
export function Scale({ legend, min, max, value, onChange, lowLabel, highLabel, name }: Props) {
  const id = useId();
  const opts = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset
      className={`scale${opts.length > 7 ? " scale-10" : ""}`}
      style={{ gridTemplateColumns: `repeat(${Math.min(opts.length, 11)}, minmax(0, 1fr))` }}
    >
      <legend>{legend}</legend>
      {opts.map((o) => (
        <label key={o} className={value === o ? "is-on" : ""}>
          <input type="radio" name={`${name}-${id}`} value={o} checked={value === o} onChange={() => onChange(o)} />
          {o}
        </label>
      ))}
      <div className="scale-ends" aria-hidden="true">
        <span>{lowLabel}</span>
        <span>{highLabel}</span>
      </div>
    </fieldset>
  );
}
