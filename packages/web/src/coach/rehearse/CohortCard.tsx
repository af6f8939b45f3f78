import type { CohortAuditResponse } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { Badge, Button, Card, ErrorState, Spinner } from "../../ui/index.ts";
import { cohortAuditQuery } from "./queries.ts";

type Difference = CohortAuditResponse["differences"][number];

const ATTRIBUTE_LABEL: Record<string, string> = {
  ageBand: "Age band",
  sex: "Sex",
  bodyMass: "Body mass",
  trainingAge: "Training age",
  strength: "Strength",
};

/** The cohort audit: run it, see the unexplained differences first, then the explained ones by pair. */
export function CohortCard() {
  const res = useQuery(cohortAuditQuery());
  return (
    <Card
      title="Cohort audit"
      actions={
        <Button onClick={() => void res.refetch()} disabled={res.isFetching}>
          {res.data ? "Run again" : "Run cohort audit"}
        </Button>
      }
    >
      <p className="muted">
        Matched synthetic clients that differ in one attribute (age band, sex, body mass, training age, strength) go
        through your trainer profile, methods and exercises: screening, segment, default method and two weeks of drafted
        sessions. Every difference is listed, with the rule that explains it — or flagged when nothing does.
      </p>
      {res.isFetching ? <Spinner label="Running the cohort audit…" /> : null}
      {res.error ? <ErrorState error={res.error} what="the cohort audit" onRetry={() => void res.refetch()} /> : null}
      {res.data && !res.isFetching ? <CohortReport r={res.data} /> : null}
    </Card>
  );
}

function CohortReport({ r }: { r: CohortAuditResponse }) {
  const unexplained = r.differences.filter((d) => !d.explained);
  const explained = groupExplained(r.differences.filter((d) => d.explained));
  return (
    <section className="rh-report" aria-label="Cohort audit report">
      <ul className="rh-figures">
        <li>
          <strong>{r.clients}</strong> clients
        </li>
        <li>
          <strong>{r.pairs}</strong> matched pairs
        </li>
        <li>
          <strong>{r.explained}</strong> explained differences
        </li>
        <li className={r.unexplained > 0 ? "rh-bad" : "rh-good"}>
          <strong>{r.unexplained}</strong> unexplained
        </li>
      </ul>
      <p className="muted">
        From {r.start}, with the {r.against.trainerProfile === "saved" ? "saved" : "default"} trainer profile and{" "}
        {r.against.methods} methods ({r.against.organizationMethods} your own).
      </p>
      {unexplained.length > 0 ? (
        <>
          <h3>Unexplained differences</h3>
          <ul className="rh-diffs" aria-label="Unexplained differences">
            {unexplained.map((d) => (
              <li key={`${d.goal}|${d.attribute}|${d.variantValue}|${d.dimension}|${d.where}`} className="rh-diff">
                <p>
                  <strong>
                    {d.goal} · {ATTRIBUTE_LABEL[d.attribute] ?? d.attribute} {d.variantValue}
                  </strong>{" "}
                  — {d.dimension} at {d.where}
                </p>
                <p>
                  Base: {d.before} → variant: {d.after}
                </p>
                <p className="muted">{d.rule}</p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="rh-good">Every difference is explained by a rule.</p>
      )}
      <details className="rh-explained-toggle">
        <summary>
          Explained differences: {r.explained} in {explained.length} groups, each with its rule
        </summary>
        <ul className="rh-explained">
          {explained.map((g) => (
            <li key={g.key}>
              <Badge tone="green">×{g.count}</Badge> {g.label} <span className="muted">— {g.rule}</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function groupExplained(ds: Difference[]) {
  const out = new Map<string, { key: string; label: string; rule: string; count: number }>();
  for (const d of ds) {
    const key = `${d.goal}|${d.attribute}|${d.variantValue}|${d.dimension}`;
    const g = out.get(key) ?? {
      key,
      label: `${d.goal} · ${ATTRIBUTE_LABEL[d.attribute] ?? d.attribute} ${d.variantValue}: ${d.dimension}`,
      rule: d.rule,
      count: 0,
    };
    g.count++;
    out.set(key, g);
  }
  return [...out.values()];
}
