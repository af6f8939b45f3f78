import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createOrg, createTestApp, type TestApp } from "../support.ts";

type Page = { items: { id: string; name: string; status: string; coach: { id: string } | null }[]; total: number };

/**
 * Issue 12: GET /api/clients without a search term runs a prepared statement (routes/clients/
 * list-query.ts). Its pages must be the same rows, order and totals the visibility rules give,
 * for the owner and a coach, for each status filter, on every page.
 */
describe("client list through the prepared statement", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("pages, filters and scopes exactly like the full list", async () => {
    const org = await createOrg(t, "Prepared");
    // Another organization's clients count in neither total.
    await createClient((await createOrg(t, "Elsewhere")).owner, "alpha elsewhere");
    const names = ["delta", "Alpha", "charlie", "bravo", "echo", "alpha"];
    const ids: string[] = [];
    for (const name of names) ids.push(await createClient(org.coach, name));
    ids.push(await createClient(org.owner, "zulu (owner's)"));
    // Another coach's client: on the owner's pages, never on the first coach's (whose statement
    // starts from their own clients, list-query.ts).
    await createClient(org.otherCoach, "bravo (other coach's)");
    expect((await org.coach.post(`/api/clients/${ids[1]}/archive`)).status).toBe(200);

    const expected = async (coachId: string | null, status: string) =>
      (
        await t.database.query<{ id: string }>(
          `select c.id from clients c left join coach_clients cc on cc.client_id = c.id
           where c.organization_id = $1 and ($2::uuid is null or cc.coach_user_id = $2) and ($3 = 'all' or c.status = $3)
           order by c.name, c.id`,
          [org.ids.organizationId, coachId, status],
        )
      ).map((r) => r.id);

    for (const [who, coachId] of [
      [org.owner, null],
      [org.coach, org.ids.coachId],
    ] as const) {
      for (const status of ["active", "archived", "all"]) {
        const want = await expected(coachId, status);
        const got: string[] = [];
        for (let page = 1; page <= Math.ceil(want.length / 3) + 1; page++) {
          const res = await who.get<Page>(`/api/clients?status=${status}&page=${page}&pageSize=3`);
          expect(res.status).toBe(200);
          expect(res.body.total).toBe(want.length);
          got.push(...res.body.items.map((i) => i.id));
          if (coachId) expect(res.body.items.every((i) => i.coach?.id === coachId)).toBe(true);
        }
        expect(got).toEqual(want);
      }
    }
    // The search path (dynamic query) agrees with the prepared one on the same rows.
    const searched = await org.owner.get<Page>("/api/clients?q=alpha&status=all");
    const everyone = await expected(null, "all");
    const alphas = searched.body.items.map((i) => i.id);
    expect(new Set(alphas)).toEqual(new Set([ids[1], ids[5]]));
    expect(alphas).toEqual(everyone.filter((id) => alphas.includes(id)));
  });
});
