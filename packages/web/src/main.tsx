import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, prefetchLastRole } from "./App.tsx";
import { createQueryClient } from "./api/query-client.ts";
import { AuthProvider } from "./auth/index.ts";
import { registerServiceWorker } from "./pwa/offline-cache.ts";
import "./ui/ui.css";
import "./app.css";

prefetchLastRole();
const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <AuthProvider>
        <App />
      </AuthProvider>
    </QueryClientProvider>
  </StrictMode>,
);
registerServiceWorker();
