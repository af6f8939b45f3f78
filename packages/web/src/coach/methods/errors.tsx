import type { FieldError } from "@spotter/contracts";
import { createContext, type ReactNode, useContext } from "react";
import { FormErrors, normalizePath } from "../../ui/index.ts";

/**
 * The editor's errors: methodSchema's issues and the server's 4xx fields in one list (server first,
 * so its word wins). <Field name> reads the exact path through the design system's FormErrors; a
 * group (a slot's exercise list, a whole day) reads everything under its path from this context.
 */
const MethodErrorsContext = createContext<FieldError[]>([]);

export function MethodErrors({ errors, children }: { errors: FieldError[]; children: ReactNode }) {
  return (
    <MethodErrorsContext.Provider value={errors}>
      <FormErrors errors={errors}>{children}</FormErrors>
    </MethodErrorsContext.Provider>
  );
}

/** The first error at `path` or below it (`days.0.slots.1.exerciseIds.2` is under `…exerciseIds`). */
export function useErrorUnder(path: string): string | undefined {
  const errors = useContext(MethodErrorsContext);
  return errors.find((e) => {
    const p = normalizePath(e.path);
    return p === path || p.startsWith(`${path}.`);
  })?.message;
}

/** The first error under any of `paths` (e.g. a slot's doses for the blocks kept folded away). */
export function useErrorUnderAny(paths: readonly string[]): string | undefined {
  const errors = useContext(MethodErrorsContext);
  return errors.find((e) => {
    const p = normalizePath(e.path);
    return paths.some((path) => p === path || p.startsWith(`${path}.`));
  })?.message;
}
