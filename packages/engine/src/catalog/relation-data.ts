/**
 * How loaded variants relate to a parent lift: variant e1RM ≈ ratio × parent e1RM, with `range`
 * the spread lifters typically show. For exercises whose load is per hand (see load-per.ts) the
 * ratio is PER HAND. `ratio` sits at or below the low-middle of the range on purpose: a first
 * exposure transferred from another lift should feel easy, not find the client's limit.
 *
 * `evidence: "study"` cites a paper that measured both 1RMs; `"convention"` is a coaching rule of
 * thumb (what strength coaches use when nothing better exists) and says so. Machines vary by make
 * (lever ratios, sled angles, stack labels), so every machine ratio is a low convention.
 * Left out on purpose: weighted pull-ups (the added load depends on body mass), the assisted
 * pull-up machine (its load is assistance, inverse to strength), swings and other ballistic work.
 */
export type VariantRelation = {
  parentId: string;
  ratio: number;
  range: readonly [number, number];
  evidence: "study" | "convention";
  source: string;
};

const CONV = "coaching convention";
const MACHINE = "coaching convention; machines vary by make, so low on purpose";
const rel = (
  parentId: string,
  ratio: number,
  range: readonly [number, number],
  source: string = CONV,
  evidence: "study" | "convention" = "convention",
): VariantRelation => ({ parentId, ratio, range, evidence, source });

const SAETERBAKKEN_2011 =
  "Saeterbakken, van den Tillaar & Fimland 2011 (J Sports Sci 29:533): dumbbell chest-press 1RM (both bells) 17% below the barbell, i.e. ≈ 0.41 per hand";
const SWINTON_2011 =
  "Swinton et al. 2011 (JSCR 25:2000): hexagonal-bar 1RM 265 vs 245 kg straight bar (≈ 1.08); Lake et al. 2017 (Sports 5:82): +6%";
const COTTERMAN_2005 =
  "Cotterman, Darby & Skelly 2005 (JSCR 19:169): Smith-machine squat 1RM at or above the free squat; 0.95 allows for counterbalanced bars";
const DB_PRESS = `per hand; by analogy with ${SAETERBAKKEN_2011}`;

/** Keyed by the variant's catalog id. Families: squat, hinge, push and pull (both planes), lunge. */
export const VARIANT_RELATIONS: Readonly<Record<string, VariantRelation>> = {
  // Squat family: parent back squat.
  "front-squat": rel("back-squat", 0.8, [0.8, 0.88]),
  "pause-back-squat": rel("back-squat", 0.85, [0.85, 0.92]),
  "zercher-squat": rel("back-squat", 0.75, [0.75, 0.9]),
  "overhead-squat": rel("back-squat", 0.55, [0.55, 0.75]),
  "smith-machine-squat": rel("back-squat", 0.95, [0.95, 1.1], COTTERMAN_2005, "study"),
  "hack-squat": rel("back-squat", 0.95, [0.95, 1.3], MACHINE),
  "belt-squat": rel("back-squat", 0.9, [0.9, 1.1], MACHINE),
  "leg-press": rel("back-squat", 1.6, [1.6, 2.5], MACHINE),
  "landmine-squat": rel("back-squat", 0.35, [0.35, 0.55]),
  "goblet-squat": rel(
    "back-squat",
    0.33,
    [0.33, 0.45],
    "coaching convention; one bell held at the chest, limited by the arms",
  ),
  "heels-elevated-goblet-squat": rel("goblet-squat", 0.95, [0.95, 1.05]),
  "double-kettlebell-front-squat": rel("front-squat", 0.38, [0.38, 0.48], "coaching convention; per hand"),
  // Hinge family: parent conventional deadlift, tied to the back squat.
  deadlift: rel("back-squat", 1.0, [1.0, 1.3], "coaching convention; most lifters pull 1.0-1.3× their squat"),
  "romanian-deadlift": rel("deadlift", 0.7, [0.7, 0.8]),
  "trap-bar-deadlift": rel("deadlift", 1.0, [1.0, 1.1], SWINTON_2011, "study"),
  "sumo-deadlift": rel("deadlift", 0.95, [0.95, 1.05], "coaching convention; stance suits lifters differently"),
  "good-morning": rel("deadlift", 0.4, [0.4, 0.55]),
  "barbell-hip-thrust": rel("deadlift", 0.9, [0.9, 1.3], "coaching convention; wide individual spread"),
  "dumbbell-romanian-deadlift": rel(
    "romanian-deadlift",
    0.38,
    [0.38, 0.45],
    "coaching convention; per hand, grip-limited",
  ),
  "dumbbell-single-leg-rdl": rel("dumbbell-romanian-deadlift", 0.5, [0.5, 0.7], "coaching convention; per hand"),
  "kettlebell-deadlift": rel("deadlift", 0.3, [0.3, 0.45], "coaching convention; per hand, grip-limited"),
  "dumbbell-hip-thrust": rel("barbell-hip-thrust", 0.35, [0.35, 0.5], "coaching convention; one dumbbell on the hips"),
  "rack-pull": rel("deadlift", 1.0, [1.0, 1.2], "coaching convention; a shorter pull from the pins, often heavier"),
  // Horizontal push: parent barbell bench press.
  "incline-barbell-bench-press": rel("barbell-bench-press", 0.78, [0.78, 0.88]),
  "close-grip-bench-press": rel("barbell-bench-press", 0.88, [0.88, 0.95]),
  "decline-bench-press": rel("barbell-bench-press", 0.95, [0.95, 1.05], "coaching convention; similar load"),
  "dumbbell-bench-press": rel("barbell-bench-press", 0.38, [0.38, 0.42], SAETERBAKKEN_2011, "study"),
  "incline-dumbbell-press": rel("incline-barbell-bench-press", 0.38, [0.38, 0.42], DB_PRESS),
  "single-arm-dumbbell-bench-press": rel("dumbbell-bench-press", 0.85, [0.85, 1.0], "coaching convention; per hand"),
  "dumbbell-floor-press": rel("dumbbell-bench-press", 0.95, [0.95, 1.05], "coaching convention; per hand"),
  "dumbbell-chest-fly": rel("dumbbell-bench-press", 0.4, [0.4, 0.55], "coaching convention; per hand, single-joint"),
  "machine-chest-press": rel("barbell-bench-press", 0.8, [0.8, 1.1], MACHINE),
  // Vertical push: parent overhead press, itself tied to the bench.
  "overhead-press": rel("barbell-bench-press", 0.6, [0.6, 0.7]),
  "push-press": rel("overhead-press", 1.15, [1.15, 1.35], "coaching convention; leg drive"),
  "z-press": rel("overhead-press", 0.85, [0.85, 0.95]),
  "dumbbell-shoulder-press": rel(
    "overhead-press",
    0.38,
    [0.38, 0.45],
    "per hand; Saeterbakken & Fimland 2013 (JSCR 27:1824) found the dumbbell shoulder-press 1RM below the barbell's; ratio by analogy with the chest press",
    "study",
  ),
  "seated-dumbbell-shoulder-press": rel(
    "dumbbell-shoulder-press",
    1.0,
    [1.0, 1.1],
    "per hand; seated at least as strong as standing (Saeterbakken & Fimland 2013)",
    "study",
  ),
  "arnold-press": rel("dumbbell-shoulder-press", 0.85, [0.85, 0.95], "coaching convention; per hand"),
  "single-arm-dumbbell-press": rel("dumbbell-shoulder-press", 0.9, [0.9, 1.05], "coaching convention; per hand"),
  "kettlebell-bottoms-up-press": rel(
    "single-arm-dumbbell-press",
    0.55,
    [0.55, 0.7],
    "coaching convention; grip and balance limit it",
  ),
  "machine-shoulder-press": rel("overhead-press", 0.8, [0.8, 1.1], MACHINE),
  // Horizontal pull: parent barbell bent-over row, tied to the bench.
  "barbell-bent-over-row": rel("barbell-bench-press", 0.65, [0.65, 0.9], "coaching convention; strict rows"),
  "pendlay-row": rel("barbell-bent-over-row", 0.88, [0.88, 0.98]),
  "t-bar-row": rel("barbell-bent-over-row", 0.8, [0.8, 1.0], "coaching convention; plates on a lever"),
  "one-arm-dumbbell-row": rel(
    "barbell-bent-over-row",
    0.42,
    [0.42, 0.55],
    "coaching convention; per hand, braced on a bench",
  ),
  "bent-over-dumbbell-row": rel("barbell-bent-over-row", 0.38, [0.38, 0.45], "coaching convention; per hand"),
  "chest-supported-dumbbell-row": rel("barbell-bent-over-row", 0.33, [0.33, 0.42], "coaching convention; per hand"),
  "seated-cable-row": rel("barbell-bent-over-row", 0.8, [0.8, 1.1], MACHINE),
  "machine-row": rel("barbell-bent-over-row", 0.8, [0.8, 1.1], MACHINE),
  "single-arm-cable-row": rel("seated-cable-row", 0.45, [0.45, 0.55], "coaching convention; one arm of the same stack"),
  // Vertical pull: parent lat pulldown.
  "single-arm-cable-pulldown": rel(
    "lat-pulldown",
    0.45,
    [0.45, 0.55],
    "coaching convention; one arm of the same stack",
  ),
  "straight-arm-cable-pulldown": rel("lat-pulldown", 0.3, [0.3, 0.45], "coaching convention; single-joint"),
  "dumbbell-pullover": rel("lat-pulldown", 0.3, [0.3, 0.45], "coaching convention; one dumbbell, single-joint"),
  // Lunge family: parent barbell reverse lunge, tied to the back squat.
  "barbell-reverse-lunge": rel("back-squat", 0.5, [0.5, 0.65], "coaching convention; one leg at a time"),
  "smith-machine-split-squat": rel("barbell-reverse-lunge", 0.95, [0.95, 1.1], MACHINE),
  "dumbbell-split-squat": rel(
    "barbell-reverse-lunge",
    0.42,
    [0.42, 0.5],
    "coaching convention; per hand, grip-limited",
  ),
  "dumbbell-reverse-lunge": rel("barbell-reverse-lunge", 0.4, [0.4, 0.48], "coaching convention; per hand"),
  "dumbbell-walking-lunge": rel("dumbbell-reverse-lunge", 0.9, [0.9, 1.0], "coaching convention; per hand"),
  "dumbbell-bulgarian-split-squat": rel("dumbbell-split-squat", 0.8, [0.8, 0.95], "coaching convention; per hand"),
  "dumbbell-step-up": rel("dumbbell-split-squat", 0.75, [0.75, 0.9], "coaching convention; per hand"),
};
