import { checkInSchema } from "@spotter/contracts";
import { type CheckIn, mulberry32 } from "@spotter/engine";
import type { Persona } from "./personas.ts";

/**
 * Six weeks of daily check-ins: the HRV normal needs 28 days of 7-day averages before it is
 * "ready" (BASELINE_RULES.hrvMinDays), so four weeks alone would leave every HRV chart building.
 */
export const CHECK_IN_DAYS = 42;
/** A client who joined recently has this many check-ins (baseline still building: 4 of 7 days). */
const NEW_CLIENT_DAYS = 4;
/** About one day in twelve has no check-in: people forget. */
const SKIP_RATE = 1 / 12;

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const clampInt = (x: number, lo = 1, hi = 7) => Math.max(lo, Math.min(hi, Math.round(x)));
const round2 = (x: number) => Math.round(x * 100) / 100;

/** A stable 32-bit seed from a string (FNV-1a), so each client's data is the same on every run. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The client's own normal, drawn once per client. */
type Normal = {
  sleep: number;
  sleepQuality: number;
  fatigue: number;
  soreness: number;
  stress: number;
  mood: number;
  hrv: number;
  rhr: number;
};

/**
 * One client's check-ins for the `CHECK_IN_DAYS` days ending `today` (ISO), shaped by the story.
 * `trainedOn` are dates of logged sessions: soreness runs a point higher the day after. Every row
 * passes the contracts' check-in schema (the same one the API uses).
 */
export function demoCheckIns(input: {
  persona: Persona;
  seed: number;
  today: string;
  trainedOn?: ReadonlySet<string>;
}): CheckIn[] {
  const { persona, today } = input;
  if (persona.story === "none") return [];
  const rand = mulberry32(input.seed);
  // Box-Muller: a standard normal from two uniforms.
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const n: Normal = {
    sleep: 7 + rand() * 1.1,
    sleepQuality: 2 + rand(),
    fatigue: 2 + rand() * 1.2,
    soreness: 2 + rand(),
    stress: 2 + rand() * 1.5,
    mood: 2 + rand(),
    hrv: 3.7 + rand() * 0.7,
    rhr: 50 + rand() * 14,
  };
  const todayMs = Date.parse(`${today}T00:00:00.000Z`);
  const days = persona.story === "new" ? NEW_CLIENT_DAYS : CHECK_IN_DAYS;
  const out: CheckIn[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const date = isoDay(todayMs - back * DAY_MS);
    // Draw every number even on skipped days so one change does not reshuffle the rest.
    const noise = Array.from({ length: 8 }, gauss);
    const skip = rand() < SKIP_RATE && back > 3;
    // The dizzy client reported yesterday and has not checked in yet today.
    if (skip || (persona.story === "dizziness" && back === 0)) continue;
    const dayAfterTraining = input.trainedOn?.has(isoDay(todayMs - (back + 1) * DAY_MS)) ?? false;
    const c = {
      date,
      sleep: n.sleep + 0.45 * noise[0]!,
      sleepQuality: n.sleepQuality + 0.6 * noise[1]!,
      fatigue: n.fatigue + 0.6 * noise[2]! + (dayAfterTraining ? 0.5 : 0),
      soreness: n.soreness + 0.5 * noise[3]! + (dayAfterTraining ? 1 : 0),
      stress: n.stress + 0.6 * noise[4]!,
      mood: n.mood + 0.5 * noise[5]!,
      hrv: n.hrv + 0.1 * noise[6]!,
      rhr: n.rhr + 1.5 * noise[7]!,
    };
    shape(persona.story, back, n, c);
    out.push(
      checkInSchema.parse({
        date,
        sleepHours: Math.max(3, Math.min(10, Math.round(c.sleep * 4) / 4)),
        sleepQuality: clampInt(c.sleepQuality),
        fatigue: clampInt(c.fatigue),
        soreness: clampInt(c.soreness),
        stress: clampInt(c.stress),
        mood: clampInt(c.mood),
        ...(persona.wearable ? { hrvLnRmssd: round2(c.hrv), restingHr: clampInt(c.rhr, 35, 100) } : {}),
        ...extras(persona.story, back),
      }),
    );
  }
  return out;
}

type Day = Normal & { date: string };

/** Bends the day's values to the story (`back` = days before today). */
function shape(story: Persona["story"], back: number, n: Normal, c: Day): void {
  const calm = () => {
    // Steady clients' last days sit at or a little better than their normal, so noise alone never
    // turns them yellow (a z ≥ 1 fatigue with a load spike would).
    c.fatigue = Math.min(c.fatigue, n.fatigue);
    c.soreness = Math.min(c.soreness, n.soreness + 0.4);
    c.stress = Math.min(c.stress, n.stress);
    c.sleep = Math.max(c.sleep, 7);
  };
  switch (story) {
    case "steady":
    case "new":
      if (back <= 2) calm();
      return;
    case "off_day":
      if (back === 0) {
        c.sleep = 6;
        c.sleepQuality = 4.4;
        c.fatigue = 4.4;
        c.soreness = n.soreness + 0.6;
        c.stress = n.stress + 1;
        c.mood = n.mood + 0.6;
      } else if (back <= 2) calm();
      return;
    case "short_sleep_low_hrv": {
      if (back > 7) return;
      const t = (8 - back) / 8; // 0.125 a week ago → 1 today
      c.sleep = 5.9 - 0.8 * t + 0.15 * Math.sin(back);
      c.sleepQuality = n.sleepQuality + 2 * t;
      c.fatigue = n.fatigue + 2.3 * t;
      c.stress = n.stress + 1.2 * t;
      c.mood = Math.max(c.mood, n.mood + 0.8 * t);
      c.hrv = n.hrv - 0.45 * t;
      c.rhr = n.rhr + 5 * t;
      return;
    }
    case "persistent_soreness":
      if (back <= 6 && back !== 3) c.soreness = Math.max(5, c.soreness + 2.5);
      if (back <= 6) c.fatigue = n.fatigue + 0.8;
      return;
    case "missed_with_fatigue":
      if (back <= 4) {
        c.fatigue = 5 + (back === 0 ? 0.2 : 0);
        c.sleep = 6.3 + 0.2 * Math.cos(back);
        c.stress = n.stress + 1.5;
      }
      return;
    case "dizziness":
      if (back <= 2) calm();
      return;
    case "none":
      return;
  }
}

/** Free-text notes and red-flag answers the story calls for. */
function extras(story: Persona["story"], back: number): Pick<CheckIn, "redFlags" | "note"> {
  if (story === "dizziness" && back === 1)
    return {
      redFlags: { dizzinessOrFainting: true },
      note: "Felt dizzy and light-headed after my walk this afternoon and had to sit down for a few minutes.",
    };
  if (story === "missed_with_fatigue" && back === 0)
    return { note: "Work trip all week, long days and hotel food. Could not get to the gym." };
  if (story === "persistent_soreness" && back === 0)
    return { note: "Moved house at the weekend; everything still feels stiff." };
  if (story === "short_sleep_low_hrv" && back === 0) return { note: "Baby is teething, up most nights." };
  return {};
}
