/**
 * The monitoring routes' inputs for the authorization matrix (spread into ../matrix-fixtures.ts).
 * `{proposalId}` and `{flagId}` point at records of org A's client created through the API (a very
 * low check-in yields a session-swap proposal, a chest-pain answer a red flag); after the first
 * right caller decides them, later calls answer 409, never a refusal. `{tierId}` is one of A's tiers.
 */
import { type Org, uniqueEmail } from "../support.ts";

type World = { a: Org; b: Org };
const today = () => new Date().toISOString().slice(0, 10);
const checkIn = (over: Record<string, unknown> = {}) => ({
  date: today(),
  sleepHours: 7.5,
  sleepQuality: 2,
  fatigue: 2,
  soreness: 2,
  stress: 2,
  mood: 2,
  ...over,
});

async function proposalOfA(w: World): Promise<string> {
  const url = `/api/clients/${w.a.ids.clientId}`;
  const existing = await w.a.coach.get<{ items: { id: string }[] }>(`${url}/proposals`);
  if (existing.body.items[0]) return existing.body.items[0].id;
  const low = checkIn({ sleepHours: 3, sleepQuality: 7, fatigue: 7, soreness: 7, stress: 7, mood: 7 });
  const res = await w.a.coach.post(`${url}/checkins`, low);
  if (res.status !== 200) throw new Error(`matrix: check-in failed ${res.status}`);
  const list = await w.a.coach.get<{ items: { id: string }[] }>(`${url}/proposals`);
  const id = list.body.items[0]?.id;
  if (!id) throw new Error("matrix: a very low check-in produced no proposal");
  return id;
}

async function flagOfA(w: World): Promise<string> {
  const url = `/api/clients/${w.a.ids.clientId}`;
  const existing = await w.a.coach.get<{ items: { id: string }[] }>(`${url}/flags`);
  if (existing.body.items[0]) return existing.body.items[0].id;
  await w.a.coach.post(`${url}/checkins`, checkIn({ redFlags: { chestPain: true } }));
  const list = await w.a.coach.get<{ items: { id: string }[] }>(`${url}/flags`);
  const id = list.body.items[0]?.id;
  if (!id) throw new Error("matrix: a chest-pain check-in raised no flag");
  return id;
}

async function tierOfA(w: World): Promise<string> {
  const list = await w.a.owner.get<{ items: { id: string; name: string }[] }>("/api/tiers");
  const id = list.body.items.find((t) => t.name === "Premium")?.id ?? list.body.items[0]?.id;
  if (!id) throw new Error("matrix: org A has no tiers");
  return id;
}

export const MONITORING_PARAM_VALUES: Record<string, (w: World) => Promise<string> | string> = {
  proposalId: proposalOfA,
  flagId: flagOfA,
  tierId: tierOfA,
};

const tier = (name: string) => ({
  name,
  price: { amountMinor: 4900, currency: "EUR", period: "month" },
  reviewCadence: "weekly",
  responseHours: { yellow: 24, red: 4 },
  autoApplyKinds: ["progression"],
});

export const MONITORING_SAMPLE_BODIES: Record<string, (w: World) => unknown> = {
  "POST /api/clients/{id}/checkins": () => checkIn({ fatigue: 3 }),
  "POST /api/me/checkins": () => checkIn({ fatigue: 3 }),
  "POST /api/proposals/{proposalId}/approve": () => ({ reason: "matrix" }),
  "POST /api/proposals/{proposalId}/reject": () => ({ reason: "matrix" }),
  "POST /api/proposals/{proposalId}/undo": () => ({}),
  "POST /api/proposals/{proposalId}/ask-human": () => ({}),
  "POST /api/flags/{flagId}/resolve": () => ({ outcome: "note", note: "matrix" }),
  "POST /api/tiers": () => tier(`Matrix ${uniqueEmail("tier")}`),
  "PUT /api/tiers/{tierId}": () => ({ ...tier("Premium"), autoApplyKinds: [] }),
  "PUT /api/clients/{id}/tier": () => ({ model: "human_in_loop_premium" }),
};
