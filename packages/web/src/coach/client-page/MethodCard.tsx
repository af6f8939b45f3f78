import type { ClientMethodView, MethodListResponse } from "@spotter/contracts";
import { useState } from "react";
import { toApiError } from "../../api/api-error.ts";
import { api } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { Card, ErrorState, Spinner } from "../../ui/index.ts";

const VIA: Record<string, string> = {
  client_override: "this client's own copy",
  client_assignment: "assigned to this client",
  trainer_default: "your default for this goal",
  engine_default: "Spotter's choice for this client",
};

/** Which method (weekly template) this client's drafts follow; choosing one rebuilds the roadmap's days. */
export function MethodCard({ clientId }: { clientId: string }) {
  const view = useApi<ClientMethodView>(`/api/clients/${clientId}/method`);
  const methods = useApi<MethodListResponse>("/api/methods");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function choose(methodId: string) {
    setBusy(true);
    setError(undefined);
    try {
      view.setData(
        await api<ClientMethodView>("PUT", `/api/clients/${clientId}/method`, methodId ? { methodId } : null),
      );
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  let body: React.ReactNode;
  if (view.error) body = <ErrorState error={view.error} what="the method" onRetry={view.reload} />;
  else if (!view.data || !methods.data) body = <Spinner label="Loading methods…" />;
  else {
    const v = view.data;
    body = (
      <>
        <div className="field">
          <label htmlFor="client-method">Method</label>
          <select
            id="client-method"
            value={v.override ? "" : (v.methodId ?? "")}
            disabled={busy}
            onChange={(e) => void choose(e.target.value)}
          >
            <option value="">Default (your goal default, else Spotter's choice)</option>
            {methods.data.items.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} · {m.daysPerWeek} days{m.source === "organization" ? " · yours" : ""}
              </option>
            ))}
          </select>
        </div>
        <p className="muted small" aria-live="polite">
          {v.resolved ? (
            <>
              Drafts follow <strong>{v.resolved.name}</strong> ({VIA[v.resolved.via] ?? v.resolved.via}).
              {v.roadmap === "rebuilt" ? " The roadmap was rebuilt with its days." : null}
              {v.roadmap === "split_replaced" ? " Your edited roadmap kept its blocks and took its days." : null}
            </>
          ) : (
            "No method: drafts follow the default weekly split."
          )}
        </p>
      </>
    );
  }
  return (
    <Card title="Method">
      {error ? (
        <p className="notice notice-red" role="alert">
          {error}
        </p>
      ) : null}
      {body}
    </Card>
  );
}
