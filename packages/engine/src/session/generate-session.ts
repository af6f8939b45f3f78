import { dayFromNow, isoFromDay } from "../core/dates.ts";
import { EngineError, guard } from "../core/errors.ts";
import { createRandom } from "../core/random.ts";
import { type Reason, reason } from "../core/reasons.ts";
import type { MovementPattern } from "../model/index.ts";
import { clientLevel } from "../model/level.ts";
import type { Slot } from "../roadmap/index.ts";
import { gateSession, hrReadinessCaveat, isHighImpact, openClearance } from "../screening/index.ts";
import {
  activeAdjustments,
  applyHold,
  applySetScale,
  intensityReasons,
  planAdjustments,
  substitutionReason,
} from "./adjustments.ts";
import { activePains, historyFacts } from "./context.ts";
import { lastSlotExercises, nextDayIndex, ROTATION_LOOKBACK, trainedDays } from "./day-rotation.ts";
import { cooldown, finisher, generalWarmup, rampSets } from "./extras.ts";
import { fitDuration, LIGHTER_WEEK_TIME_SHARE, lighterWeekMinutes } from "./fit-duration.ts";
import { groupReasons, inGroup, normalizeGroups } from "./groups.ts";
import { type PrescribeContext, prescribeSlot } from "./prescribe.ts";
import { isHeavyBilateral, readinessVerdict } from "./readiness-rule.ts";
import { allowed, pickForSlot, type SelectionContext } from "./select.ts";
import type { GenerateSessionInput, Session, SessionItem } from "./types.ts";
import { validateGenerateInput } from "./validate-input.ts";

/** Patterns the engine may add as extra accessories when a session is short, balance decides the order. */
const EXTRA_PATTERNS: MovementPattern[] = [
  "accessory",
  "core_anti_extension",
  "core_anti_rotation",
  "core_anti_lateral_flexion",
  "carry",
  "horizontal_pull",
  "lunge",
];
const MAX_EXTRAS = 4;
/** New pain at or above this severity is flagged for the coach (the engine never diagnoses). */
export const SEVERE_PAIN = 7;

/**
 * Generates one session draft: warm-up (general drills, then ramp sets for the main lift), main work,
 * finisher and cool-down, fitted to the requested minutes. Deterministic: the same input and seed
 * give the same session. Throws only EngineError (invalid_input, unknown_exercise, unsatisfiable).
 */
export function generateSession(input: GenerateSessionInput): Session {
  return guard(() => {
    const equipment = validateGenerateInput(input);
    const { trainer, client, catalog, roadmap, position, today } = input;
    const todayDay = dayFromNow(input.now);
    const facts = historyFacts(input.history, catalog, todayDay, input.priorStates);
    const block = roadmap.blocks[position.blockIndex]!;
    const unit = trainer.units === "client" ? client.units : trainer.units;
    const rng = createRandom(input.seed);
    const pains = activePains(client, today, facts, isoFromDay(todayDay));
    const reasons: Reason[] = [];
    const adj = planAdjustments(activeAdjustments(input.adjustments, isoFromDay(todayDay)), block.kind);
    // Screening gate: an open clearance requirement keeps high-impact work out of selection and
    // caps effort and loads below vigorous (gateSession at the end).
    const clearance = openClearance(client, input.now, { requireScreening: input.requireScreening === true });
    const gatedOut = clearance.length
      ? catalog
          .all()
          .filter(isHighImpact)
          .map((e) => e.id)
      : [];
    const sel: SelectionContext = {
      catalog,
      owned: new Set(equipment),
      allowedMemo: new Map(),
      pains,
      trainer,
      level: clientLevel(client.trainingAgeMonths),
      states: facts.states,
      baselineIds: new Set(client.baselines.repMaxes.map((r) => r.exerciseId)),
      painLogged: facts.painLogged,
      recentIds: facts.recentIds,
      likes: new Set(client.preferences.likes.map((s) => s.toLowerCase())),
      dislikes: new Set(client.preferences.dislikes.map((s) => s.toLowerCase())),
      athletic: trainer.trainingStyles[0] === "athletic",
      rng,
      avoid: new Set([...adj.avoid.keys(), ...gatedOut]),
      prefer: new Set(adj.prefer.keys()),
      peaking: block.kind === "realization" || block.kind === "taper",
    };
    const verdict = readinessVerdict(today.readiness);
    reasons.push(...verdict.reasons, ...adj.reasons);
    const hrCaveat = today.readiness?.hrvStatus ? hrReadinessCaveat(client, input.now) : null;
    if (hrCaveat) reasons.push(hrCaveat);
    const location = today.equipment
      ? undefined
      : client.locations.find((l) => l.id === (today.locationId ?? client.defaultLocationId));
    const ctx: PrescribeContext = {
      trainer,
      client,
      catalog,
      today: isoFromDay(todayDay),
      ...(location?.inventory ? { inventory: location.inventory } : {}),
      block,
      position,
      states: facts.states,
      unit,
      increments: trainer.loadIncrements[unit],
      // Accepted proposals (deload, easier session) scale on top of readiness.
      intensityScale: verdict.intensityScale * adj.loadScale,
      rpeShift: verdict.rpeShift + adj.rpeShift,
    };
    /** Prescribe, then apply accepted proposals: substitution reason, intensity reasons, load holds. */
    const prescribe = (pick: NonNullable<ReturnType<typeof pickForSlot>>, slot: Slot): SessionItem[] => {
      const sub = substitutionReason(pick.exercise.id, adj);
      if (sub) pick.reasons.push(sub);
      const items = prescribeSlot(pick, slot, ctx);
      for (const item of items) {
        intensityReasons(item, adj);
        applyHold(item, adj, facts.states, unit, ctx.increments, pick.exercise.loadType);
      }
      return items;
    };
    // Rotation: the day after the one trained last, read from the logged main work.
    const trained = trainedDays(facts.past.slice(-ROTATION_LOOKBACK), block.split, catalog);
    const planned = input.plannedDayIndex;
    if (planned !== undefined && !(Number.isInteger(planned) && planned >= 0 && planned < block.split.length))
      throw new EngineError("invalid_input", `plannedDayIndex: must be 0-${block.split.length - 1}`, [
        { path: "plannedDayIndex", message: `must be an integer 0-${block.split.length - 1} (the block's split days)` },
      ]);
    const dayIndex = planned ?? nextDayIndex(trained, block.split.length);
    const day = block.split[dayIndex]!;
    const previous = trained[trained.length - 1];
    if (planned !== undefined)
      reasons.push(
        reason("split.day_planned", `${day.label}: the day the week's calendar plans on this date.`, {
          dayIndex,
          rotationDayIndex: nextDayIndex(trained, block.split.length),
          splitDays: block.split.length,
        }),
      );
    else
      reasons.push(
        reason(
          "split.day_choice",
          previous
            ? `${day.label}: next in the split after ${block.split[previous.dayIndex]!.label} (trained ${previous.date}).`
            : `${day.label}: the first day of the split (no earlier session of this split logged).`,
          {
            dayIndex,
            previousDayIndex: previous?.dayIndex ?? null,
            previousDate: previous?.date ?? null,
            splitDays: block.split.length,
          },
        ),
      );
    const kept = lastSlotExercises(trained, dayIndex, day.slots.length);
    for (const p of pains) {
      if (p.source === "today" && p.severity >= SEVERE_PAIN) {
        reasons.push(
          reason(
            "pain.coach_review",
            `New ${p.region} pain ${p.severity}/10: the coach should review before training.`,
            { region: p.region, severity: p.severity },
            { severity: SEVERE_PAIN },
          ),
        );
      }
    }
    const taken = new Set<string>();
    const main: SessionItem[] = [];
    for (const [slotIndex, slot] of day.slots.entries()) {
      const pick = pickForSlot(slot, sel, taken, kept[slotIndex]);
      if (!pick) {
        reasons.push(
          reason(
            "slot.unavailable",
            `No ${slot.pattern.replaceAll("_", " ")} exercise fits today's equipment, pain and preferences; slot skipped.`,
            { pattern: slot.pattern, role: slot.role },
          ),
        );
        continue;
      }
      if (slot.role === "main" && verdict.swapHeavyBilateral && isHeavyBilateral(pick.exercise)) {
        const alt = catalog
          .regressionsOf(pick.exercise.id)
          .find((r) => !taken.has(r.id) && allowed(r, sel) && !isHeavyBilateral(r));
        if (alt) {
          pick.reasons.push(
            reason("readiness.swap", `Low readiness: ${pick.exercise.name} swapped for the lower-stress ${alt.name}.`, {
              original: pick.exercise.id,
              substitute: alt.id,
            }),
          );
          pick.alternatives = [pick.exercise.id, ...pick.alternatives.filter((a) => a !== alt.id)].filter((id) =>
            allowed(catalog.get(id)!, sel),
          );
          pick.exercise = alt;
        }
      }
      taken.add(pick.exercise.id);
      main.push(...inGroup(prescribe(pick, slot), slot));
    }
    const exOf = (id: string) => catalog.get(id)!;
    normalizeGroups(main, exOf);
    groupReasons(main);
    if (main.length === 0) {
      const field = today.equipment ? "today.equipment" : "today.locationId";
      throw new EngineError(
        "unsatisfiable",
        `${field}: no exercise of any pattern in today's plan fits the equipment, pain and preferences`,
        [
          {
            path: field,
            message: "no pattern of the day can be trained with this equipment under the current pain and preferences",
          },
        ],
      );
    }
    // Extras for short sessions, least-trained patterns this week first; in a deload or taper
    // only toward its shorter budget (see lighterWeekMinutes).
    const lighter = block.kind === "deload" || block.kind === "taper";
    const extraPatterns = [...EXTRA_PATTERNS].sort(
      (a, b) => (facts.weekCount.get(a) ?? 0) - (facts.weekCount.get(b) ?? 0),
    );
    const extras: SessionItem[] = [];
    for (const pattern of extraPatterns) {
      if (extras.length >= MAX_EXTRAS) break;
      const slot: Slot = { pattern, role: "accessory" };
      const pick = pickForSlot(slot, sel, taken);
      if (!pick) continue;
      taken.add(pick.exercise.id);
      pick.reasons.push(
        reason(
          "balance.weekly",
          `Added for weekly balance: ${pattern.replaceAll("_", " ")} trained ${facts.weekCount.get(pattern) ?? 0} times in the last 7 days.`,
          { pattern, exposures7d: facts.weekCount.get(pattern) ?? 0 },
        ),
      );
      extras.push(...prescribe(pick, slot));
    }
    const mainItem = main.find((i) => i.role === "main") ?? main[0]!;
    const warmup = [...generalWarmup(sel, ctx, taken), ...rampSets(mainItem, catalog.get(mainItem.exerciseId)!, ctx)];
    const draft = { warmup, main, finisher: finisher(sel, ctx, taken), cooldown: cooldown(sel, ctx, taken) };
    if (lighter) {
      const minutes = lighterWeekMinutes(draft, today.durationMinutes);
      reasons.push(
        reason(
          "duration.lighter_week",
          `${block.kind === "taper" ? "Taper" : "Deload"} week: fitted to ${minutes} of the ${today.durationMinutes} min (warm-up and cool-down kept, ${LIGHTER_WEEK_TIME_SHARE * 100}% of the training time), accessories only; no main sets added back.`,
          { requestedMinutes: today.durationMinutes, lighterMinutes: minutes, blockKind: block.kind },
          { timeShare: LIGHTER_WEEK_TIME_SHARE },
        ),
      );
      reasons.push(fitDuration(draft, minutes, exOf, extras, "accessories"));
    } else reasons.push(fitDuration(draft, today.durationMinutes, exOf, extras, true));
    applySetScale(draft.main, adj, (id) => catalog.get(id)!);
    const seconds = [...draft.warmup, ...draft.main, ...draft.finisher, ...draft.cooldown].reduce(
      (n, i) => n + i.estimatedSeconds,
      0,
    );
    const session: Session = {
      date: isoFromDay(todayDay),
      dayLabel: day.label,
      blockKind: block.kind,
      unit,
      ...draft,
      estimatedMinutes: Math.round(seconds / 6) / 10,
      requestedMinutes: today.durationMinutes,
      reasons,
      seed: String(input.seed),
    };
    return gateSession(session, clearance, ctx);
  });
}
