/**
 * Sign-in and sign-up throttling that an attacker cannot sidestep and cannot turn against the
 * account's owner (issue 11). Counters live in memory (one API node; a restart forgets them, which
 * only ever loosens the limits for a moment) and read time from the app's clock, so tests drive them.
 *
 * - Per account: a few free failures, then each further attempt must wait a delay that doubles up
 *   to a cap. A delay, not a lockout: the owner is never shut out for longer than the cap, while a
 *   guesser gets one try per cap. Unknown emails are counted the same, so a 429 reveals nothing.
 * - Per source address: failed sign-ins across all accounts (password spraying from one address).
 * - A browser that signed in to an account before carries a device cookie for it; its attempts are
 *   counted on their own, so a guesser sharing the owner's address (or hammering the account) does
 *   not delay the owner (OWASP, "Blocking Brute Force Attacks: device cookies").
 * - Sign-up: per source address and globally.
 */

export type ThrottleSettings = {
  account: { freeFailures: number; baseDelayMs: number; maxDelayMs: number; windowMs: number };
  address: { maxFailures: number; windowMs: number };
  device: { freeFailures: number };
  signup: { perAddress: number; global: number; windowMs: number };
};

export const DEFAULT_THROTTLE: ThrottleSettings = {
  account: { freeFailures: 5, baseDelayMs: 1_000, maxDelayMs: 60_000, windowMs: 15 * 60_000 },
  address: { maxFailures: 30, windowMs: 15 * 60_000 },
  device: { freeFailures: 10 },
  signup: { perAddress: 10, global: 100, windowMs: 60 * 60_000 },
};

type Bucket = { count: number; first: number; last: number };

/** Failure counters over a window, bounded in size (the oldest go first). */
export class Counter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  get(key: string, now: number): Bucket | undefined {
    const bucket = this.buckets.get(key);
    if (bucket && now - bucket.first >= this.windowMs) {
      this.buckets.delete(key);
      return undefined;
    }
    return bucket;
  }

  add(key: string, now: number): Bucket {
    const bucket = this.get(key, now) ?? { count: 0, first: now, last: now };
    bucket.count += 1;
    bucket.last = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return bucket;
  }

  clear(key: string): void {
    this.buckets.delete(key);
  }
}

/** Why a request must wait: which limit, and for how long (seconds, for Retry-After). */
export type Wait = {
  limit: "account" | "address" | "device" | "signup-address" | "signup-global";
  retryAfterS: number;
};

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export class Throttle {
  private readonly accounts: Counter;
  private readonly devices: Counter;
  private readonly addresses: Counter;
  private readonly signups: Counter;

  constructor(
    readonly settings: ThrottleSettings,
    private readonly now: () => number,
  ) {
    this.accounts = new Counter(settings.account.windowMs);
    this.devices = new Counter(settings.account.windowMs);
    this.addresses = new Counter(settings.address.windowMs);
    this.signups = new Counter(settings.signup.windowMs);
  }

  /** The delay owed after `failures` failures: none while free, then base, 2×base, … up to the cap. */
  private delayAfter(failures: number, free: number): number {
    if (failures < free) return 0;
    const { baseDelayMs, maxDelayMs } = this.settings.account;
    return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(30, failures - free));
  }

  private progressive(counter: Counter, key: string, free: number, limit: Wait["limit"]): Wait | null {
    const now = this.now();
    const bucket = counter.get(key, now);
    if (!bucket) return null;
    const ready = bucket.last + this.delayAfter(bucket.count, free);
    return now < ready ? { limit, retryAfterS: seconds(ready - now) } : null;
  }

  /** Before checking a password: must this attempt wait? `device` is set when a valid device cookie came. */
  checkLogin(input: { account: string; address: string; device: string | null }): Wait | null {
    if (input.device)
      return this.progressive(
        this.devices,
        `${input.account}|${input.device}`,
        this.settings.device.freeFailures,
        "device",
      );
    const now = this.now();
    const address = this.addresses.get(input.address, now);
    if (address && address.count >= this.settings.address.maxFailures)
      return { limit: "address", retryAfterS: seconds(address.first + this.settings.address.windowMs - now) };
    return this.progressive(this.accounts, input.account, this.settings.account.freeFailures, "account");
  }

  loginFailed(input: { account: string; address: string; device: string | null }): void {
    const now = this.now();
    if (input.device) {
      this.devices.add(`${input.account}|${input.device}`, now);
      return;
    }
    this.addresses.add(input.address, now);
    this.accounts.add(input.account, now);
  }

  /** The owner proved the password: their account's delay ends (the address count stays). */
  loginSucceeded(input: { account: string; device: string | null }): void {
    this.accounts.clear(input.account);
    if (input.device) this.devices.clear(`${input.account}|${input.device}`);
  }

  /** Counts a sign-up attempt, or says it must wait (per address, then for everyone). */
  signup(address: string): Wait | null {
    const now = this.now();
    const { perAddress, global, windowMs } = this.settings.signup;
    const all = this.signups.get("*", now);
    if (all && all.count >= global) return { limit: "signup-global", retryAfterS: seconds(all.first + windowMs - now) };
    const mine = this.signups.get(address, now);
    if (mine && mine.count >= perAddress)
      return { limit: "signup-address", retryAfterS: seconds(mine.first + windowMs - now) };
    this.signups.add("*", now);
    this.signups.add(address, now);
    return null;
  }
}
