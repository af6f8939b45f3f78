import type {
  ApproveProposalRequest,
  AskHumanRequest,
  ProposalView,
  RejectProposalRequest,
  ResolveFlagRequest,
  ResolveFlagResponse,
  TierAssignRequest,
  TierAssignResponse,
  UndoProposalRequest,
} from "@spotter/contracts";
import { post, put } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { clientKey } from "../coach/client-page/queries.ts";
import { proposalsQuery, queueKey } from "./queries.ts";

/** Each decision with the body its route takes. */
type DecideVars = { proposalId: string } & (
  | { decision: "approve"; body: ApproveProposalRequest }
  | { decision: "reject"; body: RejectProposalRequest }
  | { decision: "undo"; body: UndoProposalRequest }
  | { decision: "ask-human"; body: AskHumanRequest }
);
export type Decision = DecideVars["decision"];

/** Approve (optionally with an edit), reject, undo, or ask for a human: the queue and the client's data refresh. */
export function useDecideProposal() {
  return useApiMutation({
    request: ({ proposalId, decision, body }: DecideVars) =>
      post<ProposalView>(`/api/proposals/${proposalId}/${decision}`, body),
    update: (cache, p) =>
      cache.setQueryData(proposalsQuery(p.clientId).queryKey, (old) =>
        old ? { items: old.items.map((x) => (x.id === p.id ? p : x)) } : old,
      ),
    invalidates: (p) => [queueKey, clientKey(p.clientId)],
  });
}

export function useResolveFlag() {
  return useApiMutation({
    request: ({ flagId, body }: { flagId: string; body: ResolveFlagRequest }) =>
      post<ResolveFlagResponse>(`/api/flags/${flagId}/resolve`, body),
    invalidates: (r) => [queueKey, clientKey(r.flag.clientId)],
  });
}

export function useAssignTier(clientId: string) {
  return useApiMutation({
    request: (tierId: string) =>
      put<TierAssignResponse>(`/api/clients/${clientId}/tier`, { tierId } satisfies TierAssignRequest),
    invalidates: () => [
      [...clientKey(clientId), "monitoring"],
      [...clientKey(clientId), "segment"],
    ],
  });
}
