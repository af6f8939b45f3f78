import type { ClientCreateRequest, ClientDetail, ClientProfileInput } from "@spotter/contracts";
import type { BodyRegion, Equipment, Goal, JointStressTag, Weekday } from "@spotter/engine";
import { fromKg, toKg, type Unit } from "../../units/index.ts";

/**
 * The intake form's state: strings for number inputs (so a half-typed value is not NaN), loads in
 * the coach's display unit. `toRequest` converts to the API's shape (kg, integers).
 */
export type InjuryDraft = {
  region: BodyRegion;
  side: "" | "left" | "right" | "both";
  severity: string;
  status: "active" | "resolved";
  since: string;
  aggravatingMovements: JointStressTag[];
  notes: string;
};
export type LocationDraft = { id: string; name: string; equipment: Equipment[] };
export type RepMaxDraft = { exerciseId: string; load: string; reps: string; date: string };

export type IntakeState = {
  name: string;
  email: string;
  primaryGoal: Goal;
  secondaryGoals: Goal[];
  trainingAgeYears: string;
  birthYear: string;
  sex: "" | "female" | "male" | "other";
  bodyMass: string;
  heightCm: string;
  injuries: InjuryDraft[];
  locations: LocationDraft[];
  defaultLocationId: string;
  daysPerWeek: string;
  sessionMinutes: string;
  preferredDays: Weekday[];
  likes: string;
  dislikes: string;
  preferenceNotes: string;
  repMaxes: RepMaxDraft[];
  eventDate: string;
  units: Unit;
  screening: Record<ScreeningKey, boolean>;
  conditions: string;
  /** Pregnancy/postpartum: "" (neither), with the due or delivery date. */
  pregnancyStatus: "" | "pregnant" | "postpartum";
  pregnancyDate: string;
  caesarean: boolean;
  /** Medication changes already on file (kept as they are), and one the coach may add. */
  medicationChanges: MedicationChangeInput[];
  newMedication: { kind: string; change: string; date: string; name: string };
};
type MedicationChangeInput = NonNullable<ClientProfileInput["medicationChanges"]>[number];

export const SCREENING_QUESTIONS = {
  heartCondition: "Has a doctor ever said they have a heart condition or high blood pressure?",
  chestPainActivity: "Do they feel chest pain at rest, in daily activities or when exercising?",
  dizzinessOrFainting: "Have they lost balance from dizziness or lost consciousness in the last 12 months?",
  diagnosedChronicCondition: "Have they been diagnosed with another chronic medical condition?",
  prescribedMedication: "Are they taking prescribed medication for a chronic condition?",
  boneJointProblem: "Do they have a bone, joint or soft-tissue problem that could get worse with activity?",
  medicallySupervisedOnly: "Has a doctor said they should only do medically supervised activity?",
} as const;
export type ScreeningKey = keyof typeof SCREENING_QUESTIONS;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function emptyIntake(): IntakeState {
  return {
    name: "",
    email: "",
    primaryGoal: "general_health",
    secondaryGoals: [],
    trainingAgeYears: "",
    birthYear: "",
    sex: "",
    bodyMass: "",
    heightCm: "",
    injuries: [],
    locations: [{ id: "gym", name: "Gym", equipment: [] }],
    defaultLocationId: "gym",
    daysPerWeek: "3",
    sessionMinutes: "60",
    preferredDays: [],
    likes: "",
    dislikes: "",
    preferenceNotes: "",
    repMaxes: [],
    eventDate: "",
    units: "kg",
    screening: Object.fromEntries(Object.keys(SCREENING_QUESTIONS).map((k) => [k, false])) as Record<
      ScreeningKey,
      boolean
    >,
    conditions: "",
    pregnancyStatus: "",
    pregnancyDate: "",
    caesarean: false,
    medicationChanges: [],
    newMedication: { kind: "", change: "started", date: "", name: "" },
  };
}

const optNum = (s: string): number | undefined => (s.trim() === "" ? undefined : Number(s));
const optStr = (s: string): string | undefined => (s.trim() === "" ? undefined : s.trim());
const list = (s: string): string[] =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/** Form → API request. Loads typed in `unit` become kg; blanks become absent, not zero. */
export function toRequest(s: IntakeState, unit: Unit): ClientCreateRequest {
  const years = optNum(s.trainingAgeYears);
  const mass = optNum(s.bodyMass);
  const profile: ClientProfileInput = {
    goals: { primary: s.primaryGoal, secondary: s.secondaryGoals.filter((g) => g !== s.primaryGoal) },
    trainingAgeMonths: years === undefined ? Number.NaN : Math.round(years * 12),
    birthYear: optNum(s.birthYear),
    sex: s.sex || undefined,
    bodyMassKg: mass === undefined ? undefined : Math.round(toKg(mass, unit) * 10) / 10,
    heightCm: optNum(s.heightCm),
    injuries: s.injuries.map((i) => ({
      region: i.region,
      side: i.side || undefined,
      severity: Number(i.severity),
      status: i.status,
      since: optStr(i.since),
      aggravatingMovements: i.aggravatingMovements,
      notes: optStr(i.notes),
    })),
    locations: s.locations.map((l) => ({ id: l.id, name: l.name.trim(), equipment: l.equipment })),
    defaultLocationId: s.defaultLocationId,
    schedule: {
      daysPerWeek: Number(s.daysPerWeek),
      sessionMinutes: Number(s.sessionMinutes),
      preferredDays: s.preferredDays,
    },
    preferences: { likes: list(s.likes), dislikes: list(s.dislikes), notes: optStr(s.preferenceNotes) },
    baselines: {
      repMaxes: s.repMaxes.map((r) => ({
        exerciseId: r.exerciseId.trim(),
        loadKg: Math.round(toKg(Number(r.load), unit) * 100) / 100,
        reps: Number(r.reps),
        date: r.date,
      })),
      fieldTests: [],
    },
    eventDate: optStr(s.eventDate),
    units: s.units,
    screening: { ...s.screening, conditions: list(s.conditions) },
    ...healthFields(s),
  };
  // NaN would be sent as null by JSON; keep it so the server names the field it needs.
  return { name: s.name.trim(), email: optStr(s.email), profile };
}

/** API client → form, for editing an existing client. */
export function fromDetail(c: ClientDetail, unit: Unit): IntakeState {
  const p = c.profile;
  const base = emptyIntake();
  // Editing must not drift stored values: show 2 decimals (not plate steps), so an untouched
  // 79.8 kg or 102.06 kg saves back as itself.
  const shown = (kg: number) => String(Math.round(fromKg(kg, unit) * 100) / 100);
  return {
    ...base,
    name: c.name,
    email: c.email ?? "",
    primaryGoal: p.goals.primary,
    secondaryGoals: p.goals.secondary,
    trainingAgeYears: String(Math.round((p.trainingAgeMonths / 12) * 10) / 10),
    birthYear: p.birthYear ? String(p.birthYear) : "",
    sex: p.sex ?? "",
    bodyMass: p.bodyMassKg ? shown(p.bodyMassKg) : "",
    heightCm: p.heightCm ? String(p.heightCm) : "",
    injuries: p.injuries.map((i) => ({
      region: i.region,
      side: i.side ?? "",
      severity: String(i.severity),
      status: i.status,
      since: i.since ?? "",
      aggravatingMovements: i.aggravatingMovements,
      notes: i.notes ?? "",
    })),
    locations: p.locations.map((l) => ({ ...l })),
    defaultLocationId: p.defaultLocationId,
    daysPerWeek: String(p.schedule.daysPerWeek),
    sessionMinutes: String(p.schedule.sessionMinutes),
    preferredDays: p.schedule.preferredDays,
    likes: p.preferences.likes.join(", "),
    dislikes: p.preferences.dislikes.join(", "),
    preferenceNotes: p.preferences.notes ?? "",
    repMaxes: p.baselines.repMaxes.map((r) => ({
      exerciseId: r.exerciseId,
      load: shown(r.loadKg),
      reps: String(r.reps),
      date: r.date,
    })),
    eventDate: p.eventDate ?? "",
    units: p.units,
    screening: p.screening
      ? (Object.fromEntries(
          Object.keys(SCREENING_QUESTIONS).map((k) => [k, Boolean(p.screening?.[k as ScreenKey])]),
        ) as Record<ScreeningKey, boolean>)
      : base.screening,
    conditions: p.screening?.conditions.join(", ") ?? "",
    pregnancyStatus: p.pregnancy?.status ?? "",
    pregnancyDate:
      p.pregnancy?.status === "postpartum"
        ? p.pregnancy.deliveryDate
        : p.pregnancy?.status === "pregnant"
          ? (p.pregnancy.dueDate ?? "")
          : "",
    caesarean: p.pregnancy?.status === "postpartum" ? Boolean(p.pregnancy.caesarean) : false,
    medicationChanges: p.medicationChanges ?? [],
  };
}

/** Pregnancy status and medication changes as the profile stores them (the screening gate reads both). */
function healthFields(s: IntakeState): Pick<ClientProfileInput, "pregnancy" | "medicationChanges"> {
  const pregnancy: ClientProfileInput["pregnancy"] =
    s.pregnancyStatus === "pregnant"
      ? { status: "pregnant", ...(s.pregnancyDate ? { dueDate: s.pregnancyDate } : {}) }
      : s.pregnancyStatus === "postpartum"
        ? { status: "postpartum", deliveryDate: s.pregnancyDate, caesarean: s.caesarean }
        : undefined;
  const m = s.newMedication;
  const added = m.kind
    ? [
        {
          kind: m.kind,
          change: m.change,
          date: m.date,
          ...(m.name.trim() ? { name: m.name.trim() } : {}),
        } as MedicationChangeInput,
      ]
    : [];
  const medicationChanges = [...s.medicationChanges, ...added];
  return { ...(pregnancy ? { pregnancy } : {}), ...(medicationChanges.length ? { medicationChanges } : {}) };
}
type ScreenKey = ScreeningKey;

/** A short unique id for a new location ("home", "home-2", ...). */
export function locationId(name: string, taken: string[]): string {
  const stem =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 30) || "location";
  let id = stem;
  for (let n = 2; taken.includes(id); n++) id = `${stem}-${n}`;
  return id;
}
