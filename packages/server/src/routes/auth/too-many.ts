import type { Wait } from "../../auth/throttle.ts";
import { HttpError } from "../../http/errors.ts";

/** A 429 that says how long to wait, and nothing about whether the account exists. */
export const tooMany = (wait: Pick<Wait, "retryAfterS">) =>
  new HttpError("rate_limited", `too many attempts; try again in ${wait.retryAfterS} seconds`, {
    headers: { "retry-after": String(wait.retryAfterS) },
  });
