/**
 * Helpers for the programming tests: the session shape as the API returns it, and short-hands for
 * generate → publish → log through HTTP.
 */
import type { SessionDto, StoredSessionItem } from "@spotter/contracts";
import type { TestClient } from "../support.ts";

export const SECTIONS = ["warmup", "main", "finisher", "cooldown"] as const;

export function items(s: SessionDto): StoredSessionItem[] {
  return SECTIONS.flatMap((sec) => s.plan[sec]);
}

export function expectOk<T>(res: { status: number; body: unknown }, status: number, what: string): T {
  if (res.status !== status)
    throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

export async function generate(coach: TestClient, clientId: string, body: Record<string, unknown> = {}) {
  const res = await coach.post<SessionDto>(`/api/clients/${clientId}/sessions`, { durationMinutes: 60, ...body });
  return expectOk<SessionDto>(res, 201, "generate");
}

export async function publish(coach: TestClient, sessionId: string) {
  return expectOk<SessionDto>(await coach.post(`/api/sessions/${sessionId}/publish`), 200, "publish");
}

/** Logs every working set of a session as prescribed (reps hit, RPE given), plus extras. */
export function logAsPrescribed(s: SessionDto, rpe = 7, extra: Record<string, unknown> = {}) {
  const sets = items(s)
    .filter((i) => i.role !== "ramp")
    .flatMap((i) =>
      Array.from({ length: i.sets }, (_, setIndex) => ({
        itemId: i.id,
        setIndex,
        load: i.load ?? 0,
        reps: i.reps ?? 0,
        ...(i.seconds !== undefined && i.reps === undefined ? { seconds: i.seconds } : {}),
        ...(i.reps !== undefined && i.load ? { rpe } : {}),
        completed: true,
      })),
    );
  return { unit: s.plan.unit, sets, sessionRpe: 7, feel: 4, ...extra };
}
