import { Counter } from "../../auth/throttle.ts";

/**
 * Limits on password-reset emails. Per source address and globally a request over the limit is a
 * 429 (it says nothing about any account). Per email address the answer stays the generic one and
 * simply no further email goes out, so nobody can flood a mailbox or learn from the response.
 */
export type ResetLimitSettings = { perEmail: number; perAddress: number; global: number; windowMs: number };

export const DEFAULT_RESET_LIMITS: ResetLimitSettings = {
  perEmail: 3,
  perAddress: 20,
  global: 200,
  windowMs: 60 * 60_000,
};

export class ResetLimits {
  private readonly counts: Counter;
  constructor(
    private readonly settings: ResetLimitSettings,
    private readonly now: () => number,
  ) {
    this.counts = new Counter(settings.windowMs);
  }

  private over(key: string, limit: number, now: number) {
    const bucket = this.counts.get(key, now);
    return bucket && bucket.count >= limit ? bucket : null;
  }

  private retryAfterS(first: number, now: number) {
    return Math.max(1, Math.ceil((first + this.settings.windowMs - now) / 1000));
  }

  /**
   * Counts one request. `wait` (seconds) when the address or everyone is over the limit; otherwise
   * whether an email may go to this address now.
   */
  take(address: string, email: string): { wait: number } | { send: boolean } {
    const now = this.now();
    const all = this.over("*", this.settings.global, now);
    if (all) return { wait: this.retryAfterS(all.first, now) };
    const mine = this.over(`ip:${address}`, this.settings.perAddress, now);
    if (mine) return { wait: this.retryAfterS(mine.first, now) };
    this.counts.add("*", now);
    this.counts.add(`ip:${address}`, now);
    const send = !this.over(`email:${email}`, this.settings.perEmail, now);
    if (send) this.counts.add(`email:${email}`, now);
    return { send };
  }
}
