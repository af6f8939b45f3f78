import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, prefetchLastRole } from "./App.tsx";
import { createQueryClient } from "./api/query-client.ts";
import { AuthProvider, requestMe } from "./auth/index.ts";
import { registerServiceWorker } from "./pwa/offline-cache.ts";
import "./ui/ui.css";
import "./app.css";

// Who is signed in is asked first, before React renders (its answer gates every page), then the
// chunk and page data this device used last time, so they overlap instead of waiting in turn.
const firstMe = requestMe();
const queryClient = createQueryClient();
prefetchLastRole(queryClient);
const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AuthProvider firstMe={firstMe}>
        <App />
      </AuthProvider>
    </QueryClientProvider>
  </StrictMode>,
);
registerServiceWorker();
