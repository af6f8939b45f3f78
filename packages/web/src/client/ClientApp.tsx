import { useEffect } from "react";
import { Route, Switch, useLocation } from "wouter";
import { AccountLink } from "../auth/AccountLink.tsx";
import { AccountPage } from "../auth/AccountPage.tsx";
import { useAuth } from "../auth/index.ts";
import { NotificationBell, NotificationsPage } from "../notifications/index.ts";
import { MyChangesPage } from "../triage/MyChangesPage.tsx";
import { Button, EmptyState, NavLink } from "../ui/index.ts";
import { UnitToggle } from "../units/index.ts";
import { CheckinPage } from "./CheckinPage.tsx";
import "./client.css";
import { MessagesPage } from "../messages/MessagesPage.tsx";
import { PortalMessagesTab } from "../messages/PortalMessagesTab.tsx";
import { HistoryPage } from "./HistoryPage.tsx";
import { NutritionPage } from "./nutrition/NutritionPage.tsx";
import { OfflineBanner } from "./OfflineBanner.tsx";
import { TodayPage } from "./TodayPage.tsx";
import { WeekPage } from "./week/WeekPage.tsx";

/** The client portal: phone first, three tabs, works offline for today's published session. */
export function ClientApp() {
  const { signOut } = useAuth();
  const [loc] = useLocation();
  // Focus the new page's heading on navigation, as in the coach app.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation by design
  useEffect(() => {
    document.querySelector<HTMLElement>("#main h1")?.focus();
  }, [loc]);
  return (
    <div className="portal">
      <header className="portal-top">
        <p className="brand">
          <img src="/icons/icon.svg" alt="" width="24" height="24" /> Spotter
        </p>
        <div className="btn-row">
          <NotificationBell />
          <AccountLink />
          <UnitToggle />
          <Button size="sm" variant="ghost" onClick={() => void signOut()}>
            Sign out
          </Button>
        </div>
      </header>
      <OfflineBanner />
      <main className="portal-main" id="main">
        <Switch>
          <Route path="/" component={TodayPage} />
          <Route path="/checkin" component={CheckinPage} />
          <Route path="/week" component={WeekPage} />
          <Route path="/history" component={HistoryPage} />
          <Route path="/nutrition" component={NutritionPage} />
          <Route path="/changes" component={MyChangesPage} />
          <Route path="/account" component={AccountPage} />
          <Route path="/messages" component={MessagesPage} />
          <Route path="/notifications" component={NotificationsPage} />
          <Route>
            <EmptyState title="Page not found" action={<NavLink href="/">Go to today</NavLink>} />
          </Route>
        </Switch>
      </main>
      <nav className="tabbar" aria-label="Portal">
        <NavLink href="/" exact>
          Today
        </NavLink>
        <NavLink href="/week">Week</NavLink>
        <NavLink href="/checkin">Check-in</NavLink>
        <PortalMessagesTab />
        <NavLink href="/nutrition">Nutrition</NavLink>
        <NavLink href="/history">History</NavLink>
        <NavLink href="/changes">Changes</NavLink>
      </nav>
    </div>
  );
}
