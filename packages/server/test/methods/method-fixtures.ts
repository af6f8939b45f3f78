/**
 * A small valid method for the server tests and the authorization matrix: two days with labels
 * no built-in uses ("Alpha squat day", "Beta hinge day"), so a draft that follows it is recognisable.
 */
import type { Method } from "@spotter/engine";
import type { Org } from "../support.ts";

let counter = 0;
/** A fresh `org:` id per call (tests in one database never collide). */
export const uniqueMethodId = (prefix = "test") => `org:${prefix}-${Date.now().toString(36)}-${++counter}`;

export function sampleMethod(id = uniqueMethodId()): Method {
  return {
    version: 1,
    id,
    name: "Two-day test method",
    summary: "A squat day and a hinge day, for tests.",
    basis: "Test fixture, no published source.",
    goals: ["strength"],
    levels: ["beginner", "intermediate"],
    days: [
      {
        label: "Alpha squat day",
        slots: [
          { pattern: "squat", role: "main", exerciseIds: ["back-squat"] },
          { pattern: "horizontal_push", role: "secondary", exerciseIds: ["barbell-bench-press"] },
          { pattern: "horizontal_pull", role: "accessory" },
        ],
      },
      {
        label: "Beta hinge day",
        slots: [
          { pattern: "hinge", role: "main", exerciseIds: ["deadlift"] },
          { pattern: "vertical_push", role: "secondary", exerciseIds: ["overhead-press"] },
          { pattern: "vertical_pull", role: "accessory" },
        ],
      },
    ],
    deload: { setsScale: 0.5, loadScale: 0.9, rpeShift: -1 },
  };
}

/** Creates a method in the organization as its coach; returns its id. */
export async function createMethod(org: Org, method: Method = sampleMethod()): Promise<string> {
  const res = await org.coach.post<{ method: Method }>("/api/methods", method);
  if (res.status !== 201) throw new Error(`create method: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.method.id;
}

/** Inputs the authorization matrix needs for the method routes (spread into ../matrix-fixtures.ts). */
export const METHOD_PARAM_VALUES: Record<string, (w: { a: Org; b: Org }) => Promise<string> | string> = {
  methodId: (w) => createMethod(w.a),
};

export const METHOD_SAMPLE_BODIES: Record<string, (w: { a: Org; b: Org }) => unknown> = {
  "POST /api/methods": () => sampleMethod(uniqueMethodId("matrix")),
  // The PUT's path id is created fresh per call; the body's id must match it, so the matrix sends a
  // valid method whose id the route compares (a mismatch is a 400, never a refusal or a 500).
  "PUT /api/methods/{methodId}": () => sampleMethod(uniqueMethodId("matrix")),
  "PUT /api/clients/{id}/method": () => ({ method: sampleMethod(uniqueMethodId("matrix-client")) }),
  "POST /api/clients/{id}/method/preview": () => ({ method: sampleMethod(uniqueMethodId("matrix-preview")) }),
};
