import type { AdaptiveCheckResponse, IntakeList, MeasurementList, ProposalList, TargetsView } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../../../api/client.ts";
import { clientKey } from "../queries.ts";

/** Under ["clients", id] so a change to the client (or its nutrition) refreshes all of these. */
export const nutritionKey = (clientId: string) => [...clientKey(clientId), "nutrition"] as const;

const base = (clientId: string) => `/api/clients/${clientId}/nutrition`;

export const measurementsQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...nutritionKey(clientId), "measurements"],
    queryFn: ({ signal }) => get<MeasurementList>(`${base(clientId)}/measurements`, signal),
  });

export const intakeQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...nutritionKey(clientId), "intake"],
    queryFn: ({ signal }) => get<IntakeList>(`${base(clientId)}/intake`, signal),
  });

export const targetsQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...nutritionKey(clientId), "targets"],
    queryFn: ({ signal }) => get<TargetsView>(`${base(clientId)}/targets`, signal),
  });

export const nutritionProposalsQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...nutritionKey(clientId), "proposals"],
    queryFn: ({ signal }) => get<ProposalList>(`${base(clientId)}/proposals`, signal),
  });

/** What the monitoring pass last concluded: the adaptive estimate and the day's target check (staff only). */
export const adaptiveQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...nutritionKey(clientId), "adaptive"],
    queryFn: ({ signal }) => get<AdaptiveCheckResponse>(`${base(clientId)}/adaptive`, signal),
  });
