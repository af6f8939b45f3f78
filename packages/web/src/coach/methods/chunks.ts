import { chunk } from "../../ui/chunk.tsx";

// The editor and the list load on first visit: they carry the method schema and its validation,
// which the rest of the coach app never needs (the coach's first load stays small). chunk(), not
// lazy(): a lazy() page waits out React's ~300 ms fallback throttle (see ui/chunk.tsx). Here, not
// in routes.tsx, so start-up (../pages/prefetch.ts) can preload the editor without the coach chunk.
export const methodsListChunk = chunk(() => import("./MethodsListPage.tsx").then((m) => m.MethodsListPage), {
  loading: "Loading methods…",
  what: "the methods",
});
export const methodEditorChunk = chunk(() => import("./MethodEditorPage.tsx").then((m) => m.MethodEditorPage), {
  loading: "Loading the method editor…",
  what: "the method editor",
});
