import type { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Route, Switch } from "wouter";
import {
  AcceptInvitePage,
  ForgotPasswordPage,
  ResetPasswordPage,
  SignInPage,
  SignUpPage,
  useAuth,
} from "./auth/index.ts";
import { prefetchCoachPage } from "./coach/pages/prefetch.ts";
import { chunk } from "./ui/chunk.tsx";
import { ErrorState, Spinner } from "./ui/index.ts";
import { UnitsProvider } from "./units/index.ts";

// Two separate chunks: a client on a phone never downloads the coach dashboard, and vice versa.
// chunk(), not lazy()/Suspense: when /api/auth/me answers before the chunk has arrived, a suspended
// lazy() shows its fallback and React 19 then holds the reveal for its ~300 ms fallback throttle,
// which dominated the roster's time-to-interactive.
const frame = (failure: ReactNode) => (
  <main className="auth-page" id="main">
    {failure}
  </main>
);
const coachApp = chunk(() => import("./coach/CoachApp.tsx").then((m) => m.CoachApp), { what: "Spotter", frame });
const clientApp = chunk(() => import("./client/ClientApp.tsx").then((m) => m.ClientApp), { what: "Spotter", frame });

const ROLE_KEY = "spotter.last-role";

/**
 * Starts downloading the chunk this device used last time while /api/auth/me is in flight, so
 * the two requests overlap instead of running one after the other. A wrong guess costs one
 * unused download; no guess (first visit) costs nothing.
 */
export function prefetchLastRole(queryClient: QueryClient): void {
  try {
    const role = localStorage.getItem(ROLE_KEY);
    if (role === "client") void clientApp.preload();
    else if (role === "coach") {
      void coachApp.preload();
      // The page's data too, behind /api/auth/me; a signed-out device gets a 401 nobody shows,
      // and the page asks again once signed in.
      prefetchCoachPage(queryClient, window.location.pathname);
    }
  } catch {
    // Storage unavailable: no prefetch.
  }
}

function rememberRole(role: string): void {
  try {
    localStorage.setItem(ROLE_KEY, role === "client" ? "client" : "coach");
  } catch {
    // Storage unavailable: the next load just does not prefetch.
  }
}

export function App() {
  const { state, refresh } = useAuth();
  if (state.status === "loading") return <Spinner label="Loading Spotter…" />;
  if (state.status === "error")
    return (
      <main className="auth-page" id="main">
        <ErrorState error={state.error} what="Spotter" onRetry={() => void refresh()} />
      </main>
    );
  if (state.status === "authed") rememberRole(state.me.role);
  return (
    <Switch>
      <Route path="/invite/:token">{(p) => <AcceptInvitePage token={p.token} />}</Route>
      <Route path="/reset-password" component={ResetPasswordPage} />
      {state.status === "anon" ? <Route path="/forgot-password" component={ForgotPasswordPage} /> : null}
      {state.status === "anon" ? <Route path="/signup" component={SignUpPage} /> : null}
      {state.status === "anon" ? (
        <Route>
          <SignInPage />
        </Route>
      ) : (
        <Route>
          <UnitsProvider userId={state.me.user.id}>
            <RoleApp role={state.me.role} />
          </UnitsProvider>
        </Route>
      )}
    </Switch>
  );
}

function RoleApp({ role }: { role: string }) {
  const { Component } = role === "client" ? clientApp : coachApp;
  return <Component />;
}
