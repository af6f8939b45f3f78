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

export const notFound = (what = "resource") => new HttpError("not_found", `${what} not found`);
export const forbidden = (message = "you may not do this") => new HttpError("forbidden", message);
export const unauthenticated = () => new HttpError("unauthenticated", "sign in first");
export const conflict = (message: string) => new HttpError("conflict", message);
export const validationError = (path: string, message: string) =>
  new HttpError("validation_error", `invalid ${path}: ${message}`, { fields: [{ path, message }] });
