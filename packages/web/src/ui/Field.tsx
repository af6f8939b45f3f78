import { cloneElement, type ReactElement, type ReactNode, useId } from "react";
import { useFieldError } from "./form-errors.tsx";

type ControlProps = {
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

type Props = {
  label: ReactNode;
  /** Dotted field path, matched against server errors (`profile.goals.primary`). */
  name?: string;
  hint?: ReactNode;
  /** A client-side error; a server error for `name` wins when both exist. */
  error?: string;
  children: ReactElement<ControlProps>;
  className?: string;
};

/** Label + control + hint + error, wired with ids so screen readers announce them together. */
export function Field({ label, name, hint, error, children, className }: Props) {
  const id = useId();
  const serverError = useFieldError(name);
  const message = serverError ?? error;
  const hintId = hint ? `${id}-hint` : undefined;
  const errId = message ? `${id}-err` : undefined;
  const describedBy = [hintId, errId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${message ? " has-error" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, "aria-invalid": message ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {message ? (
        <p className="field-error" id={errId} data-field={name}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
