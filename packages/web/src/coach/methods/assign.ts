import type {
  MethodAssignCandidate,
  MethodAssignCandidatesResponse,
  MethodBulkAssignRequest,
  MethodBulkAssignResponse,
} from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get, post } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";

const base = (methodId: string) => `/api/methods/${encodeURIComponent(methodId)}`;

/** The caller's clients, what each follows now and what assigning `methodId` would change. */
export const assignCandidatesQuery = (methodId: string) =>
  queryOptions({
    queryKey: ["methods", "assignments", methodId],
    queryFn: ({ signal }) => get<MethodAssignCandidatesResponse>(`${base(methodId)}/assignments`, signal),
  });

/**
 * One request for every chosen client; each is assigned all-or-nothing on the server. Every client
 * page's method and roadmap may have changed, and the candidates' "now" column: all refetch.
 */
export function useBulkAssign(methodId: string) {
  return useApiMutation({
    request: (body: MethodBulkAssignRequest) => post<MethodBulkAssignResponse>(`${base(methodId)}/assign`, body),
    invalidates: () => [["methods", "assignments", methodId], ["clients"]],
  });
}

/** What assigning does to a client's plan, in the coach's words. */
export const EFFECT_TEXT: Record<MethodAssignCandidate["effect"], string> = {
  none: "No roadmap yet: the next draft follows it",
  rebuilt: "Roadmap rebuilt with its days",
  split_replaced: "Your edited roadmap keeps its blocks, takes its days",
  unchanged: "Already on this method",
};

export const VIA_TEXT: Record<NonNullable<MethodAssignCandidate["current"]>["via"], string> = {
  client_override: "own copy",
  client_assignment: "assigned",
  trainer_default: "your goal default",
  engine_default: "Spotter's choice",
};
