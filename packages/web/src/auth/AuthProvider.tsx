import type { LoginRequest, MeResponse } from "@spotter/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import { type ApiError, toApiError } from "../api/api-error.ts";
import { get, post, setCsrfToken } from "../api/client.ts";
import { clearOfflineCache } from "../pwa/offline-cache.ts";

export type AuthState =
  | { status: "loading" }
  | { status: "anon" }
  | { status: "error"; error: ApiError }
  | { status: "authed"; me: MeResponse };

type AuthValue = {
  state: AuthState;
  refresh: () => Promise<void>;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** After signup or invite acceptance the server already set the cookie. */
  adopt: (res: Pick<MeResponse, "csrfToken">) => Promise<void>;
};

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: "loading" });
  const cache = useQueryClient();

  const refresh = useCallback(async () => {
    try {
      const me = await get<MeResponse>("/api/auth/me");
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
    async (email: string, password: string) => {
      const res = await post<MeResponse>("/api/auth/login", { email, password } satisfies LoginRequest);
      await adopt(res);
    },
    [adopt],
  );

  const signOut = useCallback(async () => {
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
