/** Machine-readable error codes the engine raises. The server maps them to HTTP statuses. */
export type EngineErrorCode = "invalid_input" | "unknown_exercise" | "unsatisfiable" | "internal";

/** One offending field: a dotted path from the entry point's argument, e.g. `today.newPain.0.severity`. */
export type EngineFieldError = { path: string; message: string };

/**
 * The only exception the engine throws. Entry points validate their inputs and wrap anything
 * unexpected, so callers can map `code` to a response without guessing.
 */
export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly fields: EngineFieldError[];

  constructor(code: EngineErrorCode, message: string, fields: EngineFieldError[] = []) {
    super(message);
    this.name = "EngineError";
    this.code = code;
    this.fields = fields;
  }

  /** The first offending field path, or "" when the error is not about one field. */
  get path(): string {
    return this.fields[0]?.path ?? "";
  }
}

/** Throws an `invalid_input` error for one field. */
export function invalid(path: string, message: string): never {
  throw new EngineError("invalid_input", `${path}: ${message}`, [{ path, message }]);
}

/**
 * Runs an entry point body so that only EngineError escapes: a bug surfaces as code `internal`
 * with its message, never as a bare TypeError the caller cannot classify.
 */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof EngineError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new EngineError("internal", `engine internal error: ${message}`);
  }
}
