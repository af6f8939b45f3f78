import { type ComponentType, lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import {
  AcceptInvitePage,
  ForgotPasswordPage,
  ResetPasswordPage,
  SignInPage,
  SignUpPage,
  useAuth,
} from "./auth/index.ts";
import { ErrorState, Spinner } from "./ui/index.ts";
import { UnitsProvider } from "./units/index.ts";

// Two separate chunks: a client on a phone never downloads the coach dashboard, and vice versa.
// Once a chunk has arrived its component is kept here and rendered directly: suspending on an
// already-loaded lazy() still shows the fallback, and React 19 then holds the reveal for its
// ~300 ms fallback throttle, which would dominate the roster's time-to-interactive.
const loaded: { coach?: ComponentType; client?: ComponentType } = {};
const loadCoach = () =>
  import("./coach/CoachApp.tsx").then((m) => {
    loaded.coach = m.CoachApp;
    return { default: m.CoachApp };
  });
const loadClient = () =>
  import("./client/ClientApp.tsx").then((m) => {
    loaded.client = m.ClientApp;
    return { default: m.ClientApp };
  });
const CoachApp = lazy(loadCoach);
const ClientApp = lazy(loadClient);

const ROLE_KEY = "spotter.last-role";

/**
 * Starts downloading the chunk this device used last time while /api/auth/me is in flight, so
 * the two requests overlap instead of running one after the other. A wrong guess costs one
 * unused download; no guess (first visit) costs nothing.
 */
export function prefetchLastRole(): void {
  try {
    const role = localStorage.getItem(ROLE_KEY);
    if (role === "client") void loadClient();
    else if (role === "coach") void loadCoach();
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
  const Ready = role === "client" ? loaded.client : loaded.coach;
  if (Ready) return <Ready />;
  return <Suspense fallback={<Spinner />}>{role === "client" ? <ClientApp /> : <CoachApp />}</Suspense>;
}
