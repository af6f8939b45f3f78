import { useQuery } from "@tanstack/react-query";
import { Card, ErrorState, Spinner } from "../../ui/index.ts";
import { methodsQuery } from "../pages/queries.ts";
import { useChooseMethod } from "./mutations.ts";
import { clientMethodQuery } from "./queries.ts";
import { SaveTemplate } from "./SaveTemplate.tsx";

const VIA: Record<string, string> = {
  client_override: "this client's own copy",
  client_assignment: "assigned to this client",
  trainer_default: "your default for this goal",
  engine_default: "Spotter's choice for this client",
};

/** Which method (weekly template) this client's drafts follow; choosing one rebuilds the roadmap's days. */
export function MethodCard({ clientId }: { clientId: string }) {
  const view = useQuery(clientMethodQuery(clientId));
  const methods = useQuery(methodsQuery());
  const choose = useChooseMethod(clientId);

  let body: React.ReactNode;
  if (view.error) body = <ErrorState error={view.error} what="the method" onRetry={() => void view.refetch()} />;
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
            disabled={choose.isPending}
            onChange={(e) => choose.mutate(e.target.value ? { methodId: e.target.value } : null)}
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
        {v.resolved ? <SaveTemplate clientId={clientId} currentName={v.resolved.name} /> : null}
      </>
    );
  }
  return (
    <Card title="Method">
      {choose.error ? (
        <p className="notice notice-red" role="alert">
          {choose.error.message}
        </p>
      ) : null}
      {body}
    </Card>
  );
}
