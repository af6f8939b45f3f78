/**
 * Inputs the authorization matrix needs for the exercise library and bulk method assignment
 * (spread into ../matrix-fixtures.ts): a fresh organization exercise of org A per call (a delete
 * must not take the next caller's away) and valid bodies.
 */
import { uniqueMethodId } from "../methods/method-fixtures.ts";
import type { Org } from "../support.ts";

let counter = 0;
const drill = (id: string) => ({
  id,
  name: "Matrix library drill",
  pattern: "core_anti_extension",
  primaryMuscles: ["abs"],
  equipment: [[]],
  level: "beginner",
  unilateral: false,
  loadType: "bodyweight",
  measure: "time",
  cues: { setup: ["Set up."], execution: ["Brace."], faults: ["Sagging hips."] },
  tempo: "0-0-0-0",
  secondsPerRep: 1,
  mediaUrl: "https://example.com/drill",
});

export const EXERCISE_PARAM_VALUES: Record<string, (w: { a: Org; b: Org }) => Promise<string> | string> = {
  exerciseId: async (w) => {
    const id = `org:matrix-library-${Date.now().toString(36)}-${++counter}`;
    const res = await w.a.coach.post("/api/exercises", drill(id));
    if (res.status !== 201) throw new Error(`create exercise: ${res.status} ${JSON.stringify(res.body)}`);
    return id;
  },
};

export const LIBRARY_SAMPLE_BODIES: Record<string, (w: { a: Org; b: Org }) => unknown> = {
  // The path id is created fresh per call; the body's id differs, which the route answers with a
  // 400 naming body.id (handled: never a refusal or a 500), like PUT /api/methods/{methodId}.
  "PUT /api/exercises/{exerciseId}": () => drill(`org:matrix-library-body-${++counter}`),
  "POST /api/exercises/{exerciseId}/archive": () => ({ archived: true }),
  "POST /api/methods/{methodId}/assign": (w) => ({ clientIds: [w.a.ids.clientId] }),
  "POST /api/clients/{id}/method/template": () => ({ id: uniqueMethodId("matrix-template"), name: "Matrix template" }),
};
