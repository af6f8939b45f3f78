/**
 * FIT wearables (issue 15): daily steps from the real vívofit monitoring file, weigh-ins from the
 * real multi-user scale file, ln rMSSD from a morning resting RR recording with its artefact rules,
 * device resting HR; RR data recorded during a run is skipped with that reason. Values checked by
 * hand once against the decoded messages (see each test).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeFit } from "../../src/imports/fit.ts";
import { fitMorningHrv, lnRmssd } from "../../src/imports/fit-hrv.ts";
import { fitWearable } from "../../src/imports/fit-wearable.ts";
import { FitUserError } from "../../src/imports/fit-weight.ts";
import { restingHrFit, rrRecordingFit } from "./fit-fixtures.ts";
import { REALDATA } from "./realdata.ts";

const real = (name: string) => decodeFit(readFileSync(resolve(REALDATA, "fit", name)));

/** 100 beats alternating 1000/1040 ms: every successive difference is 40 ms, so rMSSD = 40 ms. */
function alternating(): number[] {
  const rr: number[] = [];
  for (let i = 0; i < 100; i++) rr.push(i % 2 ? 1040 : 1000);
  return rr;
}

describe("ln rMSSD and its artefact rules", () => {
  it("is ln of the root mean square of successive differences", () => {
    const r = lnRmssd(alternating());
    expect(r).toMatchObject({ ok: true, kept: 100, total: 100 });
    if (r.ok) expect(r.lnRmssd).toBeCloseTo(Math.log(40), 10);
  });

  it("removes out-of-range and ectopic beats without differencing across them", () => {
    const rr = alternating();
    rr.splice(50, 0, 2500); // out of 300-2000 ms
    rr.splice(70, 0, 700); // 30% shorter than the beat before: ectopic
    const r = lnRmssd(rr);
    expect(r).toMatchObject({ ok: true, kept: 100, total: 102 });
    // Differencing across a removed beat would have added 0 ms or 40 ms pairs in the wrong phase.
    if (r.ok) expect(r.rmssdMs).toBeCloseTo(40, 10);
  });

  it("gives no value for a noisy or short recording", () => {
    const noisy = alternating().map((x, i) => (i % 4 === 0 ? 2600 : x));
    expect(lnRmssd(noisy)).toMatchObject({ ok: false, reason: "too many artefacts (25 of 100 intervals removed)" });
    expect(lnRmssd(alternating().slice(0, 40))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/too short \(41 s/),
    });
  });
});

describe("FIT monitoring, HRV and weight-scale files", () => {
  it("monitoring: the vívofit file's daily summary gives 3,173 steps on 27 Dec 2014 (local day)", () => {
    // Decoded by hand: two 1,440-min summaries at 2014-12-28T06:00Z (local midnight, UTC-6):
    // walking 3,142 steps + running 31 steps.
    const w = fitWearable(real("fitparse__MonitoringFile.fit"));
    expect(w?.daily).toEqual([{ day: "2014-12-27", metric: "steps", value: 3173 }]);
    expect([...(w?.skipped ?? [])]).toEqual([]);
  });

  it("weight scale: a shared scale needs the client's user; each user's weigh-in is theirs", () => {
    const messages = real("fitparse__WeightScaleMultiUser.fit");
    expect(() => fitWearable(messages)).toThrow(FitUserError);
    expect(() => fitWearable(messages)).toThrow(
      /2 people \(users: 0 \(male, 47 y, 1.79 m\); 1 \(female, 52 y, 1.55 m\)\)/,
    );
    expect(() => fitWearable(messages, 7)).toThrow(/no weigh-ins of user 7/);
    expect(fitWearable(messages, 0)?.weighIns).toEqual([{ day: "2009-09-09", kg: 75.8, bodyFatPct: 22.3 }]);
    expect(fitWearable(messages, 1)?.weighIns).toEqual([{ day: "2009-09-09", kg: 58.2, bodyFatPct: 25.1 }]);
    expect([...(fitWearable(messages, 1)?.skipped ?? [])]).toEqual([["weigh-ins of another scale user", 1]]);
  });

  it("HRV: a morning resting recording gives ln rMSSD on its local day", () => {
    // 13:30 UTC at UTC-7 is 06:30 local.
    const w = fitWearable(decodeFit(rrRecordingFit(alternating(), "2030-01-08T13:30:00Z", -7)));
    expect(w?.daily).toEqual([{ day: "2030-01-08", metric: "hrv_ln_rmssd", value: 3.689 }]);
  });

  it("HRV: an evening recording and RR data from a run are skipped, saying why", () => {
    expect(fitMorningHrv(decodeFit(rrRecordingFit(alternating(), "2030-01-09T03:30:00Z", -7)))).toEqual({
      skipped: "RR intervals recorded at 20:00 local time, not a morning recording",
    });
    expect(fitMorningHrv(real("fitparse__garmin-fenix-5-run.fit"))).toEqual({
      skipped: "RR intervals recorded during running, not a resting recording",
    });
    // 500 ms beats: 120 bpm is not rest, whatever the sport says.
    const fast = alternating().map((x) => x / 2);
    expect(fitMorningHrv(decodeFit(rrRecordingFit([...fast, ...fast], "2030-01-08T13:30:00Z", -7)))).toEqual({
      skipped: "RR intervals at a mean heart rate of 118 bpm, not a resting recording",
    });
  });

  it("resting HR: the device's current-day value per local day", () => {
    const w = fitWearable(
      decodeFit(
        restingHrFit(
          [
            ["2030-01-08T14:00:00Z", 52],
            ["2030-01-09T14:00:00Z", 55],
          ],
          -7,
        ),
      ),
    );
    expect(w?.daily).toEqual([
      { day: "2030-01-08", metric: "resting_hr_bpm", value: 52 },
      { day: "2030-01-09", metric: "resting_hr_bpm", value: 55 },
    ]);
  });
});
