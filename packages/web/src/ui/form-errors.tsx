import type { FieldError } from "@spotter/contracts";
import { createContext, type ReactNode, useContext } from "react";

/**
 * Field errors from a 400 response, shared with every <Field> in a form. The server names paths
 * like `body.profile.schedule.daysPerWeek`; fields name themselves `profile.schedule.daysPerWeek`.
 */
const FormErrorsContext = createContext<FieldError[]>([]);

export function FormErrors({ errors, children }: { errors: FieldError[]; children: ReactNode }) {
  return <FormErrorsContext.Provider value={errors}>{children}</FormErrorsContext.Provider>;
}

export function normalizePath(path: string): string {
  return path.replace(/^(body|query|params)\./, "").replace(/\[(\d+)\]/g, ".$1");
}

/** The first error message for `name`, or undefined. */
export function useFieldError(name: string | undefined): string | undefined {
  const errors = useContext(FormErrorsContext);
  if (!name) return undefined;
  return errors.find((e) => normalizePath(e.path) === name)?.message;
}

/** Errors that no visible field claims, so the form can list them at the top. */
export function unclaimedErrors(errors: FieldError[], claimed: readonly string[]): FieldError[] {
  return errors.filter((e) => !claimed.includes(normalizePath(e.path)));
}
