import { type QueueItem, queueResponseSchema } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/programming/clock.ts";
import { compareQueueItems } from "../../src/routes/queue/queue.ts";
import { createClient, createOrg, createTestApp, type Org, type TestApp } from "../support.ts";

type Page = {
  items: QueueItem[];
  total: number;
  counts: { red: number; yellow: number; overdue: number };
  now: string;
};

const NOW = "2026-03-02T12:00:00.000Z";
const at = (hours: number) => new Date(Date.parse(NOW) + hours * 3600_000).toISOString();

/**
 * Issue 12: the queue is ordered, filtered and paginated in SQL. Every page, filter and view must
 * hold exactly the items (and order) that the former full list sorted by compareQueueItems gives.
 */
describe("queue pages from the database", () => {
  let t: TestApp;
  let org: Org;
  const expected: QueueItem[] = [];

  beforeAll(async () => {
    t = await createTestApp({ clock: fixedClock(NOW) });
    org = await createOrg(t, "Queue");
    const clientIds = [org.ids.clientId, org.ids.spareClientId];
    for (let i = 0; i < 4; i++) clientIds.push(await createClient(org.coach, `Queue client ${i}`));
    const ownersOnly = await createClient(org.owner, "Owner's own client");
    // Another coach's client: in the owner's queue, never in the first coach's (their statement
    // starts from their own clients, queue-sql.ts).
    const othersClient = await createClient(org.otherCoach, "Other coach's client");
    const archived = await createClient(org.coach, "Archived client");
    await org.coach.post(`/api/clients/${archived}/archive`);
    const name = new Map<string, string>();
    for (const r of await t.database.query<{ id: string; name: string }>("select id, name from clients"))
      name.set(r.id, r.name);
    let n = 0;
    const flag = async (
      clientId: string,
      level: "red" | "yellow",
      due: number | null,
      created: number,
      status = "open",
    ) => {
      const kind = `kind_${n++}`;
      const [row] = await t.database.query<{ id: string }>(
        `insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence,
           recommended_action, refer_to, due_at, status, created_at)
         values ($1, $2, $3, $4, 's', 'r', $5, $6, 'call them', $7, $8, $9, $10) returning id`,
        [
          org.ids.organizationId,
          clientId,
          kind,
          level,
          `flag ${kind}`,
          JSON.stringify({ inputs: { pain: 7 }, dates: ["2026-03-01"], extra: "x".repeat(50) }),
          JSON.stringify(["physio"]),
          due === null ? null : at(due),
          status,
          at(created),
        ],
      );
      if (status === "open" && clientId !== archived && row)
        expected.push({
          type: "flag",
          id: row.id,
          clientId,
          clientName: name.get(clientId) ?? "",
          level,
          kind,
          exerciseId: null,
          message: `flag ${kind}`,
          evidence: {},
          recommendedAction: "call them",
          referTo: ["physio"],
          diff: null,
          humanRequested: false,
          dueAt: due === null ? null : at(due),
          overdue: due !== null && due < 0,
          createdAt: at(created),
        });
    };
    const proposal = async (
      clientId: string,
      level: "red" | "yellow" | "green",
      due: number | null,
      created: number,
      status = "pending_review",
    ) => {
      const engineId = `e_${n++}`;
      // Every other proposal is about one lift, as a load hold is.
      const exerciseId = n % 2 ? "back-squat" : null;
      const reasons = [
        { code: "a", message: "Tired." },
        { code: "b", message: "Sore." },
      ];
      const [row] = await t.database.query<{ id: string }>(
        `insert into proposals (organization_id, client_id, engine_id, kind, date, scope, diff, reasons, decision_reasons,
           level, major, status, automated, human_requested, due_at, created_at, exercise_id)
         values ($1, $2, $3, 'deload', '2026-03-02', 'client', $4, $5, '[]', $6, false, $7, false, true, $8, $9, $10) returning id`,
        [
          org.ids.organizationId,
          clientId,
          engineId,
          JSON.stringify({ before: { loadChangePct: 0 }, after: { loadChangePct: -10 } }),
          JSON.stringify(reasons),
          level,
          status,
          due === null ? null : at(due),
          at(created),
          exerciseId,
        ],
      );
      if (status === "pending_review" && clientId !== archived && row)
        expected.push({
          type: "proposal",
          id: row.id,
          clientId,
          clientName: name.get(clientId) ?? "",
          level,
          kind: "deload",
          exerciseId,
          message: "Tired. Sore.",
          evidence: {},
          recommendedAction: null,
          referTo: null,
          diff: { before: { loadChangePct: 0 }, after: { loadChangePct: -10 } },
          humanRequested: true,
          dueAt: due === null ? null : at(due),
          overdue: due !== null && due < 0,
          createdAt: at(created),
        });
    };
    const all = [...clientIds, ownersOnly, othersClient, archived];
    for (let i = 0; i < all.length; i++) {
      const c = all[i] ?? "";
      await flag(c, i % 3 === 0 ? "red" : "yellow", i % 4 === 0 ? null : (i % 5) - 2, -i - 1);
      await flag(c, "yellow", (i % 3) - 1, -i - 2, i === 2 ? "resolved" : "open");
      await proposal(
        c,
        (["green", "yellow", "red"] as const)[i % 3] ?? "green",
        i % 2 ? null : 3 - i,
        -i,
        i === 1 ? "approved" : "pending_review",
      );
      await proposal(c, "yellow", -1, -i - 3);
    }
    expected.sort(compareQueueItems);
  });
  afterAll(() => t.close());

  const ids = (items: QueueItem[]) => items.map((i) => `${i.type}:${i.id}`);

  it("every page of every filter equals the full sorted list, for the owner and the coach", async () => {
    const coachSees = new Set(
      (
        await t.database.query<{ client_id: string }>("select client_id from coach_clients where coach_user_id = $1", [
          org.ids.coachId,
        ])
      ).map((r) => r.client_id),
    );
    for (const [who, visible] of [
      [org.owner, (_: QueueItem) => true],
      [org.coach, (i: QueueItem) => coachSees.has(i.clientId)],
    ] as const) {
      const filters: [string, (i: QueueItem) => boolean][] = [
        ["", () => true],
        ["&level=red", (i) => i.level === "red"],
        ["&type=proposal", (i) => i.type === "proposal"],
        ["&overdue=true", (i) => i.overdue],
        [`&clientId=${org.ids.spareClientId}`, (i) => i.clientId === org.ids.spareClientId],
      ];
      for (const [query, keep] of filters) {
        const want = expected.filter((i) => visible(i) && keep(i));
        const got: QueueItem[] = [];
        let total = -1;
        for (let offset = 0; offset <= want.length; offset += 4) {
          const res = await who.get<Page>(`/api/queue?view=summary&limit=4&offset=${offset}${query}`);
          expect(res.status, query).toBe(200);
          total = res.body.total;
          expect(res.body.counts).toEqual({
            red: want.filter((i) => i.level === "red").length,
            yellow: want.filter((i) => i.level === "yellow").length,
            overdue: want.filter((i) => i.overdue).length,
          });
          got.push(...res.body.items);
        }
        expect(total, query).toBe(want.length);
        expect(ids(got), query).toEqual(ids(want));
        const strip = (i: QueueItem) => ({ ...i, evidence: {} });
        expect(got.map(strip), query).toEqual(want.map(strip));
      }
    }
  });

  it("the summary leaves proposal reasons and extra flag evidence to the detail; full keeps the original shape", async () => {
    const summary = (await org.owner.get<Page>("/api/queue?view=summary&limit=500")).body.items;
    const full = (await org.owner.get<Page>("/api/queue?limit=500")).body.items;
    // Written without zod (http/trusted-json.ts): the same bytes the schema's output would give.
    for (const url of ["/api/queue?view=summary&limit=500", "/api/queue?limit=500", "/api/queue?offset=400"]) {
      const res = await org.coach.get(url);
      expect(res.headers.get("content-type"), url).toContain("application/json");
      // JSON.parse keeps the answer's key order, so this compares what was written.
      expect(JSON.stringify(res.body), url).toBe(JSON.stringify(queueResponseSchema.parse(res.body)));
    }
    expect(ids(full)).toEqual(ids(summary));
    const p = summary.find((i) => i.type === "proposal");
    const f = summary.find((i) => i.type === "flag");
    expect(p?.evidence).toEqual({});
    expect(f?.evidence).toEqual({ inputs: { pain: 7 }, dates: ["2026-03-01"] });
    const fullP = full.find((i) => i.id === p?.id);
    expect(fullP?.evidence).toEqual({
      reasons: [
        { code: "a", message: "Tired." },
        { code: "b", message: "Sore." },
      ],
      decisionReasons: [],
    });

    const detail = await org.coach.get<QueueItem>(`/api/queue/proposals/${fullP?.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toEqual(fullP);
    const flagDetail = await org.owner.get<QueueItem>(`/api/queue/flags/${f?.id}`);
    expect(flagDetail.body.evidence).toMatchObject({ extra: "x".repeat(50) });
    // Outside the caller's roster: 404, as for every record.
    const ownersFlag = full.find((i) => i.type === "flag" && i.clientName === "Owner's own client");
    expect((await org.coach.get(`/api/queue/flags/${ownersFlag?.id}`)).status).toBe(404);
    expect((await org.otherCoach.get(`/api/queue/proposals/${fullP?.id}`)).status).toBe(404);
    // The client role may not read the queue; another organization's owner finds nothing.
    expect((await org.client.get(`/api/queue/flags/${f?.id}`)).status).toBe(403);
    expect((await org.client.get("/api/queue?view=summary")).status).toBe(403);
    const other = await createOrg(t, "Elsewhere");
    expect((await other.owner.get(`/api/queue/proposals/${fullP?.id}`)).status).toBe(404);
    expect((await other.owner.get(`/api/queue/flags/${f?.id}`)).status).toBe(404);
    expect((await other.owner.get<Page>("/api/queue?view=summary")).body.total).toBe(0);
  });

  it("times with microseconds read as the ms ISO text, truncated, in the page and the detail", async () => {
    const micro = await createOrg(t, "Micro");
    const [flag] = await t.database.query<{ id: string }>(
      `insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence,
         recommended_action, due_at, status, created_at)
       values ($1, $2, 'k', 'red', 's', 'r', 'm', '{}', 'call', '2026-03-03 01:02:03.000999+00', 'open',
         '2026-03-01 10:11:12.345999+00') returning id`,
      [micro.ids.organizationId, micro.ids.clientId],
    );
    const [proposal] = await t.database.query<{ id: string }>(
      `insert into proposals (organization_id, client_id, engine_id, kind, date, scope, diff, reasons, decision_reasons,
         level, major, status, automated, human_requested, due_at, created_at)
       values ($1, $2, 'e', 'deload', '2026-03-02', 'client', '{}', '[]', '[]', 'green', false, 'pending_review',
         false, false, '2026-03-02 11:59:59.999999+00', '2026-03-01 00:00:00.000001+00') returning id`,
      [micro.ids.organizationId, micro.ids.clientId],
    );
    const page = (await micro.coach.get<Page>("/api/queue?view=summary")).body.items;
    const times = (i: QueueItem | undefined) => [i?.dueAt, i?.createdAt, i?.overdue];
    expect(page.map(times)).toEqual([
      ["2026-03-03T01:02:03.000Z", "2026-03-01T10:11:12.345Z", false],
      ["2026-03-02T11:59:59.999Z", "2026-03-01T00:00:00.000Z", true],
    ]);
    expect(times((await micro.coach.get<QueueItem>(`/api/queue/flags/${flag?.id}`)).body)).toEqual(times(page[0]));
    const detail = (await micro.coach.get<QueueItem>(`/api/queue/proposals/${proposal?.id}`)).body;
    expect(times(detail)).toEqual(times(page[1]));
  });

  it("a page past the end is empty but still counts the queue", async () => {
    const res = await org.owner.get<Page>("/api/queue?view=summary&offset=400");
    expect(res.body.items).toEqual([]);
    expect(res.body.total).toBe(expected.length);
  });
});
