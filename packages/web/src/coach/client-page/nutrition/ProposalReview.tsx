import type { ProposalView } from "@spotter/contracts";
import { Link } from "wouter";
import { diffRows, formatValue } from "../../../triage/format.ts";
import { useDecideProposal } from "../../../triage/mutations.ts";
import { Badge, Button } from "../../../ui/index.ts";

/**
 * A target change waiting for the coach, on the Nutrition card itself: the diff (before → after),
 * the engine's reasons and why the tier routed it to review; approve here, or open the approval
 * page to edit or reject with a reason.
 */
export function ProposalReview({ clientId, proposal }: { clientId: string; proposal: ProposalView }) {
  const decide = useDecideProposal();
  const rows = diffRows(proposal.diff).filter((r) => r.changed);
  const busy = decide.isPending && decide.variables?.proposalId === proposal.id;
  return (
    <li className="nutrition-proposal" data-testid="nutrition-proposal">
      <p>
        <Badge tone="yellow">{proposal.status === "pending_review" ? "Needs review" : "Proposed"}</Badge>{" "}
        <span className="muted small">for {proposal.date}</span>
      </p>
      <table className="table triage-diff">
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Now</th>
            <th scope="col">Proposed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="triage-diff-changed">
              <th scope="row">{r.key === "energyKcal" ? "Energy (kcal/day)" : r.label}</th>
              <td data-testid={`proposal-before-${r.key}`}>{formatValue(r.before, r.key)}</td>
              <td data-testid={`proposal-after-${r.key}`}>{formatValue(r.after, r.key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="cues small">
        {[...proposal.reasons, ...proposal.decisionReasons].map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: reasons can repeat a rule
          <li key={i}>{r.message}</li>
        ))}
      </ul>
      {decide.error ? (
        <p className="notice notice-red" role="alert">
          {decide.error.message}
        </p>
      ) : null}
      <p className="nutrition-proposal-actions">
        <Button
          size="sm"
          variant="primary"
          busy={busy}
          onClick={() => decide.mutate({ proposalId: proposal.id, decision: "approve", body: {} })}
        >
          Approve change
        </Button>{" "}
        <Link href={`/clients/${clientId}/proposals/${proposal.id}`}>Edit or reject…</Link>
      </p>
    </li>
  );
}
