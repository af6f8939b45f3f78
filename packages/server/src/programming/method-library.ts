import {
  BUILTIN_METHODS,
  type Catalog,
  type ClientProfile,
  defaultMethodForProfile,
  type Method,
  type MethodChoice,
  validateMethod,
} from "@spotter/engine";

/** The engine's built-in method library (read-only for every organization). */
export const builtinMethods = (): readonly Method[] => BUILTIN_METHODS;

export const findBuiltinMethod = (id: string): Method | undefined => BUILTIN_METHODS.find((m) => m.id === id);

/** The engine's field problems with a method (paths from the method's root), checked against the catalog. */
export const methodProblems = (method: Method, catalog: Catalog): { path: string; message: string }[] =>
  validateMethod(method, catalog);

/**
 * The engine's choice for a client with no assigned method and no trainer default for the goal:
 * from the goal, level (training age), sessions a week, event date, the default location's
 * equipment and age (birth year against the server's `now`).
 */
export function engineDefaultMethod(profile: ClientProfile, now: Date): MethodChoice | undefined {
  return defaultMethodForProfile(profile, now.toISOString().slice(0, 10));
}
