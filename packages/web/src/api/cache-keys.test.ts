import { QueryClient, type QueryKey } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { mySessionsQuery, myTodayQuery } from "../client/queries.ts";
import {
  clientKey,
  clientMethodQuery,
  clientQuery,
  clientSessionsQuery,
  progressQuery,
  roadmapQuery,
  segmentQuery,
} from "../coach/client-page/queries.ts";
import { coachTodayQuery, rosterKey, rosterQuery } from "../coach/pages/queries.ts";
import { sessionQuery } from "../coach/session/queries.ts";
import {
  checkinsQuery,
  flagsQuery,
  monitoringQuery,
  proposalsQuery,
  queueKey,
  queueQuery,
  rosterLevelsQuery,
} from "../triage/queries.ts";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";

/** Which cached keys an invalidation marks stale (what the mutations rely on). */
async function staleAfter(invalidate: QueryKey, keys: QueryKey[]): Promise<boolean[]> {
  const cache = new QueryClient();
  for (const k of keys) cache.setQueryData(k, {});
  await cache.invalidateQueries({ queryKey: invalidate });
  return keys.map((k) => cache.getQueryState(k)?.isInvalidated === true);
}

const aboutClient = (id: string) => [
  clientQuery(id).queryKey,
  clientMethodQuery(id).queryKey,
  roadmapQuery(id).queryKey,
  clientSessionsQuery(id).queryKey,
  progressQuery(id).queryKey,
  segmentQuery(id).queryKey,
  monitoringQuery(id).queryKey,
  flagsQuery(id).queryKey,
  proposalsQuery(id).queryKey,
  checkinsQuery(id).queryKey,
];

describe("query keys", () => {
  it("put everything shown about one client under its prefix, and nothing of another client", async () => {
    const a = aboutClient(A);
    const stale = await staleAfter(clientKey(A), [...a, ...aboutClient(B)]);
    expect(stale.slice(0, a.length).every(Boolean)).toBe(true);
    expect(stale.slice(a.length).some(Boolean)).toBe(false);
  });

  it("refresh the queue and every page's roster lights together, and no roster page or client data", async () => {
    const stale = await staleAfter(queueKey, [
      queueQuery().queryKey,
      rosterLevelsQuery([A, B]).queryKey,
      rosterLevelsQuery([B]).queryKey,
      rosterQuery({ status: "active", page: 1, pageSize: 50 }).queryKey,
      monitoringQuery(A).queryKey,
    ]);
    expect(stale).toEqual([true, true, true, false, false]);
  });

  it("refresh every roster page without touching a client's detail, a session or Today", async () => {
    const stale = await staleAfter(rosterKey, [
      rosterQuery({ status: "active", page: 1, pageSize: 50 }).queryKey,
      rosterQuery({ status: "all", page: 2, pageSize: 50, q: "sam" }).queryKey,
      clientQuery(A).queryKey,
      sessionQuery(A).queryKey,
      coachTodayQuery().queryKey,
    ]);
    expect(stale).toEqual([true, true, false, false, false]);
  });

  it("keep the client portal's own data under ['me']", async () => {
    const stale = await staleAfter(
      ["me"],
      [myTodayQuery().queryKey, mySessionsQuery().queryKey, clientQuery(A).queryKey],
    );
    expect(stale).toEqual([true, true, false]);
  });
});
