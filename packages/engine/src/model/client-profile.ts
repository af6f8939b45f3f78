import type { ClearanceRecord, MedicationChange, Pregnancy } from "./health.ts";
import type { BodyRegion, Equipment, Goal, JointStressTag, Unit, Weekday } from "./vocabulary.ts";

/** A pain or injury the coach and engine must respect. Severity is the client's 0-10 rating. */
export type Injury = {
  region: BodyRegion;
  side?: "left" | "right" | "both";
  severity: number;
  /** Movements that provoke it, as joint-stress tags. Empty means "judge by region". */
  aggravatingMovements: JointStressTag[];
  status: "active" | "resolved";
  /** ISO date (YYYY-MM-DD) it began, when known. */
  since?: string;
  notes?: string;
};

/**
 * What loads a location actually has, in kg (the engine's unit). A client who owns lb equipment
 * enters it converted exactly (25 lb = 11.33980925 kg; the API and UI convert, never round): the
 * engine converts back to the prescription unit and cleans float noise, so a 25 lb dumbbell
 * prints as 25 lb. Absent fields mean "a commercial gym's usual range" (the trainer's increments).
 */
export type EquipmentInventory = {
  /** Dumbbell weights (one implement): an evenly stepped range or the exact pairs owned. */
  dumbbellsKg?: { min: number; max: number; step: number } | number[];
  /** Kettlebell sizes owned. */
  kettlebellsKg?: number[];
  /** The heaviest barbell load the plates make (bar included). */
  barbellMaxKg?: number;
  /** The heaviest machine stack / plate load. */
  machineMaxKg?: number;
  /** The heaviest cable stack. */
  cableMaxKg?: number;
};

/** A place the client trains, with what is there. */
export type TrainingLocation = {
  id: string;
  name: string;
  equipment: Equipment[];
  /** What loads exist there; prescriptions never exceed or fall between them. */
  inventory?: EquipmentInventory;
};

/** A tested or logged rep max, e.g. 100 kg x 5. Loads are kg internally. */
export type RepMax = {
  exerciseId: string;
  loadKg: number;
  reps: number;
  rpe?: number;
  /** ISO date. */
  date: string;
};

export type FieldTest = {
  name: string;
  value: number;
  unit: string;
  date: string;
};

/** PAR-Q+ style screening answers (true = yes). Any yes needs coach review before training. */
export type Screening = {
  heartCondition: boolean;
  chestPainActivity: boolean;
  dizzinessOrFainting: boolean;
  diagnosedChronicCondition: boolean;
  prescribedMedication: boolean;
  boneJointProblem: boolean;
  medicallySupervisedOnly: boolean;
  pregnant?: boolean;
  conditions: string[];
  /**
   * ACSM "currently exercising": planned, structured activity ≥ 30 min at moderate intensity on
   * ≥ 3 days a week for the last 3 months (Riebe et al. 2015, Med Sci Sports Exerc). Absent: read
   * from the training age.
   */
  currentlyExercising?: boolean;
  /** Known cardiovascular, metabolic or renal disease (ACSM 2015). Absent: a "yes" to question 1. */
  knownCmrDisease?: boolean;
  /** Used to regular vigorous-to-maximal exercise (PAR-Q+ page 4, over 45s). */
  accustomedToVigorous?: boolean;
  /**
   * PAR-Q+ pages 2-3: per condition category answered, whether any follow-up question was "yes".
   * Absent while the follow-ups have not been completed.
   */
  followUps?: { category: string; anyYes: boolean }[];
};

/**
 * Everything the engine needs to know about a client. It holds no name or contact data: those
 * stay with the server's client record.
 */
export type ClientProfile = {
  goals: { primary: Goal; secondary: Goal[] };
  /** Months of consistent structured training. 0 = never trained. */
  trainingAgeMonths: number;
  birthYear?: number;
  sex?: "female" | "male" | "other";
  bodyMassKg?: number;
  heightCm?: number;
  injuries: Injury[];
  locations: TrainingLocation[];
  defaultLocationId: string;
  schedule: {
    daysPerWeek: number;
    sessionMinutes: number;
    preferredDays: Weekday[];
  };
  preferences: {
    likes: string[];
    dislikes: string[];
    notes?: string;
  };
  baselines: {
    repMaxes: RepMax[];
    fieldTests: FieldTest[];
  };
  /** ISO date of a competition or event to peak for. */
  eventDate?: string;
  units: Unit;
  screening?: Screening;
  pregnancy?: Pregnancy;
  medicationChanges?: MedicationChange[];
  /** Clearances a coach recorded; each lifts the requirement of its kind (see screening/). */
  clearances?: ClearanceRecord[];
};
