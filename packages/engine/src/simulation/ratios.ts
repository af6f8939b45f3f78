/**
 * The simulation's OWN strength relations, independent of the engine's catalog relations so the
 * virtual athlete is a truth the engine can be measured against (importing the engine's ratios
 * would make a wrong ratio invisible).
 *
 * Each loaded exercise is tied to one base lift with a ratio of the TOTAL load moved (both
 * dumbbells, the whole stack) to the base lift's 1RM. The values are rounded practitioner rules of
 * thumb in the spirit of Zatsiorsky & Kraemer, Science and Practice of Strength Training (2nd ed.,
 * 2006, ch. 4 on exercise specificity) and Helms, Morgan & Valdez, The Muscle and Strength Pyramid:
 * Training (2nd ed., 2019); no single study measures them all, which is why every athlete deviates
 * from them by a seeded ±8% (see virtual-athlete.ts).
 */

/** The lifts whose 1RM a persona states; every other load derives from one of them. */
export const BASE_LIFTS = [
  "back-squat",
  "deadlift",
  "barbell-bench-press",
  "overhead-press",
  "barbell-bent-over-row",
] as const;
export type BaseLift = (typeof BASE_LIFTS)[number];

/**
 * `pull` is the "system" pulling 1RM (body mass plus added load), derived from body mass and
 * pull-up reps, so pulldowns and weighted pull-ups have a truth without a barbell baseline.
 */
export type RatioBase = BaseLift | "pull";

/**
 * `hands`: how many dumbbells/kettlebells the movement uses (2 = one in each hand). With 2,
 * the prescribed load is per hand (see loadConvention in load-convention.ts).
 */
export type Relation = { base: RatioBase; ratio: number; hands?: 1 | 2 };

const r = (base: RatioBase, ratio: number, hands?: 1 | 2): Relation =>
  hands ? { base, ratio, hands } : { base, ratio };

export const RELATIONS: Readonly<Record<string, Relation>> = {
  // Squat family (base: back squat).
  "back-squat": r("back-squat", 1),
  "front-squat": r("back-squat", 0.82),
  "pause-back-squat": r("back-squat", 0.88),
  "zercher-squat": r("back-squat", 0.75),
  "overhead-squat": r("back-squat", 0.55),
  "smith-machine-squat": r("back-squat", 0.95),
  "leg-press": r("back-squat", 1.9),
  "hack-squat": r("back-squat", 1.2),
  "belt-squat": r("back-squat", 1.0),
  "landmine-squat": r("back-squat", 0.5),
  "goblet-squat": r("back-squat", 0.35, 1),
  "heels-elevated-goblet-squat": r("back-squat", 0.33, 1),
  "double-kettlebell-front-squat": r("back-squat", 0.5, 2),
  // Single-leg work (base: back squat), both dumbbells counted.
  "dumbbell-split-squat": r("back-squat", 0.45, 2),
  "dumbbell-reverse-lunge": r("back-squat", 0.45, 2),
  "dumbbell-walking-lunge": r("back-squat", 0.42, 2),
  "dumbbell-step-up": r("back-squat", 0.4, 2),
  "dumbbell-bulgarian-split-squat": r("back-squat", 0.5, 2),
  "barbell-reverse-lunge": r("back-squat", 0.55),
  "smith-machine-split-squat": r("back-squat", 0.6),
  // Hinge family (base: deadlift).
  deadlift: r("deadlift", 1),
  "romanian-deadlift": r("deadlift", 0.7),
  "trap-bar-deadlift": r("deadlift", 1.05),
  "sumo-deadlift": r("deadlift", 0.97),
  "good-morning": r("deadlift", 0.45),
  "barbell-hip-thrust": r("deadlift", 1.1),
  "dumbbell-hip-thrust": r("deadlift", 0.45, 1),
  "dumbbell-romanian-deadlift": r("deadlift", 0.55, 2),
  "dumbbell-single-leg-rdl": r("deadlift", 0.3, 2),
  "kettlebell-deadlift": r("deadlift", 0.45, 2),
  "kettlebell-swing": r("deadlift", 0.25, 1),
  "cable-pull-through": r("deadlift", 0.35),
  // Horizontal push (base: bench press).
  "barbell-bench-press": r("barbell-bench-press", 1),
  "incline-barbell-bench-press": r("barbell-bench-press", 0.82),
  "close-grip-bench-press": r("barbell-bench-press", 0.9),
  "dumbbell-bench-press": r("barbell-bench-press", 0.8, 2),
  "incline-dumbbell-press": r("barbell-bench-press", 0.7, 2),
  "single-arm-dumbbell-bench-press": r("barbell-bench-press", 0.4, 1),
  "dumbbell-floor-press": r("barbell-bench-press", 0.72, 2),
  "dumbbell-chest-fly": r("barbell-bench-press", 0.4, 2),
  "machine-chest-press": r("barbell-bench-press", 1.0),
  "cable-chest-press": r("barbell-bench-press", 0.6),
  // Vertical push (base: overhead press).
  "overhead-press": r("overhead-press", 1),
  "push-press": r("overhead-press", 1.25),
  "z-press": r("overhead-press", 0.85),
  "landmine-press": r("overhead-press", 0.65),
  "dumbbell-shoulder-press": r("overhead-press", 0.8, 2),
  "seated-dumbbell-shoulder-press": r("overhead-press", 0.82, 2),
  "single-arm-dumbbell-press": r("overhead-press", 0.42, 1),
  "arnold-press": r("overhead-press", 0.7, 2),
  "kettlebell-bottoms-up-press": r("overhead-press", 0.25, 1),
  "machine-shoulder-press": r("overhead-press", 1.0),
  // Horizontal pull (base: barbell row).
  "barbell-bent-over-row": r("barbell-bent-over-row", 1),
  "pendlay-row": r("barbell-bent-over-row", 0.95),
  "t-bar-row": r("barbell-bent-over-row", 0.9),
  "one-arm-dumbbell-row": r("barbell-bent-over-row", 0.5, 1),
  "chest-supported-dumbbell-row": r("barbell-bent-over-row", 0.7, 2),
  "bent-over-dumbbell-row": r("barbell-bent-over-row", 0.8, 2),
  "seated-cable-row": r("barbell-bent-over-row", 1.0),
  "single-arm-cable-row": r("barbell-bent-over-row", 0.5),
  "machine-row": r("barbell-bent-over-row", 1.0),
  // Vertical pull (base: the system pulling 1RM).
  "lat-pulldown": r("pull", 0.8),
  "single-arm-cable-pulldown": r("pull", 0.4),
  "straight-arm-cable-pulldown": r("pull", 0.35),
  "dumbbell-pullover": r("pull", 0.3, 1),
  "assisted-pull-up-machine": r("pull", 0.5),
  // Arms, shoulders, legs accessories.
  "barbell-curl": r("barbell-bent-over-row", 0.45),
  "dumbbell-biceps-curl": r("barbell-bent-over-row", 0.4, 2),
  "hammer-curl": r("barbell-bent-over-row", 0.42, 2),
  "cable-curl": r("barbell-bent-over-row", 0.4),
  "cable-triceps-pushdown": r("barbell-bench-press", 0.35),
  "overhead-dumbbell-triceps-extension": r("barbell-bench-press", 0.25, 1),
  "skull-crusher": r("barbell-bench-press", 0.3, 2),
  "lateral-raise": r("overhead-press", 0.27, 2),
  "cable-lateral-raise": r("overhead-press", 0.13),
  "rear-delt-fly": r("overhead-press", 0.22, 2),
  "cable-face-pull": r("barbell-bent-over-row", 0.3),
  "seated-calf-raise": r("back-squat", 0.6),
  "leg-extension": r("back-squat", 0.55),
  "lying-leg-curl": r("deadlift", 0.3),
  "dumbbell-shrug": r("deadlift", 0.7, 2),
  // Carries and loaded core (only used to pick a load when none is prescribed).
  "farmers-carry": r("deadlift", 0.9, 2),
  "suitcase-carry": r("deadlift", 0.4, 1),
  "front-rack-carry": r("back-squat", 0.4, 2),
  "overhead-carry": r("overhead-press", 0.35, 1),
  "offset-carry": r("deadlift", 0.35, 2),
  "trap-bar-carry": r("deadlift", 1.1),
  "plate-pinch-carry": r("deadlift", 0.2),
  "suitcase-hold": r("deadlift", 0.45, 1),
  "cable-suitcase-hold": r("deadlift", 0.3),
  "suitcase-deadlift": r("deadlift", 0.45, 1),
  "dumbbell-dead-bug": r("back-squat", 0.08, 2),
  "renegade-row": r("barbell-bent-over-row", 0.35, 2),
  "plank-pull-through": r("barbell-bent-over-row", 0.2, 1),
  "landmine-rotation": r("overhead-press", 0.7),
  "cable-pallof-press": r("barbell-bent-over-row", 0.2),
  "cable-chop": r("barbell-bent-over-row", 0.25),
  "side-plank-row": r("barbell-bent-over-row", 0.2),
  "dumbbell-thruster": r("overhead-press", 0.6, 2),
};

/** Unlisted loaded exercises (an organization's own) fall back to their pattern's base lift at half. */
export const PATTERN_BASE: Readonly<Record<string, RatioBase>> = {
  squat: "back-squat",
  lunge: "back-squat",
  hinge: "deadlift",
  carry: "deadlift",
  horizontal_push: "barbell-bench-press",
  vertical_push: "overhead-press",
  horizontal_pull: "barbell-bent-over-row",
  vertical_pull: "pull",
};
export const FALLBACK_RATIO = 0.5;
