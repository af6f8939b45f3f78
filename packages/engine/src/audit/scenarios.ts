import type { TriageLevel } from "../model/index.ts";
import type { E1rmRecord, SessionRecord } from "../monitoring/index.ts";
import type { DailyPassInput } from "../triage/index.ts";
import { checkInOn, daysBefore, regularSessions, steadyCheckIns } from "./scenario-history.ts";

/**
 * Scripted client histories for the scenario simulator: each one is a story a coach recognises,
 * the rows the daily pass would read on `today`, and the routing a safe workflow must give it
 * whatever the tier (the tier decides only what a green client's changes may do alone).
 */
export type ScenarioExpectation = {
  level: TriageLevel;
  /** "never": nothing may apply without a coach; "tier": the tier's autoApplyKinds decide. */
  automation: "never" | "tier";
  /** A red is due within the tier's red promise: a human is paged. */
  humanPaged: boolean;
  /** Signal kinds that must be raised (others may be too). */
  signals: string[];
};

export type Scenario = {
  id: string;
  title: string;
  story: string;
  expect: ScenarioExpectation;
  build(today: string): { data: DailyPassInput; clientAsksForHuman?: string };
};

/** Sixty days of the steady client (check-ins and three sessions a week). */
const HISTORY_DAYS = 60;

const steady = (today: string, over: Partial<DailyPassInput> = {}): DailyPassInput => ({
  checkIns: [...steadyCheckIns(today, HISTORY_DAYS), checkInOn(today)],
  sessions: regularSessions(today, HISTORY_DAYS),
  ...over,
});

const SCHEDULED = { progressions: [{ exerciseId: "back-squat", fromKg: 100, toKg: 102.5 }] };

export const SCENARIOS: readonly Scenario[] = [
  {
    id: "steady_progression",
    title: "Steady client, scheduled increase",
    story: "Trains three times a week, check-ins normal; the plan adds 2.5 kg to the squat.",
    expect: { level: "green", automation: "tier", humanPaged: false, signals: [] },
    build: (today) => ({ data: steady(today, { plan: SCHEDULED }) }),
  },
  {
    id: "missed_with_fatigue",
    title: "Missed sessions with fatigue",
    story: "Missed the last three sessions and reports high fatigue this morning.",
    expect: { level: "yellow", automation: "never", humanPaged: false, signals: ["missed_sessions"] },
    build: (today) => ({
      data: {
        checkIns: [...steadyCheckIns(today, HISTORY_DAYS), checkInOn(today, { fatigue: 6 })],
        sessions: regularSessions(today, HISTORY_DAYS, { missedLast: 3 }),
        plan: { weeklySets: 40 },
      },
    }),
  },
  {
    id: "strong_lifter_dropping",
    title: "Strong lifter dropping while reporting fine",
    story: "Squat e1RM fell from ~201 to ~187 kg at the same effort; every check-in says all is well.",
    expect: { level: "yellow", automation: "never", humanPaged: false, signals: ["performance_drop"] },
    build: (today) => {
      const e1rms: E1rmRecord[] = [
        [20, 200],
        [16, 202],
        [13, 201],
        [9, 203],
        [5, 188],
        [2, 186],
      ].map(([ago, kg]) => ({
        date: daysBefore(today, ago as number),
        exerciseId: "back-squat",
        e1rmKg: kg as number,
        rpe: 8,
      }));
      return { data: steady(today, { e1rms, plan: SCHEDULED }) };
    },
  },
  {
    id: "pain_after_new_exercise",
    title: "Pain after a new exercise",
    story: "Bulgarian split squats were added nine days ago; knee pain 4/10 and then 5/10 after them.",
    expect: { level: "yellow", automation: "never", humanPaged: false, signals: ["pain_after_new_exercise"] },
    build: (today) => {
      const sessions: SessionRecord[] = regularSessions(today, HISTORY_DAYS);
      const ex = "bulgarian-split-squat";
      for (const [ago, severity] of [
        [9, 0],
        [5, 4],
        [2, 5],
      ] as const)
        sessions.push({
          date: daysBefore(today, ago),
          planned: true,
          completed: true,
          durationMin: 45,
          sessionRpe: 6,
          exercises: [{ exerciseId: ex, ...(severity ? { pain: [{ region: "knee" as const, severity }] } : {}) }],
        });
      return {
        data: steady(today, {
          sessions,
          firstExposures: [{ exerciseId: ex, date: daysBefore(today, 9) }],
          plan: { substitutes: { [ex]: "goblet-squat" } },
        }),
      };
    },
  },
  {
    id: "red_flag_chest_pain",
    title: "Red flag: chest pain",
    story: "This morning's check-in answers yes to chest pain during exercise; the plan had an increase due.",
    expect: { level: "red", automation: "never", humanPaged: true, signals: ["chest_pain"] },
    build: (today) => ({
      data: {
        checkIns: [...steadyCheckIns(today, HISTORY_DAYS), checkInOn(today, { redFlags: { chestPain: true } })],
        sessions: regularSessions(today, HISTORY_DAYS),
        plan: SCHEDULED,
      },
    }),
  },
  {
    id: "asks_for_human",
    title: "Client asks for a human",
    story: "A steady client whose scheduled increase was decided by the tier presses 'ask my coach'.",
    expect: { level: "green", automation: "never", humanPaged: false, signals: [] },
    build: (today) => ({
      data: steady(today, { plan: SCHEDULED }),
      clientAsksForHuman: "The squat felt heavy last week, can my coach look before it goes up?",
    }),
  },
  {
    id: "disordered_eating_note",
    title: "Disordered-eating note",
    story: "A check-in note: skipping meals to make up for a weekend and training to earn food.",
    expect: { level: "red", automation: "never", humanPaged: true, signals: ["disordered_eating"] },
    build: (today) => ({
      data: {
        checkIns: [
          ...steadyCheckIns(today, HISTORY_DAYS),
          checkInOn(today, {
            note: "I skipped breakfast and lunch to make up for the weekend. I need to earn my food.",
          }),
        ],
        sessions: regularSessions(today, HISTORY_DAYS),
        plan: SCHEDULED,
      },
    }),
  },
  {
    id: "taper_before_meet",
    title: "Taper before a meet",
    story: "The last ten days are the planned taper (shorter, easier sessions); check-ins are fresh.",
    expect: { level: "green", automation: "tier", humanPaged: false, signals: [] },
    build: (today) => ({
      data: steady(today, { sessions: regularSessions(today, HISTORY_DAYS, { taperDays: 10 }) }),
    }),
  },
];
