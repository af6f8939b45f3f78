import type { ProposalView } from "@spotter/contracts";

type Reason = ProposalView["reasons"][number];

/** Machine-readable reasons shown as the sentence plus the rule id a coach can look up. */
export function ReasonList({ reasons, empty }: { reasons: Reason[]; empty?: string }) {
  if (!reasons.length) return <p className="muted">{empty ?? "No reasons recorded."}</p>;
  return (
    <ul className="triage-reasons">
      {reasons.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one rule can give several reasons
        <li key={i}>
          <span>{r.message}</span> <code className="triage-rule">{r.ruleId}</code>
        </li>
      ))}
    </ul>
  );
}
