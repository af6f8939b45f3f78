import type { LoginRequest, MeResponse } from "@spotter/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from "react";
import { type ApiError, toApiError } from "../api/api-error.ts";
import { get, post, setCsrfToken } from "../api/client.ts";
import { unsubscribeThisBrowser } from "../notifications/push-device.ts";
import { clearOfflineCache } from "../pwa/offline-cache.ts";

export type AuthState =
  | { status: "loading" }
  /** `ended`: the server ended this session (signed out elsewhere, deactivated, password reset). */
  | { status: "anon"; ended?: boolean }
  | { status: "error"; error: ApiError }
  | { status: "authed"; me: MeResponse };

type AuthValue = {
  state: AuthState;
  refresh: () => Promise<void>;
  /** `code`: the authenticator or recovery code, when the account has two-factor on. */
  signIn: (email: string, password: string, code?: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** After signup or invite acceptance the server already set the cookie. */
  adopt: (res: Pick<MeResponse, "csrfToken">) => Promise<void>;
};

const AuthContext = createContext<AuthValue | null>(null);

/** Who is signed in (GET /api/auth/me). main.tsx calls it before React renders. */
export function requestMe(): Promise<MeResponse> {
  const me = get<MeResponse>("/api/auth/me");
  // Awaited by the first refresh once React has rendered; until then a failure is not unhandled.
  me.catch(() => undefined);
  return me;
}

/** `firstMe`: the answer to a /api/auth/me already in flight, used by the first refresh. */
export function AuthProvider({ children, firstMe }: { children: ReactNode; firstMe?: Promise<MeResponse> }) {
  const [state, setState] = useState<AuthState>({ status: "loading" });
  const cache = useQueryClient();
  const pendingMe = useRef(firstMe);

  const refresh = useCallback(async () => {
    const early = pendingMe.current;
    pendingMe.current = undefined;
    try {
      const me = await (early ?? get<MeResponse>("/api/auth/me"));
      setCsrfToken(me.csrfToken);
      setState({ status: "authed", me });
    } catch (e) {
      const err = toApiError(e);
      if (err.status === 401 || err.status === 403) setState({ status: "anon" });
      else setState({ status: "error", error: err });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const adopt = useCallback(
    async (res: Pick<MeResponse, "csrfToken">) => {
      setCsrfToken(res.csrfToken);
      await refresh();
    },
    [refresh],
  );

  const signIn = useCallback(
    async (email: string, password: string, code?: string) => {
      const body: LoginRequest = code ? { email, password, code } : { email, password };
      const res = await post<MeResponse>("/api/auth/login", body);
      await adopt(res);
    },
    [adopt],
  );

  // Any request answered 401 while signed in means the server ended this session (the owner
  // deactivated or removed the member, "sign out everywhere", a password reset): drop to the
  // sign-in page at once, with this device's cached data, instead of showing broken pages.
  const authed = state.status === "authed";
  useEffect(() => {
    if (!authed) return;
    const ended = (error: unknown) => {
      if ((error as { status?: unknown } | null)?.status !== 401) return;
      setCsrfToken("");
      cache.clear();
      void clearOfflineCache();
      setState({ status: "anon", ended: true });
    };
    const offQueries = cache.getQueryCache().subscribe((e) => {
      if (e.type === "updated" && e.action.type === "error") ended(e.action.error);
    });
    const offMutations = cache.getMutationCache().subscribe((e) => {
      if (e.type === "updated" && e.action.type === "error") ended(e.action.error);
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [authed, cache]);

  const signOut = useCallback(async () => {
    // While still signed in: this browser stops receiving the last person's push notifications.
    await unsubscribeThisBrowser();
    try {
      await post("/api/auth/logout");
    } catch {
      // Signing out must always succeed locally, even offline.
    }
    setCsrfToken("");
    // The next person on this device must not see the last one's cached data.
    cache.clear();
    await clearOfflineCache();
    setState({ status: "anon" });
  }, [cache]);

  return <AuthContext.Provider value={{ state, refresh, signIn, signOut, adopt }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error("useAuth outside AuthProvider");
  return v;
}

/** The signed-in caller; only call inside authed pages. */
export function useMe(): MeResponse {
  const { state } = useAuth();
  if (state.status !== "authed") throw new Error("useMe needs an authed session");
  return state.me;
}
