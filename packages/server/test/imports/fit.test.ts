/**
 * Garmin FIT strength activities through the official SDK: the three real strength recordings
 * (set counts as PROVENANCE.md lists them, decoded once by hand), every other real FIT file refused
 * with a reason naming what is wrong (truncated, corrupt header) or what the file holds instead.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFit } from "../../src/imports/fit.ts";
import { ImportFileError } from "../../src/imports/model.ts";
import { REALDATA } from "./realdata.ts";

const fit = (name: string) => readFileSync(resolve(REALDATA, "fit", name));

/** Active sets, weighted sets, heaviest kg, per real strength file; minutes of the strength session. */
export const REAL_FIT = [
  {
    file: "fitanalyzer__20474406937_ACTIVITY.fit",
    date: "2025-09-23",
    minutes: 40,
    sets: 38,
    weighted: 14,
    heaviest: 14,
  },
  {
    file: "fitanalyzer__20748058539_ACTIVITY.fit",
    date: "2025-10-20",
    minutes: 31,
    sets: 14,
    weighted: 5,
    heaviest: 14,
  },
  {
    file: "fitanalyzer__20744294788_ACTIVITY.fit",
    date: "2025-10-20",
    minutes: 66,
    sets: 41,
    weighted: 16,
    heaviest: 136,
  },
] as const;

const REFUSED: [string, RegExp][] = [
  ["fitparse__activity-unexpected-eof.fit", /fails its integrity check .*truncated or corrupted/],
  ["fitparse__activity-settings-corruptheader.fit", /does not decode: .*not a FIT file/],
  ["fitparse__garmin-fenix-5-run.fit", /no strength-training sets \(sessions: running\)/],
  ["fitparse__activity-large-fenxi2-multisport.fit", /no strength-training sets \(sessions: .*running.*cycling/],
  ["fitparse__MonitoringFile.fit", /no strength-training sets \(sessions: none\)/],
  ["fitparse__WeightScaleMultiUser.fit", /no strength-training sets \(sessions: none\)/],
  ["fitparse__coros-pace-2-cycling-misaligned-fields.fit", /no strength-training sets \(sessions: cycling\)/],
];

describe("FIT strength activities", () => {
  for (const f of REAL_FIT)
    it(`${f.file}: one strength session, ${f.sets} active sets, ${f.weighted} weighted, heaviest ${f.heaviest} kg`, () => {
      const sessions = parseFit(fit(f.file));
      expect(sessions).toHaveLength(1);
      const [s] = sessions;
      expect(s).toMatchObject({ date: f.date, durationMin: f.minutes });
      expect(s?.sets).toHaveLength(f.sets);
      const weighted = s?.sets.filter((x) => x.weightKg !== undefined) ?? [];
      expect(weighted).toHaveLength(f.weighted);
      expect(Math.max(...weighted.map((x) => x.weightKg ?? 0))).toBe(f.heaviest);
    });

  it("names the watch's exercise category", () => {
    const names = new Set(parseFit(fit("fitanalyzer__20748058539_ACTIVITY.fit"))[0]?.sets.map((s) => s.exerciseName));
    expect(names).toContain("Bench Press");
    expect(names).toContain("Pull Up");
    expect(names).toContain("Unidentified exercise (FIT)");
  });

  for (const [file, message] of REFUSED)
    it(`refuses ${file}`, () => {
      let error: unknown;
      try {
        parseFit(fit(file));
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ImportFileError);
      expect((error as Error).message).toMatch(message);
    });

  it("refuses bytes that are not FIT", () => {
    expect(() => parseFit(Buffer.from("Date,Exercise\n"))).toThrow(/not a FIT file/);
  });
});
