import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, prefetchLastRole } from "./App.tsx";
import { AuthProvider } from "./auth/index.ts";
import { registerServiceWorker } from "./pwa/offline-cache.ts";
import "./ui/ui.css";
import "./app.css";

prefetchLastRole();
const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");
createRoot(root).render(
  <StrictMode>
    <AuthProvider>
      <App />
    </AuthProvider>
  </StrictMode>,
);
registerServiceWorker();
