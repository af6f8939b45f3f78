import type { CookieSecurity } from "./auth/sessions.ts";

export type AppConfig = {
  /** Secure flag on the session cookie: true, false, or "auto" (only when the request came over https). */
  cookieSecure: CookieSecurity;
  /** Base URL used in invitation links, e.g. https://coach.example.com (default: the request's host). */
  publicUrl?: string;
  /** Trust X-Forwarded-* (behind a reverse proxy / load balancer). */
  trustProxy: boolean;
  /** Login attempts per IP and email per window. */
  loginRateLimit: { max: number; windowMs: number };
  /** Max JSON body size in bytes. */
  bodyLimit: number;
};

export const DEFAULT_CONFIG: AppConfig = {
  cookieSecure: "auto",
  trustProxy: false,
  loginRateLimit: { max: 10, windowMs: 15 * 60 * 1000 },
  bodyLimit: 1024 * 1024,
};

/** Reads SPOTTER_PUBLIC_URL, SPOTTER_TRUST_PROXY, SPOTTER_COOKIE_SECURE from the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<AppConfig> {
  const secure = env.SPOTTER_COOKIE_SECURE;
  return {
    ...(env.SPOTTER_PUBLIC_URL ? { publicUrl: env.SPOTTER_PUBLIC_URL.replace(/\/$/, "") } : {}),
    ...(env.SPOTTER_TRUST_PROXY
      ? { trustProxy: env.SPOTTER_TRUST_PROXY === "true" || env.SPOTTER_TRUST_PROXY === "1" }
      : {}),
    ...(secure ? { cookieSecure: secure === "auto" ? "auto" : secure === "true" || secure === "1" } : {}),
  };
}
