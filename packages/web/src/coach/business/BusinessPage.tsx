import type { BusinessFiguresResponse } from "@spotter/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorState, PageHead, Spinner } from "../../ui/index.ts";
import { FigureCard } from "./FigureCard.tsx";
import { figureValue, monthLabel, toneOf } from "./format.ts";
import { PricesCard } from "./PricesCard.tsx";
import { PricingCard } from "./PricingCard.tsx";
import { businessFiguresQuery } from "./queries.ts";
import "./business.css";

/** The figures the strip at the top shows, in this order. */
const KEY_FIGURES = ["retention", "revenue", "satisfaction", "adherence", "response_red"] as const;

/** The owner's one page on the business's health: key numbers, then each figure with its chart. */
export function BusinessPage() {
  const [period, setPeriod] = useState<{ from: string; to: string } | null>(null);
  const res = useQuery({ ...businessFiguresQuery(period), placeholderData: keepPreviousData });
  if (res.isPending) return <Spinner label="Computing the business figures…" />;
  if (res.error) return <ErrorState error={res.error} what="the business figures" onRetry={() => void res.refetch()} />;
  const r = res.data;
  return (
    <div className="biz-page" aria-busy={res.isFetching || undefined}>
      <PageHead
        title="Business"
        subtitle={`${monthLabel(r.from)} – ${monthLabel(r.to)} · by month and service tier`}
        actions={<PeriodPicker value={{ from: r.from, to: r.to }} onChange={setPeriod} />}
      />
      <KeyNumbers r={r} />
      <div className="biz-grid">
        {r.figures.map((f) => (
          <FigureCard key={f.id} figure={f} months={r.months} />
        ))}
        <Comments r={r} />
      </div>
      <div className="biz-grid biz-grid-bottom">
        <PricingCard pricing={r.pricing} settings={r.settings} />
        <PricesCard />
      </div>
    </div>
  );
}

function KeyNumbers({ r }: { r: BusinessFiguresResponse }) {
  return (
    <ul className="biz-kpis" aria-label="Key numbers">
      {KEY_FIGURES.map((id) => {
        const f = r.figures.find((x) => x.id === id);
        if (!f) return null;
        return (
          <li key={id} className={`biz-kpi tone-${toneOf(f)}`}>
            <a href={`#fig-${id}`}>
              <span className="biz-kpi-label">{f.title}</span>
              <span className="biz-kpi-value">{figureValue(f, f.headline.value)}</span>
              <span className="biz-kpi-sub">{f.headlineLabel}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

function PeriodPicker({
  value,
  onChange,
}: {
  value: { from: string; to: string };
  onChange: (p: { from: string; to: string }) => void;
}) {
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  return (
    <form
      className="biz-period"
      onSubmit={(e) => {
        e.preventDefault();
        if (from && to && from <= to) onChange({ from, to });
      }}
    >
      <label className="biz-field">
        <span>From</span>
        <input type="month" value={from} max={to} onChange={(e) => setFrom(e.currentTarget.value)} />
      </label>
      <label className="biz-field">
        <span>To</span>
        <input type="month" value={to} min={from} onChange={(e) => setTo(e.currentTarget.value)} />
      </label>
      <button type="submit" className="btn btn-secondary btn-sm">
        Show
      </button>
    </form>
  );
}

function Comments({ r }: { r: BusinessFiguresResponse }) {
  return (
    <article className="biz-card" aria-labelledby="fig-comments">
      <header className="biz-card-head">
        <h2 id="fig-comments">What clients say</h2>
        <p className="biz-sub">Latest survey comments (names left out)</p>
      </header>
      {r.comments.length === 0 ? (
        <p className="biz-empty">No comments in this period yet.</p>
      ) : (
        <ul className="biz-comments">
          {r.comments.map((c) => (
            <li key={`${c.at}-${c.comment}`}>
              <span className={`biz-score score-${c.score >= 9 ? "good" : c.score <= 6 ? "bad" : "watch"}`}>
                {c.score}
              </span>
              <blockquote>{c.comment}</blockquote>
              <span className="muted">
                {c.tier} · {c.at.slice(0, 10)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
