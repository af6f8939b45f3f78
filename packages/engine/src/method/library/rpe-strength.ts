import type { BlockKind } from "../../model/plan.ts";
import type { Method, MethodSlot, SlotPrescription } from "../types.ts";
import { byRpe, dose, double, HALF_VOLUME_DELOAD, ids, rampingEffort, slot } from "./build.ts";

/**
 * Main lifts by RPE: fives at RPE 7.5, then triples at RPE 8, then a single at RPE 9 with back-off
 * doubles (93% of the single ≈ 2 @ RPE 8 on the RTS chart). No percentage of a max anywhere, so a
 * client with no known 1RM starts from a working weight and the chart takes over from the log.
 */
const HEAVY: Partial<Record<BlockKind, SlotPrescription>> = {
  accumulation: dose(4, 5, { rpe: 7.5 }, { restSeconds: 180 }),
  intensification: dose(4, 3, { rpe: 8 }, { restSeconds: 210 }),
  realization: dose(3, 2, { rpe: 8 }, { topSet: { reps: 1, rpe: 9, backoffPct: 93 }, restSeconds: 240 }),
};
/** The day's second main lift: one set fewer, half a point easier. */
const SECOND: Partial<Record<BlockKind, SlotPrescription>> = {
  accumulation: dose(3, 5, { rpe: 7 }, { restSeconds: 180 }),
  intensification: dose(3, 3, { rpe: 7.5 }, { restSeconds: 180 }),
  realization: dose(3, 3, { rpe: 8 }, { restSeconds: 210 }),
};

const main = (pattern: MethodSlot["pattern"], label: string, exerciseIds: string[], heavy = true): MethodSlot =>
  slot(pattern, "main", {
    label,
    exerciseIds,
    prescription: heavy ? HEAVY : SECOND,
    progression: heavy ? byRpe(3, 8) : byRpe(3, 7.5),
  });

const accessory = (pattern: MethodSlot["pattern"], label: string, exerciseIds: string[]): MethodSlot =>
  slot(pattern, "accessory", {
    label,
    exerciseIds,
    prescription: rampingEffort(3, [8, 12], [7.5, 8, 8], 90),
    progression: double(8, 12),
  });

/**
 * Intermediate strength by RPE: two alternating full-body days (A, B, A then B, A, B at three a
 * week), each with two main lifts autoregulated on the RTS chart.
 */
export const RPE_STRENGTH: Method = {
  version: 1,
  id: "rpe-strength",
  name: "Strength by RPE (no maxes needed)",
  summary:
    "Two alternating full-body days: squat and bench press, then deadlift and overhead press, with a row or pull-up and core or single-leg work. Fives, then triples, then a single at RPE 9 with back-off doubles; every load comes from the log on the RPE chart, so no tested max is needed.",
  basis:
    "RPE-based autoregulation with the RTS chart (Tuchscherer, The Reactive Training Manual, 2008; Helms, Cronin, Storey & Zourdos, Strength Cond J 2016; Zourdos et al., J Strength Cond Res 2016), which Helms et al. (Front Physiol 2018) found as effective as percentage loading; strength dosing of ≤ 6 reps at ≥ 80-85% 1RM in the heavier blocks (Haff & Triplett, NSCA Essentials, 4th ed., 2016).",
  goals: ["strength", "performance"],
  levels: ["intermediate", "advanced"],
  daysPerWeek: [3, 4],
  days: [
    {
      label: "A: squat, bench press",
      slots: [
        main("squat", "Squat", ids("squat")),
        main("horizontal_push", "Bench press", ids("bench")),
        accessory("horizontal_pull", "Row", ids("row")),
        accessory("core_anti_extension", "Core", ["ab-wheel-rollout", "hanging-knee-raise", "dead-bug"]),
      ],
    },
    {
      label: "B: deadlift, overhead press",
      slots: [
        main("hinge", "Deadlift", ids("deadlift")),
        main("vertical_push", "Overhead press", ids("press"), false),
        accessory("vertical_pull", "Pull-up or pulldown", ["pull-up", "lat-pulldown", "band-assisted-pull-up"]),
        accessory("lunge", "Single leg", ids("singleLeg")),
      ],
    },
  ],
  deload: HALF_VOLUME_DELOAD,
};
