import type { TierView } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { label } from "../coach/labels.ts";
import { Field } from "../ui/index.ts";
import { useAssignTier } from "./mutations.ts";
import { tiersQuery } from "./queries.ts";

const money = (t: TierView) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: t.price.currency }).format(t.price.amountMinor / 100);

/** The client's service tier (what auto-applies, how fast a coach answers) and a picker to change it. */
export function TierSummary({ clientId, current }: { clientId: string; current: { id: string; name: string } | null }) {
  const tiers = useQuery(tiersQuery());
  const assign = useAssignTier(clientId);
  // Shown at once; back to the saved tier if the server refuses.
  const [tierId, setTierId] = useState(current?.id ?? "");
  const tier =
    tiers.data?.items.find((t) => t.id === (tierId || current?.id)) ?? tiers.data?.items.find((t) => t.isDefault);

  function change(id: string) {
    const before = tierId;
    setTierId(id);
    assign.mutate(id, { onError: () => setTierId(before) });
  }
  const status = assign.isPending
    ? "Saving…"
    : assign.isSuccess
      ? "Tier saved. It applies from the next check-in or log."
      : assign.error?.message;

  return (
    <div className="triage-tier">
      {tiers.data ? (
        <Field label="Service tier" hint={status}>
          <select value={tier?.id ?? ""} onChange={(e) => change(e.target.value)}>
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
