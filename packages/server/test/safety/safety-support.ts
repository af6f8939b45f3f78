/**
 * Helpers for the safety tests: a client with a portal login and known 1RMs, the four conditions
 * that must keep vigorous work from a client, and the one test of "vigorous" the paths are judged by.
 */
import type { SessionDto, StoredSessionItem } from "@spotter/contracts";
import { BUILTIN_EXERCISES, createCatalog, isHighImpact, isVigorousEffort, knownOneRms } from "@spotter/engine";
import { expectOk, items } from "../programming/programming-support.ts";
import { createClient, inviteAndAccept, type Org, profileInput, type TestApp, type TestClient } from "../support.ts";

export const TODAY = "2026-03-02";
const catalog = createCatalog(BUILTIN_EXERCISES);

/** Intake 1RMs, so the main lifts have a known 1RM the 60% rule can bite on. */
export const BASELINES = [
  { exerciseId: "back-squat", loadKg: 120, reps: 1, date: "2026-02-01" },
  { exerciseId: "barbell-bench-press", loadKg: 90, reps: 1, date: "2026-02-01" },
  { exerciseId: "deadlift", loadKg: 150, reps: 1, date: "2026-02-01" },
  { exerciseId: "overhead-press", loadKg: 55, reps: 1, date: "2026-02-01" },
  { exerciseId: "barbell-bent-over-row", loadKg: 80, reps: 1, date: "2026-02-01" },
];
const oneRmOf = knownOneRms({ catalog, states: {}, baselines: BASELINES, today: TODAY, unit: "kg" });

export type Condition = "positive_parq" | "open_red" | "medication_change" | "no_screening";
export const CONDITIONS: Condition[] = ["positive_parq", "open_red", "medication_change", "no_screening"];

export const CHEST_PAIN_SCREEN = {
  heartCondition: false,
  chestPainActivity: true,
  dizzinessOrFainting: false,
  diagnosedChronicCondition: false,
  prescribedMedication: false,
  boneJointProblem: false,
  medicallySupervisedOnly: false,
  conditions: [],
};

/** Why an item is vigorous (RPE ≥ 7 / RIR ≤ 3 / ≥ 60% 1RM target, high impact, load ≥ 60% of a known 1RM), or null. */
export function vigorousWhy(i: StoredSessionItem): string | null {
  if (i.effort && isVigorousEffort(i.effort)) return `${i.exerciseId} effort ${i.effort.scale} ${i.effort.value}`;
  const ex = catalog.get(i.exerciseId);
  if (ex && isHighImpact(ex)) return `${i.exerciseId} high impact`;
  const rm = oneRmOf(i.exerciseId);
  if (i.load !== undefined && rm !== undefined && i.load >= rm * 0.6)
    return `${i.exerciseId} load ${i.load} >= 60% of ${rm.toFixed(1)}`;
  return null;
}
export const vigorousItems = (s: SessionDto) => items(s).flatMap((i) => vigorousWhy(i) ?? []);

/** The first item whose load the 60% rule can judge (a known 1RM). */
export function loadedItem(s: SessionDto): StoredSessionItem | undefined {
  return items(s).find((i) => i.role !== "ramp" && i.load !== undefined && oneRmOf(i.exerciseId) !== undefined);
}
export const oneRm = (exerciseId: string) => oneRmOf(exerciseId);

export type PortalClient = { id: string; login: TestClient };

/** A screened, clean client with a portal login and known 1RMs. */
export async function cleanClient(t: TestApp, org: Org, name: string): Promise<PortalClient> {
  const id = await createClient(org.coach, name, {
    profile: profileInput({ baselines: { repMaxes: BASELINES, fieldTests: [] } }),
  });
  const login = t.client();
  await inviteAndAccept(org.coach, login, { role: "client", clientId: id });
  return { id, login };
}

async function patchProfile(org: Org, id: string, change: (p: Record<string, unknown>) => Record<string, unknown>) {
  const current = expectOk<{ profile: Record<string, unknown> }>(
    await org.coach.get(`/api/clients/${id}`),
    200,
    "read",
  );
  expectOk(await org.coach.request("PATCH", `/api/clients/${id}`, { profile: change(current.profile) }), 200, "patch");
}

const checkIn = (over: Record<string, unknown>) => ({
  date: TODAY,
  sleepHours: 7.5,
  sleepQuality: 3,
  fatigue: 3,
  soreness: 3,
  stress: 3,
  mood: 3,
  ...over,
});

/** Puts the client in the condition, the way it happens in the product. */
export async function apply(org: Org, c: PortalClient, condition: Condition): Promise<void> {
  switch (condition) {
    case "positive_parq":
      return patchProfile(org, c.id, (p) => ({ ...p, screening: CHEST_PAIN_SCREEN }));
    case "no_screening":
      return patchProfile(org, c.id, ({ screening: _s, ...p }) => p);
    case "open_red":
      // The client reports chest pain in the check-in: the incremental pass opens a red flag.
      expectOk(await c.login.post("/api/me/checkins", checkIn({ redFlags: { chestPain: true } })), 200, "red check-in");
      return;
    case "medication_change":
      expectOk(
        await c.login.post(
          "/api/me/checkins",
          checkIn({
            medicationChange: { kind: "beta_blocker", change: "started", date: "2026-03-01", name: "bisoprolol" },
          }),
        ),
        200,
        "medication check-in",
      );
      return;
  }
}
