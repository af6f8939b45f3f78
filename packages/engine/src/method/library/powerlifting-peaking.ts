import type { BlockKind } from "../../model/plan.ts";
import type { Method, MethodSlot, SlotPrescription } from "../types.ts";
import { byRpe, dose, double, HALF_VOLUME_DELOAD, rampingEffort, slot } from "./build.ts";

/**
 * Competition lifts: fives, then triples at RPE 8, then doubles after a single at RPE 9 (back-off
 * doubles at 93% of it: 95.5% × 0.93 ≈ 89% = 2 @ RPE 8 on the RTS chart). The taper keeps the
 * doubles' intensity and halves the sets.
 */
const COMPETITION: Partial<Record<BlockKind, SlotPrescription>> = {
  accumulation: dose(4, 5, { rpe: 7.5 }, { restSeconds: 180 }),
  intensification: dose(4, 3, { rpe: 8 }, { restSeconds: 210 }),
  realization: dose(3, 2, { rpe: 8 }, { topSet: { reps: 1, rpe: 9, backoffPct: 93 }, restSeconds: 240 }),
  deload: dose(2, 3, { rpe: 7 }, { restSeconds: 180 }),
  taper: dose(2, 2, { rpe: 8 }, { restSeconds: 240 }),
};
const competition = (pattern: MethodSlot["pattern"], label: string, exerciseIds: string[]): MethodSlot =>
  slot(pattern, "main", { label, exerciseIds, prescription: COMPETITION, progression: byRpe(3, 8) });

/** A second, lighter deadlift exposure: technique triples and doubles, still ≥ 85% late on. */
const SECOND_PULL: Partial<Record<BlockKind, SlotPrescription>> = {
  accumulation: dose(3, 4, { rpe: 7 }, { restSeconds: 180 }),
  intensification: dose(3, 3, { rpe: 7.5 }, { restSeconds: 180 }),
  realization: dose(2, 2, { rpe: 7.5 }, { restSeconds: 180 }),
  taper: dose(1, 2, { rpe: 7.5 }, { restSeconds: 180 }),
};

const accessory = (pattern: MethodSlot["pattern"], label: string, exerciseIds: string[]): MethodSlot =>
  slot(pattern, "accessory", {
    label,
    exerciseIds,
    prescription: rampingEffort(3, [8, 12], [7.5, 8, 8], 90),
    progression: double(8, 12),
  });

const SQUAT = ["back-squat", "smith-machine-squat", "goblet-squat"];
const BENCH = ["barbell-bench-press", "dumbbell-bench-press"];
const DEADLIFT = ["deadlift", "trap-bar-deadlift", "kettlebell-deadlift"];

/** Powerlifting peak: the three competition lifts rise to heavy singles and doubles, then taper. */
export const POWERLIFTING_PEAKING: Method = {
  version: 1,
  id: "powerlifting-peaking",
  name: "Powerlifting peak into a meet",
  summary:
    "Four days built on the competition squat, bench press and deadlift: squat and bench twice a week, deadlift heavy once and light once. Fives, then triples, then a single at RPE 9 with back-off doubles; the last one or two weeks keep the weight and halve the sets so the lifter arrives fresh.",
  basis:
    "RPE-based autoregulation with the RTS chart (Tuchscherer, The Reactive Training Manual, 2008; Helms et al., Strength Cond J 2016); peaking toward ≤ 3-rep sets at ≥ 85-90% 1RM and a 1-2 week taper that cuts volume 40-60% while keeping intensity (Pritchard, Keogh, Barnes & McGuigan, Strength Cond J 2015; Bosquet et al., Med Sci Sports Exerc 2007; Travis et al., Sports 2020).",
  goals: ["strength", "performance"],
  levels: ["intermediate", "advanced"],
  daysPerWeek: [3, 5],
  eventPeaking: true,
  days: [
    {
      label: "Squat + bench (heavy)",
      slots: [
        competition("squat", "Competition squat", SQUAT),
        competition("horizontal_push", "Competition bench press", BENCH),
        accessory("horizontal_pull", "Upper back: row", [
          "barbell-bent-over-row",
          "seated-cable-row",
          "one-arm-dumbbell-row",
        ]),
        accessory("core_anti_extension", "Core", ["ab-wheel-rollout", "hanging-knee-raise", "dead-bug"]),
      ],
    },
    {
      label: "Deadlift + close-grip bench",
      slots: [
        competition("hinge", "Competition deadlift", DEADLIFT),
        slot("horizontal_push", "secondary", {
          label: "Close-grip bench press",
          exerciseIds: ["close-grip-bench-press", "dumbbell-bench-press"],
          prescription: rampingEffort(3, [5, 6], [7, 7.5, 8], 150),
          progression: byRpe(5, 7.5),
        }),
        accessory("vertical_pull", "Pull-up", ["pull-up", "lat-pulldown", "band-assisted-pull-up"]),
        accessory("accessory", "Hamstrings", ["lying-leg-curl"]),
      ],
    },
    {
      label: "Bench + squat (second)",
      slots: [
        competition("horizontal_push", "Competition bench press", BENCH),
        competition("squat", "Competition squat", SQUAT),
        accessory("lunge", "Single leg", ["dumbbell-bulgarian-split-squat", "dumbbell-reverse-lunge"]),
        accessory("accessory", "Upper back: face pull", ["cable-face-pull", "band-face-pull", "rear-delt-fly"]),
      ],
    },
    {
      label: "Deadlift (technique) + upper back",
      slots: [
        slot("hinge", "main", {
          label: "Deadlift, lighter",
          exerciseIds: DEADLIFT,
          prescription: SECOND_PULL,
          progression: byRpe(3, 7.5),
        }),
        accessory("horizontal_pull", "Row", [
          "chest-supported-dumbbell-row",
          "seated-cable-row",
          "one-arm-dumbbell-row",
        ]),
        accessory("vertical_push", "Overhead press", ["overhead-press", "dumbbell-shoulder-press"]),
        accessory("core_anti_lateral_flexion", "Core", ["suitcase-hold", "side-plank"]),
      ],
    },
  ],
  deload: HALF_VOLUME_DELOAD,
};
