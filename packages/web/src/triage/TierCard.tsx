import type { TierView } from "@spotter/contracts";
import { useState } from "react";
import { toApiError } from "../api/api-error.ts";
import { put } from "../api/client.ts";
import { useApi } from "../api/use-api.ts";
import { label } from "../coach/labels.ts";
import { Field } from "../ui/index.ts";

const money = (t: TierView) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: t.price.currency }).format(t.price.amountMinor / 100);

/** The client's service tier (what auto-applies, how fast a coach answers) and a picker to change it. */
export function TierSummary({ clientId, current }: { clientId: string; current: { id: string; name: string } | null }) {
  const tiers = useApi<{ items: TierView[] }>("/api/tiers");
  const [tierId, setTierId] = useState(current?.id ?? "");
  const [status, setStatus] = useState<string>();
  const tier =
    tiers.data?.items.find((t) => t.id === (tierId || current?.id)) ?? tiers.data?.items.find((t) => t.isDefault);

  async function change(id: string) {
    const before = tierId;
    setTierId(id);
    setStatus("Saving…");
    try {
      await put(`/api/clients/${clientId}/tier`, { tierId: id });
      setStatus("Tier saved. It applies from the next check-in or log.");
    } catch (e) {
      setTierId(before);
      setStatus(toApiError(e).message);
    }
  }

  return (
    <div className="triage-tier">
      {tiers.data ? (
        <Field label="Service tier" hint={status}>
          <select value={tier?.id ?? ""} onChange={(e) => void change(e.target.value)}>
            {tiers.data.items.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({money(t)}/{t.price.period})
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <p className="small">Tier: {current?.name ?? "default"}</p>
      )}
      {tier ? (
        <p className="small muted">
          {tier.model ? `${label(tier.model)}. ` : ""}Review {tier.reviewCadence.replace(/_/g, " ")}; answers a yellow
          within {tier.responseHours.yellow} h and a red within {tier.responseHours.red} h. Applies automatically at
          green:{" "}
          {tier.autoApplyKinds.length ? tier.autoApplyKinds.map((k) => k.replace(/_/g, " ")).join(", ") : "nothing"}.
        </p>
      ) : null}
    </div>
  );
}
