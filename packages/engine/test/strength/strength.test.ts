import {
  e1rmFromReps,
  e1rmFromRpe,
  estimateE1rm,
  loadForTarget,
  percentForRepsToFailure,
  percentOf1rm,
  type REP_FORMULAS,
  repsAtPercent,
  rirFromRpe,
  rpeFromRir,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";

// Epley 1985; Brzycki 1993, JOPERD; Lombardi 1989; Mayhew et al. 1992, J Appl Sport Sci Res;
// O'Conner et al. 1989; Wathen 1994 (NSCA Essentials of S&C).
describe("rep formulas (test vectors, w = 100)", () => {
  const vectors: [keyof typeof REP_FORMULAS, number, number][] = [
    ["epley", 5, 116.667],
    ["brzycki", 5, 112.5],
    ["lombardi", 5, 117.462],
    ["mayhew", 5, 119.01],
    ["oconner", 5, 112.5],
    ["wathan", 5, 116.58],
    ["lander", 5, 113.711],
    ["epley", 10, 133.333],
    ["brzycki", 10, 133.333],
    ["mayhew", 10, 130.934],
    ["wathan", 10, 134.747],
  ];
  it.each(vectors)("%s at %i reps", (f, r, expected) => {
    expect(e1rmFromReps(100, r, f)).toBeCloseTo(expected, 2);
  });
  it("r = 1 returns the load, r = 0 returns 0, reps are capped at 10", () => {
    expect(e1rmFromReps(100, 1, "mayhew")).toBe(100);
    expect(e1rmFromReps(100, 0)).toBe(0);
    expect(e1rmFromReps(100, 20)).toBeCloseTo(133.333, 2);
  });
});

describe("RTS RPE chart (Tuchscherer 2008, The Reactive Training Manual)", () => {
  it("golden: 140 kg x 5 @ RPE 8 -> e1RM 172.626", () => {
    expect(percentOf1rm(5, 8)).toBeCloseTo(81.1, 6);
    expect(e1rmFromRpe(140, 5, 8)).toBeCloseTo(172.626, 2);
    expect(estimateE1rm({ load: 140, reps: 5, rpe: 8 }).e1rm).toBeCloseTo(172.626, 2);
  });
  it("reproduces chart cells", () => {
    expect(percentOf1rm(1, 10)).toBe(100);
    expect(percentOf1rm(12, 6.5)).toBeCloseTo(58.6, 6);
    expect(percentOf1rm(3, 9.5)).toBeCloseTo(90.7, 6);
    expect(percentOf1rm(10, 7)).toBeCloseTo(65.3, 6);
  });
  it("load for a target inverts the e1RM", () => {
    expect(loadForTarget(172.626, 5, 8)).toBeCloseTo(140, 1);
  });
  it("%1RM <-> reps lookups", () => {
    expect(repsAtPercent(81.1, 8)).toBe(5);
    expect(percentForRepsToFailure(5)).toBe(87);
  });
  it("RIR <-> RPE", () => {
    expect(rpeFromRir(2)).toBe(8);
    expect(rirFromRpe(9)).toBe(1);
    expect(estimateE1rm({ load: 140, reps: 5, rir: 2 }).e1rm).toBeCloseTo(172.626, 2);
  });
});
