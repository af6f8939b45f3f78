import { dayIndex, dayOfInstant, type Instant, isoFromDay } from "../core/dates.ts";
import { reason } from "../core/reasons.ts";
import type { ClearanceKind, ClearanceRecord, ClientProfile } from "../model/index.ts";
import { acsmDecision } from "./acsm.ts";
import { PARQ_VIGOROUS_AGE, parqDecision } from "./parq.ts";
import { type ClearanceRequirement, widerScope } from "./requirement.ts";
import { medicationRequirements, pregnancyRequirements, recentMedicationChanges } from "./special.ts";

/** Options of the clearance rules. */
export type ClearanceOptions = {
  /**
   * A profile without a PAR-Q+ screen waits for one (or a coach's `screening` clearance) before
   * vigorous work: unknown risk is not low risk (Warburton et al. 2011, Health Fit J Can 4:3-23:
   * the PAR-Q+ is the entry point for everyone becoming more active). Off by default so pure
   * engine callers (simulation, catalog checks) draft as before; the server always turns it on.
   */
  requireScreening?: boolean;
};

/** The requirement a profile without a screen carries when screening is required. */
export function missingScreening(p: ClientProfile): ClearanceRequirement | null {
  if (p.screening) return null;
  return {
    kind: "screening",
    see: "coach",
    scope: "vigorous",
    reasons: [
      reason(
        "screening.missing",
        "No PAR-Q+ screen on file: light-to-moderate work only until the client completes it or a coach records a screening clearance.",
        { screening: false },
      ),
    ],
  };
}

/** A recorded clearance lapses after this many days (12 months, PAR-Q forms' validity). */
export const CLEARANCE_VALID_DAYS = 365;

/**
 * Every clearance the profile calls for at `now`, before recorded clearances are applied: PAR-Q+
 * and ACSM (one `medical` requirement, the stricter scope and referral), the age rule, pregnancy,
 * postpartum and recent medication changes.
 */
export function clearanceRequirements(
  p: ClientProfile,
  now: Instant,
  opts: ClearanceOptions = {},
): ClearanceRequirement[] {
  const today = dayOfInstant(now);
  const out: ClearanceRequirement[] = [];
  const s = p.screening;
  const missing = opts.requireScreening ? missingScreening(p) : null;
  if (missing) out.push(missing);
  if (s) {
    const medical: ClearanceRequirement[] = [];
    const parq = parqDecision(s);
    if (parq.requirement) medical.push(parq.requirement);
    const acsm = acsmDecision(s, p.trainingAgeMonths);
    if (acsm.clearance)
      medical.push({ kind: "medical", see: "physician", scope: acsm.clearance, reasons: [acsm.reason] });
    const age = p.birthYear !== undefined ? Number(isoFromDay(today).slice(0, 4)) - p.birthYear : null;
    const accustomed = s.accustomedToVigorous ?? (acsm.exercising && p.trainingAgeMonths >= 12);
    if (age !== null && age > PARQ_VIGOROUS_AGE && !accustomed)
      medical.push({
        kind: "medical",
        see: "qualified_exercise_professional",
        scope: "vigorous",
        reasons: [
          reason(
            "screening.parq.age_vigorous",
            `Age ${age} and not used to vigorous exercise: PAR-Q+ advises consulting a qualified exercise professional before vigorous work.`,
            { age, accustomedToVigorous: accustomed },
            { age: PARQ_VIGOROUS_AGE },
          ),
        ],
      });
    if (medical.length > 0)
      out.push({
        kind: "medical",
        see: medical.some((m) => m.see === "physician") ? "physician" : "qualified_exercise_professional",
        scope: medical.map((m) => m.scope).reduce(widerScope),
        reasons: medical.flatMap((m) => m.reasons),
      });
  }
  out.push(...pregnancyRequirements(p, today), ...medicationRequirements(p, today));
  return out;
}

/** The latest valid record of a kind: not in the future, not older than 12 months, after `notBefore`. */
function validRecord(
  records: readonly ClearanceRecord[],
  kind: ClearanceKind,
  today: number,
  notBefore: number,
): ClearanceRecord | undefined {
  return records
    .filter((r) => {
      const d = dayIndex(r.date);
      return r.kind === kind && d <= today && today - d <= CLEARANCE_VALID_DAYS && d >= notBefore;
    })
    .sort((a, b) => dayIndex(b.date) - dayIndex(a.date))[0];
}

/**
 * The requirements still open at `now` after the profile's recorded clearances: a valid record of
 * the kind lifts it, or narrows it to `vigorous` when the clearer allowed light-to-moderate work
 * only. A medication review counts only when dated on or after the latest change.
 */
export function openClearance(p: ClientProfile, now: Instant, opts: ClearanceOptions = {}): ClearanceRequirement[] {
  const today = dayOfInstant(now);
  const records = p.clearances ?? [];
  const out: ClearanceRequirement[] = [];
  for (const req of clearanceRequirements(p, now, opts)) {
    const latestChange = recentMedicationChanges(p, today).at(-1);
    const notBefore = req.kind === "medication_review" && latestChange ? dayIndex(latestChange.date) : -Infinity;
    const rec = validRecord(records, req.kind, today, notBefore);
    if (!rec) {
      out.push(req);
      continue;
    }
    if (rec.vigorousAllowed) continue;
    out.push({
      ...req,
      scope: "vigorous",
      reasons: [
        ...req.reasons,
        reason(
          "screening.cleared_moderate_only",
          `Cleared by ${rec.clearedBy} on ${rec.date} for light-to-moderate work only${rec.restrictions.length ? ` (${rec.restrictions.join("; ")})` : ""}.`,
          { clearedBy: rec.clearedBy, recordedBy: rec.recordedBy, date: rec.date },
        ),
      ],
    });
  }
  return out;
}
