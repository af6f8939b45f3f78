import { lazy, Suspense, useEffect } from "react";
import { Route, Switch, useLocation } from "wouter";
import { AccountPage } from "../auth/AccountPage.tsx";
import { useAuth, useMe } from "../auth/index.ts";
import { NotificationBell, NotificationsPage } from "../notifications/index.ts";
import { ApprovalPage } from "../triage/ApprovalPage.tsx";
import { Button, EmptyState, NavLink, Spinner } from "../ui/index.ts";
import { UnitToggle } from "../units/index.ts";
import { QuestionnairePage } from "../weekly-checkin/QuestionnairePage.tsx";
import { BusinessPage } from "./business/BusinessPage.tsx";
import { ClientPage } from "./client-page/ClientPage.tsx";
import { ExercisesRoute } from "./exercises/routes.tsx";
import { ImportPage } from "./imports/ImportPage.tsx";
import { IntakePage } from "./intake/IntakePage.tsx";
import { SafetyReviewPage } from "./intake/SafetyReviewPage.tsx";
import { MethodsRoutes } from "./methods/routes.tsx";
import { RosterPage } from "./pages/RosterPage.tsx";
import { TodayPage } from "./pages/TodayPage.tsx";
import { RehearsePage } from "./rehearse/RehearsePage.tsx";
import { GenerateSessionPage } from "./session/GenerateSessionPage.tsx";
import { SessionPage } from "./session/SessionPage.tsx";
import { SessionPrintPage } from "./session/SessionPrintPage.tsx";
import { TeamPage } from "./team/TeamPage.tsx";

// The week view is its own chunk: most visits to a client never open it.
const WeekPage = lazy(() => import("./week/WeekPage.tsx").then((m) => ({ default: m.WeekPage })));

// The trainer profile carries the exercise catalog (for preferred/banned pickers): load it only there.
const TrainerProfilePage = lazy(() =>
  import("./pages/TrainerProfilePage.tsx").then((m) => ({ default: m.TrainerProfilePage })),
);

/** The coach dashboard: a sidebar shell around the coach's pages (one lazy chunk). */
export function CoachApp() {
  const me = useMe();
  const { signOut } = useAuth();
  const [loc] = useLocation();
  // Move focus to the new page's heading so keyboard and screen-reader users follow navigation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation by design
  useEffect(() => {
    document.querySelector<HTMLElement>("#main h1")?.focus();
  }, [loc]);
  return (
    <div className="coach-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar" aria-label="Main">
        <div className="brand-row">
          <p className="brand">
            <img src="/icons/icon.svg" alt="" width="26" height="26" /> Spotter
          </p>
          <NotificationBell tone="dark" />
        </div>
        <nav className="nav" aria-label="Coach">
          <NavLink href="/" exact>
            Today
          </NavLink>
          <NavLink href="/clients">Clients</NavLink>
          <NavLink href="/intake">New client</NavLink>
          <NavLink href="/methods">Methods</NavLink>
          <NavLink href="/exercises">Exercises</NavLink>
          <NavLink href="/profile">Trainer profile</NavLink>
          <NavLink href="/checkin-questions">Check-in questions</NavLink>
          {me.role === "owner" ? <NavLink href="/team">Team</NavLink> : null}
          <NavLink href="/account">Account</NavLink>
          {me.role === "owner" ? <NavLink href="/business">Business</NavLink> : null}
          {me.role === "owner" ? <NavLink href="/rehearse">Rehearse</NavLink> : null}
        </nav>
        <div className="sidebar-foot">
          <span>
            {me.user.name}
            <br />
            <span className="muted-dark">{me.organization.name}</span>
          </span>
          <UnitToggle />
          <Button variant="ghost" size="sm" onClick={() => void signOut()}>
            Sign out
          </Button>
        </div>
      </aside>
      <main className="content" id="main">
        <Switch>
          <Route path="/" component={TodayPage} />
          <Route path="/clients" component={RosterPage} />
          <Route path="/intake">{() => <IntakePage />}</Route>
          <Route path="/clients/:id/edit">{(p) => <IntakePage clientId={p.id} />}</Route>
          <Route path="/clients/:id/safety">{(p) => <SafetyReviewPage clientId={p.id} />}</Route>
          <Route path="/clients/:id/week">
            {(p) => (
              <Suspense fallback={<Spinner label="Loading the week…" />}>
                <WeekPage clientId={p.id} />
              </Suspense>
            )}
          </Route>
          <Route path="/clients/:id/generate">{(p) => <GenerateSessionPage clientId={p.id} />}</Route>
          <Route path="/clients/:id/import">{(p) => <ImportPage clientId={p.id} />}</Route>
          <Route path="/clients/:id/proposals/:proposalId">
            {(p) => <ApprovalPage clientId={p.id} proposalId={p.proposalId} />}
          </Route>
          <Route path="/clients/:id">{(p) => <ClientPage clientId={p.id} />}</Route>
          <Route path="/methods" nest component={MethodsRoutes} />
          <Route path="/exercises" component={ExercisesRoute} />
          <Route path="/team" component={TeamPage} />
          <Route path="/checkin-questions" component={QuestionnairePage} />
          <Route path="/account" component={AccountPage} />
          <Route path="/business" component={BusinessPage} />
          <Route path="/rehearse" component={RehearsePage} />
          <Route path="/notifications" component={NotificationsPage} />
          <Route path="/sessions/:id/print">{(p) => <SessionPrintPage sessionId={p.id} />}</Route>
          <Route path="/sessions/:id">{(p) => <SessionPage sessionId={p.id} />}</Route>
          <Route path="/profile">
            <Suspense fallback={<Spinner label="Loading trainer profile…" />}>
              <TrainerProfilePage />
            </Suspense>
          </Route>
          <Route>
            <EmptyState title="Page not found" action={<NavLink href="/">Go to Today</NavLink>} />
          </Route>
        </Switch>
      </main>
    </div>
  );
}
