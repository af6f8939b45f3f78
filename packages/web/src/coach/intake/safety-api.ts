import type { ClearanceRequest, ClientSafety } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get, post } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";
import { clientKey } from "../client-page/queries.ts";

/** The coach's safety view of one client (intake review, clearances, open reds). */
export const clientSafetyQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "safety"],
    queryFn: ({ signal }) => get<ClientSafety>(`/api/clients/${clientId}/safety`, signal),
  });

/** Records a clearance; everything about the client refetches (drafts and the portal gate change). */
export function useRecordClearance(clientId: string) {
  return useApiMutation({
    request: (body: ClearanceRequest) => post(`/api/clients/${clientId}/clearances`, body),
    invalidates: () => [clientKey(clientId)],
  });
}

/** Confirms intake findings the coach has checked with the client. */
export function useConfirmFindings(clientId: string) {
  return useApiMutation({
    request: (ruleIds: string[]) => post(`/api/clients/${clientId}/intake-review/confirm`, { ruleIds }),
    invalidates: () => [clientKey(clientId)],
  });
}
