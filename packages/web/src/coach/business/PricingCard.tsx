import type { BusinessSettings, PricingGuidanceView } from "@spotter/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Button, Card } from "../../ui/index.ts";
import { money } from "./format.ts";
import { businessKey, saveBusinessSettings } from "./queries.ts";

const minutes = (m: number) => (m >= 90 ? `${(m / 60).toFixed(1)} h` : `${Math.round(m)} min`);

/**
 * Pricing guidance per tier: coach minutes per client per month (review cadence × minutes per
 * review + measured decisions × minutes per decision) and what the price pays per coach hour, as
 * a bar per tier so the tier that under-prices the coach's time stands out.
 */
export function PricingCard({ pricing, settings }: { pricing: PricingGuidanceView[]; settings: BusinessSettings }) {
  const widest = Math.max(1, ...pricing.map((p) => p.minutesPerClientMonth));
  return (
    <Card title="Pricing guidance" className="biz-wide" as="section">
      <p className="biz-how">
        <strong>How it's computed:</strong> coach minutes per client per month = scheduled reviews a month (from the
        tier's review cadence) × {settings.minutesPerReview} min per review + measured decisions (flags resolved,
        proposals decided) per client-month × {settings.minutesPerDecision} min per decision. The tier's monthly price ÷
        those hours is what a coach hour earns.
      </p>
      <ul className="biz-pricing" aria-label="Coach time per client per month, by tier">
        {pricing.map((p) => (
          <li key={p.tierId} data-tier={p.tier}>
            <div className="biz-pricing-head">
              <strong>{p.tier}</strong>
              <span className="muted">
                {p.reviewCadence.replace("_", " ")} reviews · {money(p.monthlyPriceMinor, p.currency)} a month
              </span>
            </div>
            <div className="biz-bar" role="img" aria-label={`${minutes(p.minutesPerClientMonth)} per client-month`}>
              <span className="biz-bar-review" style={{ width: `${(100 * p.reviewMinutes) / widest}%` }} />
              <span className="biz-bar-decision" style={{ width: `${(100 * p.decisionMinutes) / widest}%` }} />
            </div>
            <p className="biz-pricing-figures">
              <span>
                <b>{minutes(p.minutesPerClientMonth)}</b> per client-month ({minutes(p.reviewMinutes)} reviews
                {p.decisionsPerClientMonth === null
                  ? ", load not measured"
                  : ` + ${minutes(p.decisionMinutes)} for ${p.decisionsPerClientMonth.toFixed(1)} decisions`}
                )
              </span>
              <span>
                <b>{p.pricePerCoachHourMinor === null ? "–" : money(p.pricePerCoachHourMinor, p.currency)}</b> per coach
                hour
              </span>
            </p>
          </li>
        ))}
      </ul>
      <p className="biz-legend" aria-hidden="true">
        <span className="biz-key biz-bar-review" /> scheduled reviews <span className="biz-key biz-bar-decision" />{" "}
        measured decisions
      </p>
      <AssumptionsForm settings={settings} />
    </Card>
  );
}

/** The owner's assumptions behind the guidance and the churn rule; saving recomputes the page. */
function AssumptionsForm({ settings }: { settings: BusinessSettings }) {
  const qc = useQueryClient();
  const [form, setForm] = useState(settings);
  const save = useMutation({
    mutationFn: saveBusinessSettings,
    onSuccess: () => qc.invalidateQueries({ queryKey: businessKey }),
  });
  const field = (name: keyof BusinessSettings, label: string, min: number, max: number, step: number) => (
    <label className="biz-field">
      <span>{label}</span>
      <input
        type="number"
        name={name}
        min={min}
        max={max}
        step={step}
        value={form[name]}
        onChange={(e) => setForm({ ...form, [name]: e.currentTarget.valueAsNumber })}
      />
    </label>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(form);
  };
  return (
    <form className="biz-assumptions" onSubmit={submit} aria-label="Assumptions">
      {field("minutesPerReview", "Minutes per review", 0, 240, 1)}
      {field("minutesPerDecision", "Minutes per decision", 0, 120, 1)}
      {field("churnInactiveDays", "Churned after quiet days", 7, 365, 1)}
      <Button type="submit" variant="primary" busy={save.isPending}>
        Save assumptions
      </Button>
      {save.isSuccess ? <span role="status">Saved</span> : null}
      {save.error ? <p role="alert">{save.error.message}</p> : null}
    </form>
  );
}
