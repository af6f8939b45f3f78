import { type FieldError, TEXT_MAX, unsafeNumberReason, unsafeTextReason } from "@spotter/contracts";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpError } from "./errors.ts";

const MAX_DEPTH = 64;

/**
 * Walks a parsed request part and returns the first value no column could hold (NUL, a lone
 * surrogate, a string over TEXT_MAX, a number that underflows `real`), with its field path. Object
 * keys are checked too: they end up as jsonb keys.
 */
function findUnsafe(value: unknown, path: string, depth = 0): FieldError | null {
  if (typeof value === "string") {
    const reason =
      unsafeTextReason(value) ?? (value.length > TEXT_MAX ? `must be at most ${TEXT_MAX} characters` : null);
    return reason ? { path, message: reason } : null;
  }
  if (typeof value === "number") {
    const reason = unsafeNumberReason(value);
    return reason ? { path, message: reason } : null;
  }
  if (!value || typeof value !== "object") return null;
  // Raw uploads (files parsed as a Buffer) are their route's to read, not text fields.
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return null;
  if (depth > MAX_DEPTH) return { path, message: "is nested too deeply" };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafe(value[i], `${path}.${i}`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    const keyReason = unsafeTextReason(key);
    if (keyReason) return { path, message: `has a key that ${keyReason}` };
    const found = findUnsafe(child, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * A backstop under every route's schema: whatever a schema forgot, no request value that the
 * database cannot store reaches it. Runs before validation (after the access check), on the body,
 * the query string and the path parameters, and answers 400 naming the field.
 */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (request: FastifyRequest) => {
    // The body only when it is parsed JSON: a text upload (CSV) is a file, whatever its length.
    const body = request.body !== null && typeof request.body === "object" ? request.body : undefined;
    const found =
      findUnsafe(request.params, "params") ?? findUnsafe(request.query, "query") ?? findUnsafe(body, "body");
    if (found)
      throw new HttpError("validation_error", `invalid request: ${found.path} ${found.message}`, { fields: [found] });
  });
}
