import type { SessionLogRequest, StoredSessionItem } from "@spotter/contracts";
import type { BodyRegion } from "@spotter/engine";
import { useCallback, useEffect, useState } from "react";
import { loadKg } from "../sessions/plan-view.ts";
import { fromKg, roundLoad, toKg, type Unit } from "../units/index.ts";

export type SetDraft = { load: string; reps: string; effort: string; done: boolean };
export type PainDraft = { region: BodyRegion; severity: string };
export type LogDraft = {
  /** The unit the load strings are typed in; toggling kg/lb converts them (see useLogDraft). */
  unit: Unit;
  sets: Record<string, SetDraft[]>;
  pain: Record<string, PainDraft | undefined>;
  sessionRpe?: number;
  feel?: number;
  notes: string;
};

/** The scale the client rates a set on: the prescription's own (RIR or RPE); a %1RM target is rated in RPE. */
export function effortScale(item: StoredSessionItem): "rpe" | "rir" {
  return item.effort?.scale === "rir" ? "rir" : "rpe";
}

/** The prescribed effort as the set's starting value; a %1RM target is no rating, so it starts empty. */
function targetEffort(item: StoredSessionItem): string {
  return item.effort && item.effort.scale !== "percent_1rm" ? String(item.effort.value) : "";
}

/** Prefills every set with the prescription, so logging a set as prescribed is one tap. */
export function initialDraft(items: StoredSessionItem[], unit: Unit): LogDraft {
  const sets: Record<string, SetDraft[]> = {};
  for (const it of items) {
    const kg = loadKg(it);
    const load = kg !== undefined ? String(roundLoad(fromKg(kg, unit), unit)) : "";
    const reps = String(it.reps ?? it.seconds ?? "");
    sets[it.id] = Array.from({ length: it.sets }, () => ({ load, reps, effort: targetEffort(it), done: false }));
  }
  return { unit, sets, pain: {}, notes: "" };
}

const key = (id: string) => `spotter.log-draft.${id}`;

/**
 * The in-progress log, mirrored to localStorage on every change so a reload, a dead battery or a
 * lost connection loses nothing.
 */
export function useLogDraft(sessionId: string, items: StoredSessionItem[], unit: Unit) {
  const [draft, setDraft] = useState<LogDraft>(() => {
    try {
      const saved = localStorage.getItem(key(sessionId));
      if (saved) return JSON.parse(saved) as LogDraft;
    } catch {
      // Corrupt or unavailable storage: start fresh.
    }
    return initialDraft(items, unit);
  });
  // A kg/lb toggle mid-session re-expresses what was typed, so 100 kg never becomes 100 lb.
  useEffect(() => {
    setDraft((d) => (d.unit === unit ? d : convertDraft(d, unit)));
  }, [unit]);
  useEffect(() => {
    try {
      localStorage.setItem(key(sessionId), JSON.stringify(draft));
    } catch {
      // Storage full or blocked: the draft still lives in memory.
    }
  }, [draft, sessionId]);
  const clear = useCallback(() => {
    try {
      localStorage.removeItem(key(sessionId));
    } catch {
      // nothing to clear
    }
  }, [sessionId]);
  return { draft, setDraft, clear };
}

export function convertDraft(d: LogDraft, unit: Unit): LogDraft {
  const conv = (s: string) =>
    s.trim() === "" ? s : String(roundLoad(fromKg(toKg(Number(s), d.unit ?? "kg"), unit), unit));
  const sets = Object.fromEntries(
    Object.entries(d.sets).map(([k, v]) => [k, v.map((s) => ({ ...s, load: conv(s.load) }))]),
  );
  return { ...d, unit, sets };
}

/** Draft → POST /api/sessions/:id/log body. Loads go back to kg from the unit they were typed in. */
export function toLogRequest(draft: LogDraft, items: StoredSessionItem[]): SessionLogRequest {
  const unit = draft.unit ?? "kg";
  const sets = items.flatMap((it) =>
    (draft.sets[it.id] ?? []).map((s, setIndex) => {
      const scale = effortScale(it);
      const effort = s.effort === "" ? undefined : Number(s.effort);
      const timed = it.seconds !== undefined && it.reps === undefined;
      return {
        itemId: it.id,
        setIndex,
        load: s.load === "" ? 0 : Math.round(toKg(Number(s.load), unit) * 100) / 100,
        reps: timed ? 0 : Number(s.reps || 0),
        ...(timed ? { seconds: Number(s.reps || 0) } : {}),
        ...(effort === undefined ? {} : scale === "rir" ? { rir: effort } : { rpe: effort }),
        completed: s.done,
      };
    }),
  );
  const pain = items.flatMap((it) => {
    const p = draft.pain[it.id];
    return p ? [{ itemId: it.id, exerciseId: it.exerciseId, region: p.region, severity: Number(p.severity) }] : [];
  });
  return {
    unit: "kg" as const,
    sets,
    pain,
    ...(draft.sessionRpe !== undefined ? { sessionRpe: draft.sessionRpe } : {}),
    ...(draft.feel !== undefined ? { feel: draft.feel } : {}),
    ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {}),
  };
}
