import {
  BODY_REGIONS,
  CLEARANCE_KINDS,
  type ClientProfile,
  EQUIPMENT,
  type EquipmentInventory,
  GOALS,
  JOINT_STRESS_TAGS,
  MEDICATION_CHANGES,
  MEDICATION_KINDS,
  UNITS,
  WEEKDAYS,
} from "@spotter/engine";
import { z } from "zod";
import { isoDate } from "./common.ts";

export const injurySchema = z.object({
  region: z.enum(BODY_REGIONS),
  side: z.enum(["left", "right", "both"]).optional(),
  severity: z.number().int().min(0).max(10),
  aggravatingMovements: z.array(z.enum(JOINT_STRESS_TAGS)).max(20).default([]),
  status: z.enum(["active", "resolved"]).default("active"),
  since: isoDate.optional(),
  notes: z.string().max(2000).optional(),
});

const kgLoad = z.number().positive().max(1000);

/**
 * What loads a location has, in kg. lb equipment is sent converted exactly (lb × 0.45359237, not
 * rounded): the engine converts back and prints whole lb.
 */
export const equipmentInventorySchema = z.object({
  dumbbellsKg: z
    .union([
      z
        .object({ min: kgLoad, max: kgLoad, step: z.number().positive().max(50) })
        .refine((r) => r.max >= r.min, { message: "max must be ≥ min", path: ["max"] })
        .refine((r) => (r.max - r.min) / r.step <= 400, { message: "at most 400 sizes", path: ["step"] }),
      z.array(kgLoad).min(1).max(100),
    ])
    .optional(),
  kettlebellsKg: z.array(kgLoad).min(1).max(50).optional(),
  barbellMaxKg: kgLoad.optional(),
  machineMaxKg: kgLoad.optional(),
  cableMaxKg: kgLoad.optional(),
});

export const trainingLocationSchema = z.object({
  id: z.string().min(1).max(40),
  name: z.string().min(1).max(80),
  equipment: z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length),
  inventory: equipmentInventorySchema.optional(),
});

export const repMaxSchema = z.object({
  exerciseId: z.string().min(1).max(80),
  loadKg: z.number().min(0).max(1000),
  reps: z.number().int().min(1).max(30),
  rpe: z.number().min(1).max(10).optional(),
  date: isoDate,
});

export const screeningSchema = z.object({
  heartCondition: z.boolean(),
  chestPainActivity: z.boolean(),
  dizzinessOrFainting: z.boolean(),
  diagnosedChronicCondition: z.boolean(),
  prescribedMedication: z.boolean(),
  boneJointProblem: z.boolean(),
  medicallySupervisedOnly: z.boolean(),
  pregnant: z.boolean().optional(),
  conditions: z.array(z.string().max(200)).max(30).default([]),
  currentlyExercising: z.boolean().optional(),
  knownCmrDisease: z.boolean().optional(),
  accustomedToVigorous: z.boolean().optional(),
  followUps: z
    .array(z.object({ category: z.string().min(1).max(80), anyYes: z.boolean() }))
    .max(20)
    .optional(),
});

/** Pregnant (with a due date when known) or postpartum (with the delivery date). */
export const pregnancySchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("pregnant"), dueDate: isoDate.optional() }),
  z.object({ status: z.literal("postpartum"), deliveryDate: isoDate, caesarean: z.boolean().optional() }),
]);

export const medicationChangeSchema = z.object({
  kind: z.enum(MEDICATION_KINDS),
  change: z.enum(MEDICATION_CHANGES),
  date: isoDate,
  name: z.string().min(1).max(120).optional(),
});

/** A clearance a coach records: who cleared, who entered it, when, and with what restrictions. */
export const clearanceRecordSchema = z.object({
  kind: z.enum(CLEARANCE_KINDS),
  clearedBy: z.string().min(1).max(200),
  recordedBy: z.string().min(1).max(200),
  date: isoDate,
  restrictions: z.array(z.string().min(1).max(500)).max(20).default([]),
  vigorousAllowed: z.boolean().default(true),
});

/** The client profile as the API accepts it; defaults fill what intake may leave out. */
export const clientProfileSchema = z
  .object({
    goals: z.object({
      primary: z.enum(GOALS),
      secondary: z.array(z.enum(GOALS)).max(GOALS.length).default([]),
    }),
    trainingAgeMonths: z.number().int().min(0).max(960),
    birthYear: z.number().int().min(1900).max(2100).optional(),
    sex: z.enum(["female", "male", "other"]).optional(),
    bodyMassKg: z.number().min(20).max(400).optional(),
    heightCm: z.number().min(90).max(250).optional(),
    injuries: z.array(injurySchema).max(30).default([]),
    locations: z.array(trainingLocationSchema).min(1).max(10),
    defaultLocationId: z.string().min(1).max(40),
    schedule: z.object({
      daysPerWeek: z.number().int().min(1).max(7),
      sessionMinutes: z.number().int().min(15).max(180),
      preferredDays: z.array(z.enum(WEEKDAYS)).max(7).default([]),
    }),
    preferences: z
      .object({
        likes: z.array(z.string().max(80)).max(100).default([]),
        dislikes: z.array(z.string().max(80)).max(100).default([]),
        notes: z.string().max(2000).optional(),
      })
      .default({ likes: [], dislikes: [] }),
    baselines: z
      .object({
        repMaxes: z.array(repMaxSchema).max(200).default([]),
        fieldTests: z
          .array(
            z.object({ name: z.string().min(1).max(80), value: z.number(), unit: z.string().max(20), date: isoDate }),
          )
          .max(200)
          .default([]),
      })
      .default({ repMaxes: [], fieldTests: [] }),
    eventDate: isoDate.optional(),
    units: z.enum(UNITS).default("kg"),
    screening: screeningSchema.optional(),
    pregnancy: pregnancySchema.optional(),
    medicationChanges: z.array(medicationChangeSchema).max(50).optional(),
    clearances: z.array(clearanceRecordSchema).max(50).optional(),
  })
  .superRefine((p, ctx) => {
    if (!p.locations.some((l) => l.id === p.defaultLocationId)) {
      ctx.addIssue({ code: "custom", path: ["defaultLocationId"], message: "must be the id of one of the locations" });
    }
    const ids = new Set<string>();
    p.locations.forEach((l, i) => {
      if (ids.has(l.id))
        ctx.addIssue({ code: "custom", path: ["locations", i, "id"], message: "duplicate location id" });
      ids.add(l.id);
    });
  });

// Compile-time check that the schema's output is exactly the engine's type.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _profileMatches: Equals<z.output<typeof clientProfileSchema>, ClientProfile> = true;
void _profileMatches;
const _inventoryMatches: Equals<z.output<typeof equipmentInventorySchema>, EquipmentInventory> = true;
void _inventoryMatches;

export type ClientProfileInput = z.input<typeof clientProfileSchema>;
