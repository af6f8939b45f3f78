import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect } from "react";
import { Route, Switch } from "wouter";
import { Spinner } from "../../ui/index.ts";
import { catalogQuery, methodQuery } from "./queries.ts";

// The editor (and the list) load on first visit: they carry the method schema and its validation,
// which the rest of the coach app never needs (the coach's first load stays small).
const MethodsListPage = lazy(() => import("./MethodsListPage.tsx").then((m) => ({ default: m.MethodsListPage })));
const MethodEditorPage = lazy(() => import("./MethodEditorPage.tsx").then((m) => ({ default: m.MethodEditorPage })));

/**
 * The editor's data requests start while its chunk downloads and evaluates (not after), so the
 * method and the catalog are usually in the cache by the time the editor first renders.
 */
function Prefetch({ id }: { id?: string }) {
  const cache = useQueryClient();
  useEffect(() => {
    void cache.prefetchQuery(catalogQuery());
    if (id) void cache.prefetchQuery(methodQuery(id));
  }, [cache, id]);
  return null;
}

/** Nested under /methods in the coach shell: `/`, `/new`, `/:id` (ids like `org:my-method`). */
export function MethodsRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Suspense fallback={<Spinner label="Loading methods…" />}>
          <MethodsListPage />
        </Suspense>
      </Route>
      <Route path="/new">
        <Prefetch />
        <Suspense fallback={<Spinner label="Loading the method editor…" />}>
          <MethodEditorPage />
        </Suspense>
      </Route>
      <Route path="/:id">
        {(p) => (
          <>
            <Prefetch id={decodeURIComponent(p.id)} />
            <Suspense fallback={<Spinner label="Loading the method editor…" />}>
              <MethodEditorPage id={decodeURIComponent(p.id)} />
            </Suspense>
          </>
        )}
      </Route>
    </Switch>
  );
}
