import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { Spinner } from "../../ui/index.ts";

// The editor (and the list) load on first visit: they carry the method schema and its validation,
// which the rest of the coach app never needs (the coach's first load stays small).
const MethodsListPage = lazy(() => import("./MethodsListPage.tsx").then((m) => ({ default: m.MethodsListPage })));
const MethodEditorPage = lazy(() => import("./MethodEditorPage.tsx").then((m) => ({ default: m.MethodEditorPage })));

/** Nested under /methods in the coach shell: `/`, `/new`, `/:id` (ids like `org:my-method`). */
export function MethodsRoutes() {
  return (
    <Suspense fallback={<Spinner label="Loading methods…" />}>
      <Switch>
        <Route path="/" component={MethodsListPage} />
        <Route path="/new">{() => <MethodEditorPage />}</Route>
        <Route path="/:id">{(p) => <MethodEditorPage id={decodeURIComponent(p.id)} />}</Route>
      </Switch>
    </Suspense>
  );
}
