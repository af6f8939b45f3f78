/**
 * The programming routes' inputs for the authorization matrix (spread into ../matrix-fixtures.ts):
 * `{sessionId}` is a fresh PUBLISHED session of org A's client per call (so the client may read
 * and log it, and edits answer 409 rather than a refusal); bodies are valid.
 */
import { clientProfileSchema, type SessionDto } from "@spotter/contracts";
import { buildRoadmap, DEFAULT_TRAINER_PROFILE } from "@spotter/engine";
import { type Org, profileInput } from "../support.ts";

type World = { a: Org; b: Org };
let counter = 0;

async function publishedSession(w: World): Promise<string> {
  const draft = await w.a.coach.post<SessionDto>(`/api/clients/${w.a.ids.clientId}/sessions`, { durationMinutes: 45 });
  if (draft.status !== 201) throw new Error(`matrix: generate failed ${draft.status} ${JSON.stringify(draft.body)}`);
  const published = await w.a.coach.post(`/api/sessions/${draft.body.id}/publish`);
  if (published.status !== 200)
    throw new Error(`matrix: publish failed ${published.status} ${JSON.stringify(published.body)}`);
  return draft.body.id;
}

export const PROGRAMMING_PARAM_VALUES: Record<string, (w: World) => Promise<string> | string> = {
  sessionId: publishedSession,
};

const today = () => new Date().toISOString().slice(0, 10);

export const PROGRAMMING_SAMPLE_BODIES: Record<string, (w: World) => unknown> = {
  "PUT /api/trainer-profile": () => ({ effortScale: "rir", finisherStyle: "carry" }),
  "POST /api/exercises": () => ({
    id: `org:matrix-drill-${Date.now().toString(36)}-${++counter}`,
    name: "Matrix drill",
    pattern: "core_anti_extension",
    primaryMuscles: ["abs"],
    equipment: [[]],
    level: "beginner",
    unilateral: false,
    loadType: "bodyweight",
    measure: "time",
    regressions: ["front-plank"],
    cues: { setup: ["Set up."], execution: ["Brace."], faults: ["Sagging hips."] },
    tempo: "0-0-0-0",
    secondsPerRep: 1,
  }),
  "POST /api/clients/{id}/roadmap": () => ({}),
  "PUT /api/clients/{id}/roadmap": () => ({
    roadmap: buildRoadmap(clientProfileSchema.parse(profileInput()), DEFAULT_TRAINER_PROFILE, {
      startDate: today(),
      now: `${today()}T12:00:00.000Z`,
    }),
  }),
  "POST /api/clients/{id}/sessions": () => ({ durationMinutes: 45 }),
  "PATCH /api/sessions/{sessionId}": () => ({ ops: [{ op: "set", itemId: "main-0", sets: 2 }] }),
  "POST /api/sessions/{sessionId}/log": () => ({ sets: [], sessionRpe: 5 }),
  "POST /api/sessions/{sessionId}/publish": () => ({}),
  // A past week: every planned day answers "past" (the week's own tests draft and publish for real).
  "POST /api/clients/{id}/week/generate": () => ({ start: "2026-01-05" }),
  "POST /api/clients/{id}/week/publish": () => ({ start: "2026-01-05" }),
  "PATCH /api/clients/{id}/week": () => ({ from: "2026-01-05", to: "2026-01-06" }),
};
