import type { Method } from "../types.ts";
import { HALF_VOLUME_DELOAD, ids } from "./build.ts";
import { growth, HYPERTROPHY_WEEKLY_SETS, HYPERTROPHY_SLOTS as S } from "./hypertrophy-slots.ts";

/** Upper/lower hypertrophy: four days, each muscle twice a week, 6-12 reps near failure. */
export const UPPER_LOWER_HYPERTROPHY: Method = {
  version: 1,
  id: "upper-lower-hypertrophy",
  name: "Upper/lower hypertrophy",
  summary:
    "Four days (upper, lower, upper, lower) so each muscle trains twice a week: compound lifts for 6-10 reps and secondary lifts for 8-12 at RPE 7.5-8.5, isolation work for 10-15; reps then load go up (double progression), about 10-20 hard sets per muscle a week.",
  basis:
    "Hypertrophy parameters of the ACSM progression position stand (Ratamess et al., Med Sci Sports Exerc 2009: 6-12 RM, 70-85% 1RM, 1-2 min rest), the weekly-volume dose-response of Schoenfeld, Ogborn & Krieger (J Sports Sci 2017: 10+ sets per muscle a week) and a twice-weekly frequency (Schoenfeld, Ogborn & Krieger, Sports Med 2016); effort by RPE/RIR as in Helms et al. (Strength Cond J 2016).",
  goals: ["hypertrophy"],
  levels: ["beginner", "intermediate", "advanced"],
  daysPerWeek: [3, 5],
  weeklySets: HYPERTROPHY_WEEKLY_SETS,
  days: [
    {
      label: "Upper A (horizontal)",
      slots: [S.bench, S.oneArmRow, S.inclinePress, S.pulldown, S.lateralRaise, S.biceps],
    },
    { label: "Lower A (squat)", slots: [S.squat, S.rdlSecondary, S.legPress, S.legCurl, S.calves, S.core] },
    {
      label: "Upper B (vertical)",
      slots: [
        S.row,
        S.dumbbellPress,
        growth("vertical_pull", "secondary", "Pull-up", ids("verticalPull")),
        S.shoulderPress,
        S.triceps,
        S.rearDelts,
      ],
    },
    {
      label: "Lower B (hinge)",
      slots: [
        S.rdlMain,
        S.hackSquat,
        S.splitSquat,
        growth("hinge", "accessory", "Hip thrust", ["barbell-hip-thrust", "dumbbell-hip-thrust", "glute-bridge"]),
        S.legCurl,
        S.calves,
      ],
    },
  ],
  deload: HALF_VOLUME_DELOAD,
};
