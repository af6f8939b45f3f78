import { DEFAULT_READ_AUDIT, type ReadAuditSettings } from "./audit/read-batcher.ts";
import { DEFAULT_SESSION_CACHE, type SessionCacheSettings } from "./auth/session-cache.ts";
import type { CookieSecurity } from "./auth/sessions.ts";
import { DEFAULT_THROTTLE, type ThrottleSettings } from "./auth/throttle.ts";
import { DEFAULT_OVERLOAD, type OverloadSettings } from "./http/overload.ts";

export type AppConfig = {
  /**
   * Secure flag on the cookies: true, false, or "auto": set whenever the public URL is https, and
   * otherwise when the request itself came over https (directly or through a trusted proxy).
   */
  cookieSecure: CookieSecurity;
  /** Base URL used in invitation links, e.g. https://coach.example.com (default: the request's host). */
  publicUrl?: string;
  /**
   * Addresses (or CIDR ranges, or "loopback") of the reverse proxies whose X-Forwarded-For and
   * X-Forwarded-Proto are believed. Empty: none. A proxy not listed cannot set the client address
   * that throttling and the audit trail use (issue 11: with "trust everything" the caller chose it).
   */
  trustProxy: string[];
  /** Failed sign-ins per source address per window (across all accounts). */
  loginRateLimit: { max: number; windowMs: number };
  /** Per-account delays, device cookies, sign-up limits (see auth/throttle.ts). */
  throttle: Partial<Omit<ThrottleSettings, "address">>;
  /** Max JSON body size in bytes. */
  bodyLimit: number;
  /** Resolved sessions reused from memory (ttlMs 0: always ask the database). See auth/session-cache.ts. */
  sessionCache: SessionCacheSettings;
  /** Read-audit batching and its loss window (maxDelayMs 0: written before each response). See audit/read-batcher.ts. */
  readAudit: ReadAuditSettings;
  /** Admission control: requests at once, queue, timeouts, Retry-After. See http/overload.ts. */
  overload: OverloadSettings;
  /**
   * Push endpoint origins accepted besides the browsers' push services (notifications/push-sender.ts),
   * e.g. `http://127.0.0.1` for a test playing the push service. Empty in production.
   */
  pushEndpointOrigins?: string[];
};

export const DEFAULT_CONFIG: AppConfig = {
  cookieSecure: "auto",
  trustProxy: [],
  loginRateLimit: { max: DEFAULT_THROTTLE.address.maxFailures, windowMs: DEFAULT_THROTTLE.address.windowMs },
  throttle: {},
  bodyLimit: 1024 * 1024,
  sessionCache: DEFAULT_SESSION_CACHE,
  readAudit: DEFAULT_READ_AUDIT,
  overload: DEFAULT_OVERLOAD,
};

/** The full throttle settings of a config. */
export function throttleSettings(config: AppConfig): ThrottleSettings {
  return {
    ...DEFAULT_THROTTLE,
    ...config.throttle,
    address: { maxFailures: config.loginRateLimit.max, windowMs: config.loginRateLimit.windowMs },
  };
}

/** SPOTTER_TRUST_PROXY: a comma-separated list of proxy addresses/ranges; "true" means a proxy on this machine. */
export function parseTrustProxy(value: string): string[] {
  const v = value.trim().toLowerCase();
  if (v === "" || v === "false" || v === "0") return [];
  if (v === "true" || v === "1") return ["loopback"];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Reads SPOTTER_PUBLIC_URL, SPOTTER_TRUST_PROXY, SPOTTER_COOKIE_SECURE from the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<AppConfig> {
  const secure = env.SPOTTER_COOKIE_SECURE;
  return {
    ...(env.SPOTTER_PUBLIC_URL ? { publicUrl: env.SPOTTER_PUBLIC_URL.replace(/\/$/, "") } : {}),
    ...(env.SPOTTER_TRUST_PROXY !== undefined ? { trustProxy: parseTrustProxy(env.SPOTTER_TRUST_PROXY) } : {}),
    ...(secure ? { cookieSecure: secure === "auto" ? "auto" : secure === "true" || secure === "1" } : {}),
  };
}

/**
 * Limits for test harnesses that sign up and sign in many times from one address (127.0.0.1).
 * Throttling tests pass their own tight limits.
 */
export const RELAXED_LIMITS: Pick<AppConfig, "loginRateLimit" | "throttle"> = {
  loginRateLimit: { max: 1_000_000, windowMs: 60_000 },
  throttle: { signup: { perAddress: 1_000_000, global: 1_000_000, windowMs: 60_000 } },
};
