import {
  BUILTIN_EXERCISES,
  createCatalog,
  generateSession,
  roadmapPosition,
  simulateClient,
  simulationPersonas,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";

/**
 * An exercise the organization archived stays readable (history, methods naming it) but drafting
 * never reaches it by pattern or offers it as a swap; a method that names it still gets it.
 */
describe("archived exercises", () => {
  const persona = simulationPersonas().find((p) => p.id === "hypertrophy")!;
  const sim = simulateClient({ persona, weeks: 3, seed: 1 });
  const day = "2026-03-23";
  const position = roadmapPosition(sim.roadmap, day);
  const split = sim.roadmap.blocks[position.blockIndex]!.split;
  const named = new Set(split.flatMap((d) => d.slots.flatMap((s) => s.exerciseIds ?? [])));
  const input = {
    trainer: persona.trainer,
    client: persona.client,
    catalog: sim.catalog,
    roadmap: sim.roadmap,
    position,
    history: sim.logs,
    today: { durationMinutes: 60, newPain: [] },
    now: `${day}T08:00:00Z`,
    seed: 3,
  };
  type Item = { exerciseId: string; alternatives?: string[] };
  const worked = (s: ReturnType<typeof generateSession>) => s.main as Item[];
  const archiving = (ids: ReadonlySet<string>) =>
    createCatalog(BUILTIN_EXERCISES.map((e) => (ids.has(e.id) ? { ...e, archived: true } : e)));

  it("a method naming an archived exercise still gets it; the pattern's archived ones are never offered as swaps", () => {
    const before = worked(generateSession(input));
    const offered = new Set(before.flatMap((i) => i.alternatives ?? []));
    expect(offered.size).toBeGreaterThan(0);
    const first = before[0]!.exerciseId;
    expect(named.has(first)).toBe(true);
    const after = worked(generateSession({ ...input, catalog: archiving(new Set([...offered, first])) }));
    expect(after.map((i) => i.exerciseId)).toEqual(before.map((i) => i.exerciseId));
    // Alternatives the method itself lists for the slot stay; the pattern's others are gone.
    const fromPattern = [...offered].filter((id) => !named.has(id));
    expect(fromPattern.length).toBeGreaterThan(0);
    for (const item of after) for (const alt of item.alternatives ?? []) expect(fromPattern).not.toContain(alt);
  });

  it("slots chosen by pattern never pick an archived exercise", () => {
    // The same roadmap with no named lifts: every slot is filled from its pattern.
    const roadmap = {
      ...sim.roadmap,
      blocks: sim.roadmap.blocks.map((b) => ({
        ...b,
        split: b.split.map((d) => ({ ...d, slots: d.slots.map(({ exerciseIds: _, ...slot }) => slot) })),
      })),
    };
    const before = worked(generateSession({ ...input, roadmap }));
    const picked = new Set(before.map((i) => i.exerciseId));
    const after = worked(generateSession({ ...input, roadmap, catalog: archiving(picked) }));
    expect(after.length).toBe(before.length);
    for (const item of after) expect(picked.has(item.exerciseId)).toBe(false);
  });
});
