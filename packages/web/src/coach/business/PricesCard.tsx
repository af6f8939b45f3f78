import type { TierView } from "@spotter/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Button, Card } from "../../ui/index.ts";
import { businessKey, saveTier, tiersQuery } from "./queries.ts";

/** The owner sets each tier's price, currency and period; revenue and guidance follow at once. */
export function PricesCard() {
  const tiers = useQuery(tiersQuery());
  if (!tiers.data) return null;
  return (
    <Card title="Tier prices" as="section">
      <div className="biz-prices">
        {tiers.data.items.map((t) => (
          <PriceRow key={t.id} tier={t} />
        ))}
      </div>
    </Card>
  );
}

function PriceRow({ tier }: { tier: TierView }) {
  const qc = useQueryClient();
  const [amount, setAmount] = useState(String(tier.price.amountMinor / 100));
  const [currency, setCurrency] = useState(tier.price.currency);
  const [period, setPeriod] = useState(tier.price.period);
  const save = useMutation({
    mutationFn: () =>
      saveTier(tier.id, {
        name: tier.name,
        model: tier.model,
        isDefault: tier.isDefault,
        reviewCadence: tier.reviewCadence,
        responseHours: tier.responseHours,
        autoApplyKinds: tier.autoApplyKinds,
        price: { amountMinor: Math.round(Number(amount) * 100), currency: currency.toUpperCase(), period },
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["tiers"] });
      await qc.invalidateQueries({ queryKey: businessKey });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="biz-price-row" onSubmit={submit} aria-label={`${tier.name} price`}>
      <strong>{tier.name}</strong>
      <label className="biz-field">
        <span>Price</span>
        <input
          type="number"
          min={0}
          step="0.01"
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
          name="amount"
        />
      </label>
      <label className="biz-field biz-field-short">
        <span>Currency</span>
        <input
          value={currency}
          maxLength={3}
          onChange={(e) => setCurrency(e.currentTarget.value)}
          name="currency"
          autoCapitalize="characters"
        />
      </label>
      <label className="biz-field">
        <span>Per</span>
        <select value={period} onChange={(e) => setPeriod(e.currentTarget.value as typeof period)} name="period">
          <option value="week">week</option>
          <option value="month">month</option>
          <option value="year">year</option>
        </select>
      </label>
      <Button type="submit" size="sm" busy={save.isPending}>
        Save
      </Button>
      {save.isSuccess ? <span role="status">Saved</span> : null}
      {save.error ? <span role="alert">{save.error.message}</span> : null}
    </form>
  );
}
