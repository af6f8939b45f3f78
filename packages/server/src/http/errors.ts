import { ERROR_STATUS, type ErrorCode, type FieldError } from "@spotter/contracts";

/** An expected failure with a stable code; the error handler turns it into the one error shape. */
export class HttpError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly fields?: FieldError[];
  readonly headers?: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "HttpError";
    this.code = code;
    this.statusCode = ERROR_STATUS[code];
    this.fields = extra.fields;
    this.headers = extra.headers;
  }
}

/**
 * A 404. `field` names the request field that pointed at the missing record when it came from a
 * body (e.g. `body.clientId`), so the error names it like any other field (still 404: invisible and
 * missing records answer alike).
 */
export const notFound = (what = "resource", field?: string) =>
  new HttpError(
    "not_found",
    `${what} not found`,
    field ? { fields: [{ path: field, message: `no such ${what}` }] } : {},
  );
export const forbidden = (message = "you may not do this") => new HttpError("forbidden", message);
export const unauthenticated = () => new HttpError("unauthenticated", "sign in first");
export const conflict = (message: string) => new HttpError("conflict", message);
export const validationError = (path: string, message: string) =>
  new HttpError("validation_error", `invalid ${path}: ${message}`, { fields: [{ path, message }] });
