import { EngineError, generateSession, roadmapPosition, simulateClient, simulationPersonas } from "@spotter/engine";
import { describe, expect, it } from "vitest";

/**
 * A week drafted at once (issue 16): no draft is a log, so rotation alone would make every draft of
 * the week the same "next" day. The calendar's planned day wins when given, with its own reason.
 */
describe("generateSession with plannedDayIndex", () => {
  const persona = simulationPersonas().find((p) => p.id === "hypertrophy")!;
  const sim = simulateClient({ persona, weeks: 3, seed: 1 });
  const day = "2026-03-23";
  const position = roadmapPosition(sim.roadmap, day);
  const split = sim.roadmap.blocks[position.blockIndex]!.split;
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

  it("drafts the planned day of the split, says so, and keeps the rotation's day as an input", () => {
    expect(split.length).toBeGreaterThan(1);
    const rotated = generateSession(input);
    const rotationIndex = rotated.reasons.find((r) => r.ruleId === "split.day_choice")!.inputs.dayIndex as number;
    const other = (rotationIndex + 1) % split.length;
    const planned = generateSession({ ...input, plannedDayIndex: other });
    expect(planned.dayLabel).toBe(split[other]!.label);
    expect(rotated.dayLabel).toBe(split[rotationIndex]!.label);
    const why = planned.reasons.find((r) => r.ruleId === "split.day_planned");
    expect(why?.inputs).toMatchObject({ dayIndex: other, rotationDayIndex: rotationIndex });
    expect(planned.reasons.some((r) => r.ruleId === "split.day_choice")).toBe(false);
  });

  it("refuses a day the split does not have, naming the field", () => {
    try {
      generateSession({ ...input, plannedDayIndex: split.length });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
      expect((e as EngineError).fields?.[0]?.path).toBe("plannedDayIndex");
    }
  });
});
