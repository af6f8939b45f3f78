import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { Route, Switch } from "wouter";
import { methodEditorChunk, methodsListChunk } from "./chunks.ts";
import { catalogQuery, methodQuery } from "./queries.ts";

const MethodsListPage = methodsListChunk.Component;
const MethodEditorPage = methodEditorChunk.Component;

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
        <MethodsListPage />
      </Route>
      <Route path="/new">
        <Prefetch />
        <MethodEditorPage />
      </Route>
      <Route path="/:id">
        {(p) => (
          <>
            <Prefetch id={decodeURIComponent(p.id)} />
            <MethodEditorPage id={decodeURIComponent(p.id)} />
          </>
        )}
      </Route>
    </Switch>
  );
}
