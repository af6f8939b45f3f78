import type { Exercise } from "../model/exercise.ts";
import { EQUIPMENT, JOINT_STRESS_TAGS, LEVELS, LOAD_TYPES, MOVEMENT_PATTERNS, MUSCLES } from "../model/vocabulary.ts";
import { EXERCISE_TAGS } from "./tags.ts";

/** One thing wrong with one exercise; `field` is a path such as `regressions[1]`. */
export type CatalogProblem = { exerciseId: string; field: string; code: CatalogProblemCode; message: string };
export type CatalogProblemCode =
  | "invalid_id"
  | "duplicate_id"
  | "missing"
  | "invalid_value"
  | "unknown_reference"
  | "self_reference"
  | "cycle";

export type ValidateOptions = {
  /** Exercises that references may point to without being validated themselves (e.g. built-ins). */
  reference?: readonly Exercise[];
  /** Require every id to carry the `org:` prefix (for an organization's own exercises). */
  requireOrgPrefix?: boolean;
};

const ID = /^(org:)?[a-z0-9]+(-[a-z0-9]+)*$/;
/** Eccentric-pause-concentric-pause in whole seconds, e.g. "3-1-1-0". */
const TEMPO = /^\d{1,2}-\d{1,2}-\d{1,2}-\d{1,2}$/;
const MEASURES = ["reps", "time", "distance"];

/**
 * Checks a list of exercises for everything the engine relies on: valid ids and vocabulary,
 * cues present, a well-formed tempo, a positive secondsPerRep, and a regression/progression graph
 * whose references resolve, never point to themselves and never loop (the "easier → harder"
 * relation, combining both directions, must be acyclic). Returns [] when all is well.
 */
export function validateCatalog(exercises: readonly Exercise[], options: ValidateOptions = {}): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const add: Add = (exerciseId, field, code, message) => {
    problems.push({ exerciseId, field, code, message });
  };
  const known = new Set<string>((options.reference ?? []).map((e) => e.id));
  const seen = new Set<string>();
  for (const ex of exercises) {
    if (seen.has(ex.id)) add(ex.id, "id", "duplicate_id", `id "${ex.id}" is used more than once`);
    seen.add(ex.id);
    known.add(ex.id);
  }
  for (const ex of exercises) checkOne(ex, known, options, add);
  for (const cycle of findCycles(exercises)) {
    add(cycle[0] ?? "", "progressions", "cycle", `progression graph loops: ${cycle.join(" → ")}`);
  }
  return problems;
}

type Add = (exerciseId: string, field: string, code: CatalogProblemCode, message: string) => void;

function checkOne(ex: Exercise, known: ReadonlySet<string>, options: ValidateOptions, add: Add): void {
  const id = ex.id;
  if (typeof id !== "string" || !ID.test(id)) add(String(id), "id", "invalid_id", "id must be kebab-case");
  else if (options.requireOrgPrefix && !id.startsWith("org:")) {
    add(id, "id", "invalid_id", 'organization exercise ids must start with "org:"');
  }
  if (!ex.name?.trim()) add(id, "name", "missing", "name is required");
  const oneOf = (field: string, value: unknown, allowed: readonly string[]) => {
    if (!allowed.includes(value as string))
      add(id, field, "invalid_value", `"${String(value)}" is not one of ${allowed.join(", ")}`);
  };
  oneOf("pattern", ex.pattern, MOVEMENT_PATTERNS);
  oneOf("level", ex.level, LEVELS);
  oneOf("loadType", ex.loadType, LOAD_TYPES);
  oneOf("measure", ex.measure, MEASURES);
  if (typeof ex.unilateral !== "boolean") add(id, "unilateral", "invalid_value", "unilateral must be a boolean");
  if (ex.primaryMuscles.length === 0) add(id, "primaryMuscles", "missing", "at least one primary muscle is required");
  const each = (field: string, values: readonly unknown[], allowed: readonly string[]) => {
    for (const [i, v] of values.entries()) oneOf(`${field}[${i}]`, v, allowed);
  };
  each("primaryMuscles", ex.primaryMuscles, MUSCLES);
  each("secondaryMuscles", ex.secondaryMuscles, MUSCLES);
  if (ex.equipment.length === 0) {
    add(id, "equipment", "missing", "at least one equipment option is required ([[]] = none)");
  }
  for (const [i, option] of ex.equipment.entries()) each(`equipment[${i}]`, option, EQUIPMENT);
  each("jointStress", ex.jointStress, JOINT_STRESS_TAGS);
  each("tags", ex.tags, EXERCISE_TAGS);
  for (const key of ["setup", "execution", "faults"] as const) {
    const list = ex.cues?.[key] ?? [];
    if (list.length === 0 || list.some((c) => !c.trim()))
      add(id, `cues.${key}`, "missing", `cues.${key} needs at least one non-empty cue`);
  }
  if (!TEMPO.test(ex.tempo)) add(id, "tempo", "invalid_value", 'tempo must look like "3-1-1-0"');
  if (!(Number.isFinite(ex.secondsPerRep) && ex.secondsPerRep > 0)) {
    add(id, "secondsPerRep", "invalid_value", "secondsPerRep must be a positive number");
  }
  for (const field of ["regressions", "progressions"] as const) {
    for (const [i, ref] of ex[field].entries()) {
      if (ref === id) add(id, `${field}[${i}]`, "self_reference", `${field} must not list the exercise itself`);
      else if (!known.has(ref)) add(id, `${field}[${i}]`, "unknown_reference", `"${ref}" is not in the catalog`);
    }
  }
}

/**
 * Cycles in the easier→harder graph: edge X→P for each progression P of X and R→X for each
 * regression R of X. Depth-first search with white/grey/black colouring; one cycle is reported
 * per back edge found.
 */
function findCycles(exercises: readonly Exercise[]): string[][] {
  const harder = new Map<string, Set<string>>();
  const edge = (from: string, to: string) => {
    if (from === to) return;
    const set = harder.get(from) ?? new Set<string>();
    set.add(to);
    harder.set(from, set);
  };
  for (const ex of exercises) {
    for (const p of ex.progressions) edge(ex.id, p);
    for (const r of ex.regressions) edge(r, ex.id);
  }
  const state = new Map<string, "grey" | "black">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, "grey");
    stack.push(node);
    for (const next of harder.get(node) ?? []) {
      const s = state.get(next);
      if (s === "grey") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(node, "black");
  };
  for (const node of harder.keys()) if (!state.has(node)) visit(node);
  return cycles;
}
