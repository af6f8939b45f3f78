import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { AcceptInvitePage, SignInPage, SignUpPage, useAuth } from "./auth/index.ts";
import { ErrorState, Spinner } from "./ui/index.ts";
import { UnitsProvider } from "./units/index.ts";

// Two separate chunks: a client on a phone never downloads the coach dashboard, and vice versa.
const CoachApp = lazy(() => import("./coach/CoachApp.tsx").then((m) => ({ default: m.CoachApp })));
const ClientApp = lazy(() => import("./client/ClientApp.tsx").then((m) => ({ default: m.ClientApp })));

export function App() {
  const { state, refresh } = useAuth();
  if (state.status === "loading") return <Spinner label="Loading Spotter…" />;
  if (state.status === "error")
    return (
      <main className="auth-page" id="main">
        <ErrorState error={state.error} what="Spotter" onRetry={() => void refresh()} />
      </main>
    );
  return (
    <Switch>
      <Route path="/invite/:token">{(p) => <AcceptInvitePage token={p.token} />}</Route>
      {state.status === "anon" ? <Route path="/signup" component={SignUpPage} /> : null}
      {state.status === "anon" ? (
        <Route>
          <SignInPage />
        </Route>
      ) : (
        <Route>
          <UnitsProvider userId={state.me.user.id}>
            <Suspense fallback={<Spinner />}>{state.me.role === "client" ? <ClientApp /> : <CoachApp />}</Suspense>
          </UnitsProvider>
        </Route>
      )}
    </Switch>
  );
}
