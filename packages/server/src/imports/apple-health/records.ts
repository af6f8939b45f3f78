/**
 * Apple Health `export.xml` records → per-day values. Pure: no I/O. Each record is folded into
 * small per-day maps as it streams past, so memory depends on the number of days, not the file.
 */

export const SOURCE = "apple-health";

const STEPS = "HKQuantityTypeIdentifierStepCount";
const RESTING_HR = "HKQuantityTypeIdentifierRestingHeartRate";
/** Apple's HRV is SDNN (ms), not rMSSD: kept as its own metric, never fed to the ln rMSSD band. */
const HRV_SDNN = "HKQuantityTypeIdentifierHeartRateVariabilitySDNN";
const BODY_MASS = "HKQuantityTypeIdentifierBodyMass";
const SLEEP = "HKCategoryTypeIdentifierSleepAnalysis";
/** Asleep stages (iOS 16+ splits "Asleep" into Core/Deep/REM); InBed and Awake are not sleep. */
const ASLEEP = new Set([
  "HKCategoryValueSleepAnalysisAsleep",
  "HKCategoryValueSleepAnalysisAsleepUnspecified",
  "HKCategoryValueSleepAnalysisAsleepCore",
  "HKCategoryValueSleepAnalysisAsleepDeep",
  "HKCategoryValueSleepAnalysisAsleepREM",
]);
const LB_TO_KG = 0.45359237;

export type AppleWorkout = {
  activityType: string;
  startedAt: string;
  endedAt: string;
  durationMin: number;
  energyKcal: number | null;
};

type Mean = { sum: number; n: number };

/** What one file holds, aggregated per day (the date as the export writes it, the device's local day). */
export class AppleHealthDays {
  /** day → source → steps: summed per source, then the largest source kept (phone and watch overlap). */
  readonly steps = new Map<string, Map<string, number>>();
  /** night (the day it ended) → source → asleep minutes; largest source kept, as for steps. */
  readonly sleep = new Map<string, Map<string, number>>();
  readonly restingHr = new Map<string, Mean>();
  readonly hrvSdnn = new Map<string, Mean>();
  /** day → the last weigh-in of the day in kg. */
  readonly bodyMassKg = new Map<string, number>();
  readonly workouts: AppleWorkout[] = [];
  readonly skipped = new Map<string, number>();
  records = 0;

  skip(reason: string): void {
    const n = this.skipped.get(reason);
    this.skipped.set(n === undefined ? own(reason) : reason, (n ?? 0) + 1);
  }

  record(attrs: Record<string, string>): void {
    this.records++;
    const type = attrs.type ?? "";
    // Most records of a real export (heart rate, energy, distance) are not imported: skip them
    // before any date parsing, which dominates the per-record cost.
    if (type !== STEPS && type !== RESTING_HR && type !== HRV_SDNN && type !== BODY_MASS && type !== SLEEP) {
      this.skip(`record type not imported: ${type || "(none)"}`);
      return;
    }
    if (type === SLEEP) {
      this.sleepRecord(attrs, parseAppleDate(attrs.startDate), parseAppleDate(attrs.endDate));
      return;
    }
    // Only the day is needed here: the export's own local date, no instant arithmetic.
    const start = APPLE_DATE.test(attrs.startDate ?? "") ? { day: (attrs.startDate as string).slice(0, 10) } : null;
    const value = Number(attrs.value);
    if (!start || attrs.value === undefined || !Number.isFinite(value) || value < 0) {
      this.skip(`${type}: missing or invalid value or startDate`);
      return;
    }
    const day = start.day;

    if (type === STEPS) addBySource(this.steps, day, attrs.sourceName ?? "", value);
    else if (type === RESTING_HR) addMean(this.restingHr, day, value);
    else if (type === HRV_SDNN) addMean(this.hrvSdnn, day, value);
    else {
      const unit = attrs.unit ?? "kg";
      const kg = unit === "kg" ? value : unit === "lb" ? value * LB_TO_KG : unit === "g" ? value / 1000 : null;
      if (kg === null) {
        this.skip(`${type}: unit ${unit} not understood`);
        return;
      }
      this.bodyMassKg.set(own(day), kg);
    }
  }

  private sleepRecord(attrs: Record<string, string>, start: AppleDate | null, end: AppleDate | null): void {
    if (!start || !end || end.ms < start.ms) {
      this.skip(`${SLEEP}: missing or invalid dates`);
      return;
    }
    if (!ASLEEP.has(attrs.value ?? "")) {
      this.skip(`${SLEEP}: in bed or awake, not asleep`);
      return;
    }
    addBySource(this.sleep, end.day, attrs.sourceName ?? "", (end.ms - start.ms) / 60_000);
  }

  workout(attrs: Record<string, string>): AppleWorkout | null {
    this.records++;
    const start = parseAppleDate(attrs.startDate);
    const end = parseAppleDate(attrs.endDate);
    if (!start || !end) {
      this.skip("Workout: missing or invalid dates");
      return null;
    }
    const duration = Number(attrs.duration);
    const perMin: Record<string, number> = { min: 1, s: 1 / 60, sec: 1 / 60, hr: 60, h: 60 };
    const factor = perMin[attrs.durationUnit ?? "min"];
    const durationMin =
      Number.isFinite(duration) && factor !== undefined ? duration * factor : (end.ms - start.ms) / 60_000;
    const workout: AppleWorkout = {
      activityType: own(attrs.workoutActivityType ?? "HKWorkoutActivityTypeOther"),
      startedAt: start.iso,
      endedAt: end.iso,
      durationMin: round(durationMin, 2),
      energyKcal: energyKcal(attrs.totalEnergyBurned, attrs.totalEnergyBurnedUnit),
    };
    this.workouts.push(workout);
    return workout;
  }

  /** Newer exports put a workout's energy in a WorkoutStatistics child instead of an attribute. */
  workoutStatistics(workout: AppleWorkout, attrs: Record<string, string>): void {
    if (workout.energyKcal === null && attrs.type === "HKQuantityTypeIdentifierActiveEnergyBurned")
      workout.energyKcal = energyKcal(attrs.sum, attrs.unit);
  }

  /** The stored daily values: metric name → day → value. */
  daily(): { metric: "steps" | "sleep_asleep_min" | "resting_hr_bpm" | "hrv_sdnn_ms"; day: string; value: number }[] {
    const out: ReturnType<AppleHealthDays["daily"]> = [];
    for (const [day, bySource] of this.steps) out.push({ metric: "steps", day, value: Math.max(...bySource.values()) });
    for (const [day, bySource] of this.sleep)
      out.push({ metric: "sleep_asleep_min", day, value: round(Math.max(...bySource.values()), 1) });
    for (const [day, m] of this.restingHr) out.push({ metric: "resting_hr_bpm", day, value: round(m.sum / m.n, 1) });
    for (const [day, m] of this.hrvSdnn) out.push({ metric: "hrv_sdnn_ms", day, value: round(m.sum / m.n, 1) });
    return out;
  }
}

type AppleDate = { day: string; ms: number; iso: string };

const APPLE_DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-])(\d{2})(\d{2})$/;

/** "2014-09-13 10:27:54 +0100" → its local day and instant. */
export function parseAppleDate(text: string | undefined): AppleDate | null {
  const m = APPLE_DATE.exec(text ?? "");
  if (!m) return null;
  const iso = `${m[1]}T${m[2]}${m[3]}${m[4]}:${m[5]}`;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return { day: m[1] as string, ms, iso: new Date(ms).toISOString() };
}

function energyKcal(value: string | undefined, unit: string | undefined): number | null {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n)) return null;
  if (unit === "kJ") return round(n / 4.184, 1);
  return unit === undefined || unit === "kcal" || unit === "Cal" ? round(n, 1) : null;
}

function addBySource(map: Map<string, Map<string, number>>, day: string, source: string, value: number): void {
  let bySource = map.get(day);
  if (!bySource) {
    bySource = new Map();
    map.set(own(day), bySource);
  }
  const sum = bySource.get(source);
  bySource.set(sum === undefined ? own(source) : source, (sum ?? 0) + value);
}

function addMean(map: Map<string, Mean>, day: string, value: number): void {
  const m = map.get(day);
  if (m) {
    m.sum += value;
    m.n++;
  } else map.set(own(day), { sum: value, n: 1 });
}

/**
 * A copy of a string that owns its characters. saxes hands out attribute values as slices of the
 * chunk being parsed, and V8 keeps a slice's whole parent alive: a day key kept in a map would
 * otherwise pin a 64 KB chunk per day (measured: heap growing without bound on a 200 MB export).
 */
const own = (s: string): string => Buffer.from(s, "utf8").toString("utf8");

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
