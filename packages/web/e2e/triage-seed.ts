import type { Database } from "@spotter/server";
import { recordSessionForMonitoring } from "@spotter/server/demo";
// The server suite's browser-like HTTP client (cookie jar + x-csrf-token) and its fixtures.
import { createClient, inviteAndAccept, signup, TestClient } from "@spotter/server/testing";

const DAY = 86_400_000;
export const today = () => new Date().toISOString().slice(0, 10);
export const daysAgo = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) - n * DAY).toISOString().slice(0, 10);

type CheckIn = {
  date: string;
  sleepHours: number;
  sleepQuality: number;
  fatigue: number;
  soreness: number;
  stress: number;
  mood: number;
  redFlags?: Record<string, boolean>;
};
const steady = (date: string, k = 0): CheckIn => ({
  date,
  sleepHours: 7.5 + ((k % 3) - 1) * 0.25,
  sleepQuality: 2 + (k % 3 === 2 ? 1 : 0),
  fatigue: 2 + (k % 3 === 1 ? 1 : 0),
  soreness: 2,
  stress: 2 + (k % 4 === 0 ? 1 : 0),
  mood: 2,
});

export type TriageWorld = {
  owner: TestClient;
  ownerEmail: string;
  organizationId: string;
  red: string;
  sore: string;
  tired: string;
  /** Self-guided, no login: a low-readiness day auto-applies a load hold the coach can undo. */
  auto: string;
  portal: { clientId: string; email: string };
};

async function ok<T>(p: Promise<{ status: number; body: T }>, what: string, status = 200): Promise<T> {
  const r = await p;
  if (r.status !== status) throw new Error(`${what}: expected ${status}, got ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

async function client(owner: TestClient, name: string, model: string): Promise<string> {
  const id = await createClient(owner, name);
  await ok(owner.request("PUT", `/api/clients/${id}/tier`, { model }), `tier for ${name}`);
  return id;
}

async function checkIns(owner: TestClient, id: string, list: CheckIn[]) {
  for (const c of list) await ok(owner.post(`/api/clients/${id}/checkins`, c), `check-in ${c.date}`);
}

/**
 * Seeds a roster through the HTTP API: a red (chest pain, concierge tier), two premium clients
 * whose check-ins raise yellow proposals that wait for review (persistent soreness → volume cut;
 * nine days of high fatigue → deload), and a self-guided client with a portal login, six weeks
 * of check-ins and session loads (for the charts). Session loads go straight into monitoring's
 * feed because no HTTP route writes it yet.
 */
export async function seedTriageWorld(baseUrl: string, database: Database): Promise<TriageWorld> {
  const owner = new TestClient(baseUrl);
  const me = await signup(owner, "Triage Gym");
  const organizationId = me.organization.id;

  const red = await client(owner, "Riley Red", "full_service_concierge");
  await checkIns(owner, red, [{ ...steady(today()), redFlags: { chestPain: true } }]);

  const sore = await client(owner, "Sam Sore", "human_in_loop_premium");
  await checkIns(
    owner,
    sore,
    [4, 3, 2, 1, 0].map((k) => ({ ...steady(daysAgo(k), k), soreness: 5 })),
  );

  const tired = await client(owner, "Tara Tired", "human_in_loop_premium");
  await checkIns(
    owner,
    tired,
    [8, 7, 6, 5, 4, 3, 2, 1, 0].map((k) => ({ ...steady(daysAgo(k), k), fatigue: 6 })),
  );

  const auto = await client(owner, "Uma Undo", "ai_led_self_guided");
  await checkIns(owner, auto, [
    { date: today(), sleepHours: 6.5, sleepQuality: 5, fatigue: 4, soreness: 4, stress: 4, mood: 4 },
  ]);

  const portalId = await client(owner, "Chris Portal", "ai_led_self_guided");
  const sessions = [];
  for (let k = 41; k >= 1; k--) {
    if (k % 7 === 0 || k % 7 === 2 || k % 7 === 4)
      sessions.push({
        ref: `seed-${k}`,
        date: daysAgo(k),
        planned: true,
        completed: true,
        durationMin: 50 + (k % 3) * 10,
        sessionRpe: 6 + (k % 3),
      });
  }
  await recordSessionForMonitoring(database, organizationId, portalId, sessions);
  await checkIns(
    owner,
    portalId,
    Array.from({ length: 41 }, (_, i) => steady(daysAgo(41 - i), i)),
  );
  const login = new TestClient(baseUrl);
  const acc = await inviteAndAccept(owner, login, { role: "client", clientId: portalId, name: "Chris Portal" });

  return {
    owner,
    ownerEmail: me.email,
    organizationId,
    red,
    sore,
    tired,
    auto,
    portal: { clientId: portalId, email: acc.email },
  };
}

/** A deadline that has passed: moves one flag's due time an hour into the past (instead of waiting). */
export async function makeOverdue(database: Database, flagId: string): Promise<void> {
  await database.query("update flags set due_at = now() - interval '1 hour' where id = $1", [flagId]);
}
