import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  BUILTIN_METHODS,
  buildRoadmap,
  createTrainerProfile,
  findMethod,
  type Method,
  validateMethod,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";
import { SCHEMA_DIR } from "../../scripts/gen-schemas.ts";
import { clientProfileSchema } from "../client-profile.ts";
import { methodSchema, roadmapSchema } from "./index.ts";

/** The export format is the method's JSON; importing is parsing it back. */
const exportMethod = (m: Method): string => JSON.stringify(m);
const importMethod = (json: string) => methodSchema.safeParse(JSON.parse(json));
const editable = (id: string): Method => JSON.parse(exportMethod(findMethod(id)!));

/** The paths (as the API prints them) of every issue of a failed import. */
function issuePaths(input: unknown): string[] {
  const r = methodSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => i.path.join("."));
}

describe("method import/export", () => {
  it.each(BUILTIN_METHODS.map((m) => [m.id, m] as const))("%s: export → import gives the same method", (_, m) => {
    const back = importMethod(exportMethod(m));
    expect(back.success).toBe(true);
    expect(back.data).toEqual(m);
    expect(validateMethod(back.data!)).toEqual([]);
  });

  it("a bad import names the field", () => {
    const inverted = editable("upper-lower-hypertrophy");
    inverted.days[0]!.slots[1]!.prescription!.accumulation!.reps = [12, 8];
    expect(issuePaths(inverted)).toEqual(["days.0.slots.1.prescription.accumulation.reps"]);

    const typo = editable("novice-linear-full-body") as unknown as { days: { slots: Record<string, unknown>[] }[] };
    typo.days[0]!.slots[0]!.prescriptoin = {};
    expect(issuePaths(typo)).toEqual(["days.0.slots.0"]);

    const pattern = editable("novice-linear-full-body") as unknown as { days: { slots: { pattern: string }[] }[] };
    pattern.days[1]!.slots[2]!.pattern = "deadlifts";
    expect(issuePaths(pattern)).toEqual(["days.1.slots.2.pattern"]);

    const contradiction = editable("powerlifting-peaking");
    contradiction.days[0]!.slots[0]!.prescription!.intensification = { sets: 4, reps: 3, rpe: 9, percent1rm: 63 };
    expect(issuePaths(contradiction)).toEqual(["days.0.slots.0.prescription.intensification.percent1rm"]);

    expect(
      issuePaths({ ...editable("gzclp-tiered-novice"), deload: { setsScale: 0.9, loadScale: 0.9, rpeShift: -1 } }),
    ).toEqual(["deload.setsScale"]);
    expect(issuePaths({ ...editable("gzclp-tiered-novice"), id: "My Method" })).toEqual(["id"]);
  });

  it("the published JSON Schema describes the same shape (closed objects, required fields)", () => {
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, "method.json"), "utf8"));
    expect(schema.$id).toBe("https://spotter.local/schemas/method.json");
    expect(schema.required).toEqual(["version", "id", "name", "summary", "basis", "goals", "levels", "days", "deload"]);
    expect(schema.additionalProperties).toBe(false);
    const slot = schema.properties.days.items.properties.slots.items;
    expect(slot.required).toEqual(["pattern", "role"]);
    expect(Object.keys(slot.properties.prescription.properties)).toEqual([
      "accumulation",
      "intensification",
      "realization",
      "deload",
      "taper",
    ]);
  });

  it("a roadmap built from a method keeps its slots and records the method, and parses back", () => {
    const client = clientProfileSchema.parse({
      goals: { primary: "strength" },
      trainingAgeMonths: 24,
      locations: [{ id: "gym", name: "Gym", equipment: ["barbell", "squat_rack", "bench", "dumbbells"] }],
      defaultLocationId: "gym",
      schedule: { daysPerWeek: 4, sessionMinutes: 75 },
    });
    const method = findMethod("training-max-531")!;
    const roadmap = buildRoadmap(client, createTrainerProfile(), {
      startDate: "2026-03-02",
      now: "2026-03-02T08:00:00Z",
      method,
    });
    const parsed = roadmapSchema.parse(JSON.parse(JSON.stringify(roadmap)));
    expect(parsed.method).toEqual({ id: method.id, name: method.name });
    expect(parsed.blocks[0]!.split).toEqual(method.days);
  });
});
