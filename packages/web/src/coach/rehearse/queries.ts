import type { CohortAuditResponse, ScenarioRunResponse } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

/** Both run on demand (the owner presses the button): they compute, they are not cheap reads. */
export const cohortAuditQuery = () =>
  queryOptions({
    queryKey: ["rehearse", "cohorts"],
    queryFn: ({ signal }) => get<CohortAuditResponse>("/api/rehearse/cohorts", signal),
    enabled: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const scenarioRunQuery = () =>
  queryOptions({
    queryKey: ["rehearse", "scenarios"],
    queryFn: ({ signal }) => get<ScenarioRunResponse>("/api/rehearse/scenarios", signal),
    enabled: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
