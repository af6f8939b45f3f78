import { type ComponentType, type ReactNode, useEffect, useReducer, useState } from "react";
import { type ApiError, toApiError } from "../api/api-error.ts";
import { ErrorState, Spinner } from "./states.tsx";

export type Chunk<P extends object> = {
  /** Renders a spinner until the chunk has loaded, then the component (at once if already loaded). */
  Component: ComponentType<P>;
  /** Starts the download early (e.g. beside the page's data requests); idempotent. */
  preload: () => Promise<unknown>;
};

type Options = { loading?: string; what: string; frame?: (failure: ReactNode) => ReactNode };
type Loader<P> = { ready?: ComponentType<P>; preload: () => Promise<unknown>; o: Options };

/**
 * A code-split component without React.lazy()/Suspense. A suspended lazy() shows its fallback and
 * React 19 then holds the reveal until ~300 ms after the fallback appeared (its fallback throttle),
 * even when the chunk arrives a few milliseconds later; lazy() also suspends once on first render
 * when its module is already downloaded. Here the spinner is ordinary state: the component renders
 * in the same frame its module arrives, or at once when preload() has already fetched it.
 */
export function chunk<P extends object>(load: () => Promise<ComponentType<P>>, o: Options): Chunk<P> {
  let pending: Promise<unknown> | undefined;
  const loader: Loader<P> = {
    o,
    preload: () => {
      pending ??= load().then((c) => {
        loader.ready = c;
      });
      return pending;
    },
  };
  // biome-ignore lint/correctness/noComponentHookFactories: chunk() runs once per module at load, never during a render, so the component's identity is stable
  return { Component: (props: P) => <ChunkView loader={loader} props={props} />, preload: loader.preload };
}

function ChunkView<P extends object>({ loader, props }: { loader: Loader<P>; props: P }) {
  const [failed, setFailed] = useState<ApiError>();
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  // What this render saw: the module may arrive between the render and the effect, and then the
  // spinner on screen still needs the re-render (checking loader.ready here would skip it).
  const Ready = loader.ready;
  useEffect(() => {
    if (Ready) return;
    let live = true;
    loader.preload().then(
      () => live && arrived(),
      (e: unknown) => live && setFailed(toApiError(e)),
    );
    return () => {
      live = false;
    };
  }, [loader, Ready]);
  if (Ready) return <Ready {...props} />;
  if (failed) {
    // A reload, not a second import(): a browser may keep a failed module import failed.
    const error = <ErrorState error={failed} what={loader.o.what} onRetry={() => window.location.reload()} />;
    return loader.o.frame ? loader.o.frame(error) : error;
  }
  return <Spinner label={loader.o.loading} />;
}
