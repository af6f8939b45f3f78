import {
  deriveProgressionStates,
  EngineError,
  generateSession,
  roadmapPosition,
  simulateClient,
  simulationPersonas,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";

/**
 * Drafting from a windowed history plus the progression states stored for the logs before it
 * (issue 8's performance note): the same draft as from every log, without re-reading them.
 */
describe("generateSession with priorStates and a windowed history", () => {
  const persona = simulationPersonas().find((p) => p.id === "hypertrophy")!;
  const sim = simulateClient({ persona, weeks: 12, seed: 1 });
  const day = "2026-05-25"; // the Monday after the 12 weeks
  const input = {
    trainer: persona.trainer,
    client: persona.client,
    catalog: sim.catalog,
    roadmap: sim.roadmap,
    position: roadmapPosition(sim.roadmap, day),
    today: { durationMinutes: 60, newPain: [] },
    now: `${day}T08:00:00Z`,
    seed: 7,
  };
  const WINDOW = 24;
  const older = sim.logs.slice(0, -WINDOW);
  const window = sim.logs.slice(-WINDOW);
  const main = (s: ReturnType<typeof generateSession>) =>
    s.main.map((i) => `${i.exerciseId} ${i.sets}×${i.reps ?? i.seconds} @ ${i.load ?? "-"}`);

  it("drafts the same work as the full history", () => {
    const full = generateSession({ ...input, history: sim.logs });
    const prior = deriveProgressionStates(older);
    const windowed = generateSession({ ...input, history: window, priorStates: prior });
    expect(older.length).toBeGreaterThan(10);
    expect(main(windowed)).toEqual(main(full));
    expect(full.main.some((i) => (i.load ?? 0) > 0)).toBe(true);
  });

  it("the window alone (no stored states) forgets what came before: exposures restart", () => {
    const full = deriveProgressionStates(sim.logs);
    const alone = deriveProgressionStates(window);
    const continued = deriveProgressionStates(window, deriveProgressionStates(older));
    const id = "barbell-bench-press";
    expect(continued[id]).toEqual(full[id]);
    expect(alone[id]!.exposures).toBeLessThan(full[id]!.exposures);
  });

  it("never changes the stored states it continues from", () => {
    const prior = deriveProgressionStates(older);
    const before = JSON.stringify(prior);
    generateSession({ ...input, history: window, priorStates: prior });
    deriveProgressionStates(window, prior);
    expect(JSON.stringify(prior)).toBe(before);
  });

  it("rejects an impossible stored state, naming the field", () => {
    const prior = deriveProgressionStates(older);
    const bad = { ...prior, "back-squat": { ...prior["back-squat"]!, e1rmKg: -5 } };
    const run = () => generateSession({ ...input, history: window, priorStates: bad });
    expect(run).toThrow(EngineError);
    expect(run).toThrow(/priorStates\.back-squat\.e1rmKg/);
  });
});
