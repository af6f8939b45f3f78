import type { ErrorResponse, FieldError } from "@spotter/contracts";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { HttpError } from "./errors.ts";
import { installInputGuard } from "./input-guard.ts";

const CONTEXT_NAMES: Record<string, string> = {
  querystring: "query",
  params: "params",
  body: "body",
  headers: "headers",
};

/** `/profile/schedule/daysPerWeek` in the body → `body.profile.schedule.daysPerWeek`. */
function fieldPath(context: string | undefined, instancePath: string): string {
  const prefix = CONTEXT_NAMES[context ?? "body"] ?? context ?? "body";
  const rest = instancePath.split("/").filter(Boolean);
  return [prefix, ...rest].join(".");
}

function send(reply: FastifyReply, status: number, code: string, message: string, fields?: FieldError[]) {
  const body: ErrorResponse = { error: { code, message, ...(fields ? { fields } : {}) } };
  return reply.status(status).type("application/json; charset=utf-8").send(body);
}

/** PostgreSQL SQLSTATE of a driver error, also when drizzle wraps it in `cause`. */
function pgErrorCode(error: unknown): string | undefined {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 3;
    e = e.cause as typeof e, i++
  ) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/** SQLSTATEs a request's data can cause; left unmapped they would be 500s (issue 11). */
function databaseClientError(
  code: string,
): { status: number; code: "validation_error" | "conflict"; message: string } | null {
  // A unique-constraint race (two signups with one email at the same instant) is a conflict, not a crash.
  if (code === "23505") return { status: 409, code: "conflict", message: "this already exists" };
  if (code === "23503")
    return { status: 409, code: "conflict", message: "this refers to something that no longer exists" };
  // Class 22 (data exception: out of range, bad encoding, too long) and check/not-null violations:
  // the schemas and the input guard should have refused the value; this is the backstop.
  if (code.startsWith("22") || code === "23514" || code === "23502")
    return { status: 400, code: "validation_error", message: "a value in this request cannot be stored" };
  return null;
}

/**
 * The one error mapper. Expected failures keep their code; Fastify's own 4xx (bad JSON, wrong
 * content type, oversize body) stay 4xx; only genuinely unknown errors become 500, and those are
 * logged with their stack but never echoed to the caller.
 */
export function installErrorHandler(app: FastifyInstance): void {
  // Lives with the error mapper so every app that maps errors also refuses unstorable input.
  installInputGuard(app);
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof HttpError) {
      if (error.headers) reply.headers(error.headers);
      return send(reply, error.statusCode, error.code, error.message, error.fields);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        path: fieldPath(error.validationContext, v.instancePath),
        message: v.message ?? "invalid",
      }));
      const list = fields.map((f) => f.path).join(", ");
      return send(reply, 400, "validation_error", `invalid request: ${list}`, fields);
    }
    if (error.validation) {
      const fields = error.validation.map((v) => ({
        path: fieldPath(error.validationContext, v.instancePath),
        message: v.message ?? "invalid",
      }));
      return send(reply, 400, "validation_error", error.message, fields);
    }
    const sqlState = pgErrorCode(error);
    const fromDatabase = sqlState ? databaseClientError(sqlState) : null;
    if (fromDatabase) {
      // Logged by SQLSTATE and constraint only (the logger's error serializer drops values).
      request.log.warn({ err: error }, "database refused a value");
      return send(reply, fromDatabase.status, fromDatabase.code, fromDatabase.message);
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return send(reply, 429, "rate_limited", error.message);
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: FST_ERR_CTP_INVALID_JSON_BODY, FST_ERR_CTP_BODY_TOO_LARGE, ...
      const code = status === 404 ? "not_found" : status === 401 ? "unauthenticated" : "validation_error";
      // Body-parsing failures (bad JSON, a forbidden __proto__ key, wrong type, too large) name the body.
      const fields = error.code?.startsWith("FST_ERR_CTP_") ? [{ path: "body", message: error.message }] : undefined;
      return send(reply, status, code, error.message, fields);
    }
    request.log.error({ err: error }, "unhandled error");
    return send(reply, 500, "internal_error", "something went wrong on our side");
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, 404, "not_found", `no route ${request.method} ${request.url.split("?")[0]}`),
  );
}
