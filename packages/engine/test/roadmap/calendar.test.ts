import {
  buildRoadmap,
  createTrainerProfile,
  plannedDayOn,
  plannedDays,
  trainingWeekdays,
  weeklySplit,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";
import { client } from "../fixtures/programming.ts";

describe("the week calendar (planned days from roadmap × method days × schedule)", () => {
  it("takes the preferred weekdays, Monday first, filled from the default spread when too few", () => {
    expect(trainingWeekdays({ daysPerWeek: 4, preferredDays: ["fri", "mon", "tue", "thu"] })).toEqual([
      "mon",
      "tue",
      "thu",
      "fri",
    ]);
    expect(trainingWeekdays({ daysPerWeek: 3, preferredDays: [] })).toEqual(["mon", "wed", "fri"]);
    expect(trainingWeekdays({ daysPerWeek: 3, preferredDays: ["sat"] })).toEqual(["mon", "wed", "sat"]);
    expect(trainingWeekdays({ daysPerWeek: 2, preferredDays: ["mon", "tue", "wed"] })).toEqual(["mon", "tue"]);
  });

  it("walks the method's days in order through each block's training dates", () => {
    const roadmap = buildRoadmap(client(), createTrainerProfile(), { startDate: "2026-03-02", now: "2026-03-02" });
    const block = roadmap.blocks[0]!;
    block.split = weeklySplit(4);
    const schedule = {
      daysPerWeek: 4,
      preferredDays: ["fri", "mon", "tue", "thu"] as ("mon" | "tue" | "thu" | "fri")[],
    };
    const week = plannedDays(roadmap, schedule, "2026-03-02", "2026-03-08");
    expect(week.map((d) => [d.date, d.dayIndex])).toEqual([
      ["2026-03-02", 0],
      ["2026-03-03", 1],
      ["2026-03-05", 2],
      ["2026-03-06", 3],
    ]);
    expect(week[2]!.label).toBe(block.split[2]!.label);
    // A 4-day method on 3 weekdays rotates across weeks: week 2's Monday is day 4.
    const three = { daysPerWeek: 3, preferredDays: [] };
    expect(plannedDayOn(roadmap, three, "2026-03-09")?.dayIndex).toBe(3);
    expect(plannedDayOn(roadmap, three, "2026-03-10")).toBeNull();
    expect(plannedDayOn(roadmap, three, "2026-03-01")).toBeNull();
  });
});
