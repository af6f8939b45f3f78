import type { ScenarioOutcomeDto, ScenarioRunResponse } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Badge, Button, Card, ErrorState, Spinner, StatusLight } from "../../ui/index.ts";
import { scenarioRunQuery } from "./queries.ts";

const STATUS_LABEL: Record<string, string> = {
  auto_applied: "Applied automatically",
  pending_review: "Waits for the coach",
  blocked: "Blocked",
};

/** The scenario simulator: scripted histories under each of the organization's tiers. */
export function ScenarioCard() {
  const res = useQuery(scenarioRunQuery());
  return (
    <Card
      title="Scenario simulator"
      actions={
        <Button onClick={() => void res.refetch()} disabled={res.isFetching}>
          {res.data ? "Run again" : "Run scenarios"}
        </Button>
      }
    >
      <p className="muted">
        Scripted client histories go through triage and each of your service tiers: what automation would do on its own,
        what waits for a coach, and what the coach would be asked.
      </p>
      {res.isFetching ? <Spinner label="Running the scenarios…" /> : null}
      {res.error ? <ErrorState error={res.error} what="the scenarios" onRetry={() => void res.refetch()} /> : null}
      {res.data && !res.isFetching ? <ScenarioResults r={res.data} /> : null}
    </Card>
  );
}

function ScenarioResults({ r }: { r: ScenarioRunResponse }) {
  const [selected, setSelected] = useState(r.scenarios[0]?.id ?? "");
  const scenario = r.scenarios.find((s) => s.id === selected);
  const outcomes = r.outcomes.filter((o) => o.scenarioId === selected);
  const failed = r.outcomes.filter((o) => !o.expectationsMet).length;
  return (
    <div className="rh-report">
      <p className={failed > 0 ? "rh-bad" : "rh-good"}>
        {r.outcomes.length - failed} of {r.outcomes.length} runs routed safely across {r.tiers.length} tiers (
        {r.tiers.join(", ")}).
      </p>
      <fieldset className="rh-tabs">
        <legend className="visually-hidden">Scenarios</legend>
        {r.scenarios.map((s) => {
          const bad = r.outcomes.some((o) => o.scenarioId === s.id && !o.expectationsMet);
          return (
            <button
              key={s.id}
              type="button"
              className={`rh-tab${s.id === selected ? " rh-tab-on" : ""}`}
              aria-pressed={s.id === selected}
              onClick={() => setSelected(s.id)}
            >
              {s.title}
              {bad ? " ⚠" : ""}
            </button>
          );
        })}
      </fieldset>
      {scenario ? (
        <section aria-label={scenario.title}>
          <h3>{scenario.title}</h3>
          <p>{scenario.story}</p>
          <div className="rh-tiers">
            {outcomes.map((o) => (
              <TierOutcome key={o.tier} o={o} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}

function TierOutcome({ o }: { o: ScenarioOutcomeDto }) {
  return (
    <article className="rh-tier" aria-label={`${o.tier} tier`}>
      <header className="rh-tier-head">
        <h4>{o.tier}</h4>
        <StatusLight level={o.level} />
      </header>
      <p className="rh-tags">
        {o.humanPaged ? <Badge tone="red">Human paged</Badge> : null}
        {o.automationAllowed ? (
          <Badge tone="blue">Automation allowed</Badge>
        ) : (
          <Badge tone="yellow">Automation stopped</Badge>
        )}
        {o.expectationsMet ? <Badge tone="green">Routed safely</Badge> : <Badge tone="red">Unsafe routing</Badge>}
      </p>
      {o.mismatches.length ? (
        <ul className="rh-bad">
          {o.mismatches.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      <h5>What automation would do</h5>
      {o.proposals.length === 0 ? <p className="muted">No change proposed.</p> : null}
      <ul className="rh-list">
        {o.proposals.map((p) => (
          <li key={p.id}>
            <strong>{p.kind.replace(/_/g, " ")}</strong>
            {p.exerciseId ? ` ${p.exerciseId}` : ""}: {p.before} → {p.after}{" "}
            <Badge tone={p.status === "auto_applied" ? "green" : p.status === "blocked" ? "red" : "yellow"}>
              {STATUS_LABEL[p.status] ?? p.status}
            </Badge>
            {p.humanRequested ? <Badge tone="blue">Client asked for a human</Badge> : null}
          </li>
        ))}
      </ul>
      <h5>Flags</h5>
      {o.flags.length === 0 ? <p className="muted">None.</p> : null}
      <ul className="rh-list">
        {o.flags.map((f) => (
          <li key={`${f.kind}-${f.ruleId}`}>
            <StatusLight level={f.level} label={f.kind.replace(/_/g, " ")} /> {f.message}
            {f.referTo.length ? <span className="muted"> Refer to: {f.referTo.join(", ")}.</span> : null}
          </li>
        ))}
      </ul>
      <h5>The coach would be asked</h5>
      {o.coachAsked.length === 0 ? <p className="muted">Nothing: no review is owed.</p> : null}
      <ol className="rh-list">
        {o.coachAsked.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
    </article>
  );
}
