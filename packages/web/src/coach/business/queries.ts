import type { BusinessFiguresResponse, BusinessSettings, TierList, TierWriteRequest } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get, put } from "../../api/client.ts";

export const businessKey = ["business"] as const;

export const businessFiguresQuery = (period: { from: string; to: string } | null) =>
  queryOptions({
    queryKey: [...businessKey, "figures", period],
    queryFn: ({ signal }) => {
      const search = period ? `?${new URLSearchParams(period)}` : "";
      return get<BusinessFiguresResponse>(`/api/business/figures${search}`, signal);
    },
  });

export const tiersQuery = () =>
  queryOptions({
    queryKey: ["tiers"],
    queryFn: ({ signal }) => get<TierList>("/api/tiers", signal),
  });

export const saveBusinessSettings = (body: BusinessSettings) => put<BusinessSettings>("/api/business/settings", body);

export const saveTier = (id: string, body: TierWriteRequest) => put<unknown>(`/api/tiers/${id}`, body);
