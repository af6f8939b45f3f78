import type { Reason } from "../core/reasons.ts";
import type { Session, SessionItem } from "../session/index.ts";
import type { CohortAttribute, CohortGroup } from "./cohort-clients.ts";
import { ATTRIBUTE_EFFECTS, type CohortDimension, LOAD_TOLERANCE } from "./cohort-policy.ts";
import { type CohortContext, type CohortOutcome, runCohortClient } from "./cohort-run.ts";

export type CohortDifference = {
  goal: string;
  attribute: CohortAttribute;
  /** The base's and the variant's value of the attribute. */
  baseValue: string;
  variantValue: string;
  dimension: CohortDimension;
  /** Where in the output, e.g. `session 2 (Day B) main #1`. */
  where: string;
  before: string;
  after: string;
  explained: boolean;
  /** The rule that explains it, or why it is not explained. */
  rule: string;
};

export type CohortReport = {
  start: string;
  clients: number;
  pairs: number;
  differences: CohortDifference[];
  explained: number;
  unexplained: number;
};

type Pair = { group: CohortGroup; base: CohortOutcome; variant: CohortOutcome };
type Raw = Omit<CohortDifference, "goal" | "attribute" | "baseValue" | "variantValue" | "explained" | "rule">;

const key = (r: Reason) => `${r.ruleId}|${JSON.stringify(r.inputs)}`;

/** Reasons present on one side only whose inputs name one of the attribute's inputs. */
function citing(before: readonly Reason[], after: readonly Reason[], inputs: readonly string[]): string[] {
  const b = new Set(before.map(key));
  const a = new Set(after.map(key));
  const changed = [...after.filter((r) => !b.has(key(r))), ...before.filter((r) => !a.has(key(r)))];
  return [...new Set(changed.filter((r) => inputs.some((i) => i in r.inputs)).map((r) => r.ruleId))];
}

function segmentDiffs(p: Pair): Raw[] {
  const out: Raw[] = [];
  for (const field of ["risk", "experience", "autonomy", "suggestedModel"] as const) {
    const before = p.base.segment[field];
    const after = p.variant.segment[field];
    if (before !== after) out.push({ dimension: "segment", where: `segment.${field}`, before, after });
  }
  return out;
}

function screeningDiffs(p: Pair): Raw[] {
  const out: Raw[] = [];
  const acsm = (o: CohortOutcome) =>
    o.acsm
      ? `${o.acsm.exercising ? "exercising" : "not exercising"}, ${o.acsm.status}, clearance ${o.acsm.clearance ?? "none"}`
      : "none";
  if (acsm(p.base) !== acsm(p.variant))
    out.push({ dimension: "screening", where: "acsm", before: acsm(p.base), after: acsm(p.variant) });
  const clear = (o: CohortOutcome) =>
    o.intake.clearance.map((c) => `${c.kind}:${c.see}:${c.scope}`).join(", ") || "none";
  if (clear(p.base) !== clear(p.variant))
    out.push({ dimension: "screening", where: "clearance", before: clear(p.base), after: clear(p.variant) });
  return out;
}

function intakeDiffs(p: Pair): Raw[] {
  const out: Raw[] = [];
  for (const list of ["redFlags", "contradictions", "reviews", "notes"] as const) {
    const ids = (o: CohortOutcome) =>
      o.intake[list]
        .map((f) => f.ruleId)
        .sort()
        .join(", ") || "none";
    if (ids(p.base) !== ids(p.variant))
      out.push({ dimension: "intake", where: `intake.${list}`, before: ids(p.base), after: ids(p.variant) });
  }
  return out;
}

const ITEM_SECTIONS = ["warmup", "main", "finisher", "cooldown"] as const;

function itemDiffs(where: string, b: SessionItem, v: SessionItem, fb: number, fv: number): Raw[] {
  const out: Raw[] = [];
  if (b.exerciseId !== v.exerciseId) {
    out.push({ dimension: "exercise", where, before: b.exerciseId, after: v.exerciseId });
    return out; // a different exercise: its dose is not comparable
  }
  const at = `${where} ${b.exerciseId}`;
  if (b.sets !== v.sets) out.push({ dimension: "sets", where: at, before: String(b.sets), after: String(v.sets) });
  const reps = (i: SessionItem) =>
    `${i.reps ?? "-"}${i.seconds !== undefined ? ` / ${i.seconds} s` : ""}${i.amrap ? "+" : ""}`;
  if (reps(b) !== reps(v)) out.push({ dimension: "reps", where: at, before: reps(b), after: reps(v) });
  const effort = (i: SessionItem) => (i.effort ? `${i.effort.scale} ${i.effort.value}` : "-");
  if (effort(b) !== effort(v)) out.push({ dimension: "effort", where: at, before: effort(b), after: effort(v) });
  if ((b.load === undefined) !== (v.load === undefined)) {
    out.push({ dimension: "load", where: at, before: String(b.load ?? "-"), after: String(v.load ?? "-") });
  } else if (b.load !== undefined && v.load !== undefined) {
    const nb = b.load / fb;
    const nv = v.load / fv;
    const tolerance = LOAD_TOLERANCE.stepKg / Math.min(fb, fv) + LOAD_TOLERANCE.relative * Math.max(nb, nv);
    if (Math.abs(nb - nv) > tolerance)
      out.push({
        dimension: "load",
        where: at,
        before: `${b.load} ${b.unit} (${nb.toFixed(1)} relative)`,
        after: `${v.load} ${v.unit} (${nv.toFixed(1)} relative)`,
      });
  }
  return out;
}

function sessionDiffs(p: Pair): Raw[] {
  const out: Raw[] = [];
  const fb = p.base.client.strengthFactor;
  const fv = p.variant.client.strengthFactor;
  const bs = p.base.sessions;
  const vs = p.variant.sessions;
  if (bs.length !== vs.length)
    out.push({ dimension: "session", where: "sessions drafted", before: String(bs.length), after: String(vs.length) });
  for (let i = 0; i < Math.min(bs.length, vs.length); i++) {
    const b = bs[i] as Session;
    const v = vs[i] as Session;
    const label = `session ${i + 1} (${b.date})`;
    if (b.dayLabel !== v.dayLabel || b.blockKind !== v.blockKind)
      out.push({
        dimension: "session",
        where: label,
        before: `${b.dayLabel}, ${b.blockKind}`,
        after: `${v.dayLabel}, ${v.blockKind}`,
      });
    for (const section of ITEM_SECTIONS) {
      const bi = b[section];
      const vi = v[section];
      if (bi.length !== vi.length)
        out.push({
          dimension: "exercise",
          where: `${label} ${section} count`,
          before: String(bi.length),
          after: String(vi.length),
        });
      for (let k = 0; k < Math.min(bi.length, vi.length); k++)
        out.push(...itemDiffs(`${label} ${section} #${k + 1}`, bi[k] as SessionItem, vi[k] as SessionItem, fb, fv));
    }
  }
  return out;
}

const SESSION_DIMENSIONS: readonly CohortDimension[] = ["session", "exercise", "sets", "reps", "effort", "load"];

/** Classifies one pair's raw differences: explained (with the rule) or not (with why not). */
function classify(p: Pair, raws: Raw[]): CohortDifference[] {
  const attribute = p.group.attribute;
  const effect = ATTRIBUTE_EFFECTS[attribute];
  const cites: Partial<Record<CohortDimension, string[]>> = {
    segment: citing(p.base.segment.reasons, p.variant.segment.reasons, effect.inputs),
    screening: citing(
      [...p.base.intake.clearance.flatMap((c) => c.reasons), ...(p.base.acsm ? [p.base.acsm.reason] : [])],
      [...p.variant.intake.clearance.flatMap((c) => c.reasons), ...(p.variant.acsm ? [p.variant.acsm.reason] : [])],
      effect.inputs,
    ),
    intake: citing(allFindings(p.base), allFindings(p.variant), effect.inputs),
    method: citing(
      p.base.method ? [p.base.method.reason] : [],
      p.variant.method ? [p.variant.method.reason] : [],
      effect.inputs,
    ),
  };
  const methodChanged = p.base.method?.id !== p.variant.method?.id;
  const methodExplained = methodChanged && effect.may.includes("method") && (cites.method ?? []).length > 0;
  return raws.map((raw) => {
    const base = {
      goal: p.group.goal,
      attribute,
      baseValue: p.base.client.value,
      variantValue: p.variant.client.value,
      ...raw,
    };
    const allowed = effect.may.includes(raw.dimension);
    if (SESSION_DIMENSIONS.includes(raw.dimension)) {
      const floor = gridFloor(attribute, raw);
      if (floor) return { ...base, explained: true, rule: floor };
      if (allowed) return { ...base, explained: true, rule: effect.rule };
      if (methodExplained)
        return {
          ...base,
          explained: true,
          rule: `follows from the method change ${p.base.method?.id ?? "none"} → ${p.variant.method?.id ?? "none"} (${cites.method?.join(", ")})`,
        };
      if (attribute === "strength" && raw.dimension === "load")
        return {
          ...base,
          explained: false,
          rule: "loads must scale with strength: relative to it, this load is more than one plate step (and 2.5%) away from the base's",
        };
      return { ...base, explained: false, rule: `${attribute} may not change ${raw.dimension}: ${effect.rule}` };
    }
    const rules = cites[raw.dimension] ?? [];
    if (allowed && rules.length > 0) return { ...base, explained: true, rule: rules.join(", ") };
    if (allowed) return { ...base, explained: false, rule: `no reason names ${effect.inputs.join("/")}` };
    return { ...base, explained: false, rule: `${attribute} may not change ${raw.dimension}: ${effect.rule}` };
  });
}

/** Strength variants: loads that cannot scale because the grid starts at the empty bar. */
function gridFloor(attribute: CohortAttribute, raw: Raw): string | null {
  if (attribute !== "strength" || raw.dimension !== "load") return null;
  if (raw.where.includes(" warmup "))
    return "ramp sets sit on the plate grid and start from the empty bar, so they do not scale with strength";
  const kg = (s: string) => Number.parseFloat(s);
  if (Math.min(kg(raw.before), kg(raw.after)) <= BAR_KG)
    return `a ${BAR_KG} kg empty bar is the lightest barbell load, so loads near it do not scale with strength`;
  return null;
}

/** The standard barbell (International Powerlifting Federation technical rules: 20 kg men's bar). */
const BAR_KG = 20;

function allFindings(o: CohortOutcome): Reason[] {
  return [...o.intake.redFlags, ...o.intake.contradictions, ...o.intake.reviews, ...o.intake.notes];
}

/**
 * Runs every matched client and reports every difference between each variant and its base,
 * explained (with the rule) or not. Pure: the same groups and context give the same report.
 */
export function cohortAudit(groups: readonly CohortGroup[], ctx: CohortContext): CohortReport {
  const cache = new Map<string, CohortOutcome>();
  const run = (c: CohortGroup["base"]) => {
    const hit = cache.get(c.id);
    if (hit) return hit;
    const out = runCohortClient(c, ctx);
    cache.set(c.id, out);
    return out;
  };
  const differences: CohortDifference[] = [];
  let pairs = 0;
  for (const group of groups) {
    const base = run(group.base);
    for (const v of group.variants) {
      const variant = run(v);
      const pair = { group, base, variant };
      pairs++;
      const raws = [...segmentDiffs(pair), ...screeningDiffs(pair), ...intakeDiffs(pair), ...sessionDiffs(pair)];
      if (base.method?.id !== variant.method?.id)
        raws.push({
          dimension: "method",
          where: "default method",
          before: base.method?.id ?? "none",
          after: variant.method?.id ?? "none",
        });
      if (base.refusals.length !== variant.refusals.length)
        raws.push({
          dimension: "session",
          where: "drafts refused",
          before: String(base.refusals.length),
          after: variant.refusals.map((r) => r.message).join("; ") || "0",
        });
      differences.push(...classify(pair, raws));
    }
  }
  const unexplained = differences.filter((d) => !d.explained).length;
  return {
    start: ctx.start,
    clients: cache.size,
    pairs,
    differences,
    explained: differences.length - unexplained,
    unexplained,
  };
}
