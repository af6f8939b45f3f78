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

/** A place the client trains, with what is there. */
export type TrainingLocation = {
  id: string;
  name: string;
  equipment: Equipment[];
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
};
