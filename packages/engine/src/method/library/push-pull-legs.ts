import type { Method } from "../types.ts";
import { HALF_VOLUME_DELOAD, ids } from "./build.ts";
import { growth, HYPERTROPHY_WEEKLY_SETS, HYPERTROPHY_SLOTS as S } from "./hypertrophy-slots.ts";

/**
 * Push/pull/legs hypertrophy: six days (each muscle twice a week), or three a week rotating
 * through the six so A and B days alternate weeks.
 */
export const PUSH_PULL_LEGS_HYPERTROPHY: Method = {
  version: 1,
  id: "push-pull-legs-hypertrophy",
  name: "Push/pull/legs hypertrophy",
  summary:
    "Push, pull and legs days twice through (A and B variants): six sessions a week hits each muscle twice; at three a week the days rotate. Compounds 6-10 reps, secondaries 8-12, isolation 10-15, RPE 7.5-8.5, double progression, about 10-20 hard sets per muscle a week at six days.",
  basis:
    "Hypertrophy loads and rests of the ACSM progression position stand (Ratamess et al., Med Sci Sports Exerc 2009), weekly sets per muscle after Schoenfeld, Ogborn & Krieger (J Sports Sci 2017) and Israetel's volume landmarks (Renaissance Periodization, 2017), a twice-weekly frequency (Schoenfeld, Ogborn & Krieger, Sports Med 2016), effort by RPE/RIR (Helms et al., Strength Cond J 2016).",
  goals: ["hypertrophy"],
  levels: ["intermediate", "advanced"],
  daysPerWeek: [3, 6],
  weeklySets: HYPERTROPHY_WEEKLY_SETS,
  days: [
    { label: "Push A (chest)", slots: [S.bench, S.inclinePress, S.shoulderPress, S.lateralRaise, S.triceps] },
    { label: "Pull A (row)", slots: [S.row, S.pulldown, S.rearDelts, S.biceps] },
    { label: "Legs A (squat)", slots: [S.squat, S.rdlSecondary, S.legPress, S.legCurl, S.calves] },
    {
      label: "Push B (shoulders)",
      slots: [
        growth("vertical_push", "main", "Overhead press", ids("press")),
        S.dumbbellPress,
        growth("horizontal_push", "secondary", "Chest fly", ["dumbbell-chest-fly", "cable-chest-press", "push-up"]),
        S.lateralRaise,
        S.triceps,
      ],
    },
    {
      label: "Pull B (vertical)",
      slots: [
        growth("vertical_pull", "main", "Pull-up", ids("verticalPull")),
        growth("horizontal_pull", "secondary", "Cable row", [
          "seated-cable-row",
          "chest-supported-dumbbell-row",
          "band-seated-row",
        ]),
        growth("accessory", "accessory", "Shrug", ["dumbbell-shrug"], { muscles: ["traps"] }),
        growth("accessory", "accessory", "Rear delts", ["rear-delt-fly", "cable-face-pull", "band-face-pull"]),
        growth("accessory", "accessory", "Biceps", ["hammer-curl", "cable-curl", "band-biceps-curl"]),
      ],
    },
    { label: "Legs B (hinge)", slots: [S.rdlMain, S.hackSquat, S.splitSquat, S.legExtension, S.calves, S.core] },
  ],
  deload: HALF_VOLUME_DELOAD,
};
