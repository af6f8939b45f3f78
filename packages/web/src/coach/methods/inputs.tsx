import type { ReactNode } from "react";
import { Field } from "../../ui/index.ts";

/** "" → undefined, so clearing an optional number removes it from the method JSON. */
export const toNum = (s: string): number | undefined => (s.trim() === "" ? undefined : Number(s));

type NumProps = {
  label: ReactNode;
  /** The dotted path in the method, matched against client and server errors. */
  name: string;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  step?: number;
  min?: number;
  max?: number;
  hint?: ReactNode;
  className?: string;
};

/** A labelled number input whose error (from methodSchema or the server) shows right under it. */
export function NumField({ label, name, value, onChange, step = 1, min, max, hint, className }: NumProps) {
  return (
    <Field label={label} name={name} hint={hint} className={className}>
      <input
        type="number"
        inputMode="decimal"
        step={step}
        min={min}
        max={max}
        value={value === undefined || Number.isNaN(value) ? "" : value}
        onChange={(e) => onChange(toNum(e.target.value))}
      />
    </Field>
  );
}

type TextProps = { label: ReactNode; name: string; value: string; onChange: (v: string) => void; hint?: ReactNode };

export function TextField({ label, name, value, onChange, hint }: TextProps) {
  return (
    <Field label={label} name={name} hint={hint}>
      <input type="text" value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

type SelectProps<T extends string> = {
  label: ReactNode;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
};

export function SelectField<T extends string>({ label, name, value, options, onChange }: SelectProps<T>) {
  return (
    <Field label={label} name={name}>
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
