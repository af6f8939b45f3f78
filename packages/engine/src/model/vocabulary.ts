/**
 * The closed vocabularies the whole domain speaks: equipment, body regions, joint-stress tags,
 * movement patterns, muscles. Contracts build zod enums from these arrays, so adding a value here
 * is the one place to change.
 */

export const EQUIPMENT = [
  "barbell",
  "squat_rack",
  "bench",
  "dumbbells",
  "kettlebells",
  "cable",
  "machines",
  "smith_machine",
  "pullup_bar",
  "dip_station",
  "bands",
  "suspension_trainer",
  "box",
  "sled",
  "rower",
  "bike",
  "treadmill",
  "jump_rope",
  "medicine_ball",
  "landmine",
  "trap_bar",
  "ab_wheel",
  "foam_roller",
  "mat",
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

/**
 * Equipment levels, from nothing up to a full gym. The catalog test checks that every strength
 * pattern has at least one exercise at each level. A location "reaches" a level when it owns all
 * of that level's equipment.
 */
export const EQUIPMENT_LEVELS = {
  bodyweight: [] as Equipment[],
  minimal: ["bands", "pullup_bar"] as Equipment[],
  free_weights: ["dumbbells", "bench"] as Equipment[],
  full_gym: ["barbell", "squat_rack", "bench", "dumbbells", "cable", "machines", "pullup_bar"] as Equipment[],
} as const;
export type EquipmentLevel = keyof typeof EQUIPMENT_LEVELS;

export const BODY_REGIONS = [
  "neck",
  "shoulder",
  "elbow",
  "wrist",
  "upper_back",
  "lower_back",
  "hip",
  "knee",
  "ankle",
  "chest",
] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];

/**
 * What an exercise asks of a joint. Pain rules map each tag to the region it loads, so a painful
 * region excludes the exercises whose tags load it beyond what the pain's severity allows.
 */
export const JOINT_STRESS_TAGS = [
  "loaded_knee_flexion",
  "deep_knee_flexion",
  "knee_impact",
  "spinal_axial_load",
  "spinal_flexion_load",
  "spinal_extension_load",
  "spinal_rotation",
  "hip_flexion_loaded",
  "overhead_shoulder",
  "shoulder_extension_loaded",
  "horizontal_shoulder_load",
  "wrist_extension",
  "elbow_flexion_load",
  "elbow_extension_load",
  "grip_load",
  "ankle_dorsiflexion",
  "impact",
  "neck_load",
] as const;
export type JointStressTag = (typeof JOINT_STRESS_TAGS)[number];

export const MOVEMENT_PATTERNS = [
  "squat",
  "hinge",
  "lunge",
  "horizontal_push",
  "horizontal_pull",
  "vertical_push",
  "vertical_pull",
  "carry",
  "core_anti_extension",
  "core_anti_rotation",
  "core_anti_lateral_flexion",
  "accessory",
  "conditioning",
  "mobility",
  "warmup",
] as const;
export type MovementPattern = (typeof MOVEMENT_PATTERNS)[number];

export const MUSCLES = [
  "quads",
  "hamstrings",
  "glutes",
  "adductors",
  "calves",
  "hip_flexors",
  "chest",
  "lats",
  "upper_back",
  "traps",
  "front_delts",
  "side_delts",
  "rear_delts",
  "biceps",
  "triceps",
  "forearms",
  "abs",
  "obliques",
  "lower_back",
  "neck",
  "cardio",
] as const;
export type Muscle = (typeof MUSCLES)[number];

export const LOAD_TYPES = ["barbell", "dumbbell", "kettlebell", "machine", "cable", "band", "bodyweight"] as const;
export type LoadType = (typeof LOAD_TYPES)[number];

export const LEVELS = ["beginner", "intermediate", "advanced"] as const;
export type Level = (typeof LEVELS)[number];

export const GOALS = ["fat_loss", "hypertrophy", "strength", "performance", "general_health", "endurance"] as const;
export type Goal = (typeof GOALS)[number];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const UNITS = ["kg", "lb"] as const;
export type Unit = (typeof UNITS)[number];
