import { BUILTIN_EXERCISES, type Catalog, createCatalog } from "../catalog/index.ts";
import { addDays, dayNumber } from "../core/dates.ts";
import type { SessionLog } from "../logging/index.ts";
import { defaultMethodForProfile, type Method } from "../method/index.ts";
import type { Weekday } from "../model/index.ts";
import { buildRoadmap, type Roadmap, type RoadmapPosition, roadmapPosition } from "../roadmap/index.ts";
import { generateSession, type Session } from "../session/index.ts";
import { performSession } from "./perform-session.ts";
import { type Persona, SIM_START } from "./personas.ts";
import { BASE_LIFTS, type BaseLift } from "./ratios.ts";
import { createVirtualAthlete, type VirtualAthlete } from "./virtual-athlete.ts";

export type SimulatedSession = { date: string; position: RoadmapPosition; session: Session; log: SessionLog };

export type Simulation = {
  persona: Persona;
  roadmap: Roadmap;
  athlete: VirtualAthlete;
  catalog: Catalog;
  /** Generated and performed sessions, in date order. */
  sessions: SimulatedSession[];
  logs: SessionLog[];
  /** The base lifts' true 1RM (kg) at the start of every week. */
  truth: { date: string; oneRepMaxKg: Record<BaseLift, number> }[];
  /** Days the engine refused to draft (an EngineError message), kept so a run never stops half way. */
  errors: { date: string; message: string }[];
};

export type SimulateOptions = {
  persona: Persona;
  weeks: number;
  seed: string | number;
  /**
   * Passed through to buildRoadmap (its days become the split). Absent: the method the server
   * would default to for this client (defaultMethodFor); null: no method (the generic split).
   */
  method?: Method | null;
  /** First day (YYYY-MM-DD); default SIM_START, a Monday. */
  startDate?: string;
  catalog?: Catalog;
};

const WEEKDAY_OF_UTC_DAY: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const weekday = (date: string): Weekday => WEEKDAY_OF_UTC_DAY[(dayNumber(date) + 4) % 7]!; // 1970-01-01 was a Thursday

/**
 * Follows one client day by day for `weeks` weeks: on each of the persona's training days the
 * engine drafts a session (now = that morning), the virtual athlete performs it and the log joins
 * the history the next draft reads. Pure and seeded: the same options give the same run.
 */
export function simulateClient(opts: SimulateOptions): Simulation {
  const { persona, weeks, seed } = opts;
  const start = opts.startDate ?? SIM_START;
  const catalog = opts.catalog ?? createCatalog(BUILTIN_EXERCISES);
  const athlete = createVirtualAthlete({ ...persona.athlete, startDate: start, seed });
  const method = opts.method === undefined ? defaultMethodForProfile(persona.client, start)?.method : opts.method;
  const roadmap = buildRoadmap(persona.client, persona.trainer, {
    startDate: start,
    now: `${start}T08:00:00Z`,
    ...(method ? { method } : {}),
  });
  const days = new Set(persona.trainingDays);
  const sessions: SimulatedSession[] = [];
  const logs: SessionLog[] = [];
  const truth: Simulation["truth"] = [];
  const errors: Simulation["errors"] = [];
  for (let d = 0; d < weeks * 7; d++) {
    const date = addDays(start, d);
    if (d % 7 === 0) truth.push({ date, oneRepMaxKg: baseTruth(athlete, catalog, date) });
    if (!days.has(weekday(date))) continue;
    const position = roadmapPosition(roadmap, date);
    let session: Session;
    try {
      session = generateSession({
        trainer: persona.trainer,
        client: persona.client,
        catalog,
        roadmap,
        position,
        history: logs,
        today: { durationMinutes: persona.client.schedule.sessionMinutes, newPain: [] },
        now: `${date}T09:00:00Z`,
        seed: `${seed}:${persona.id}:${date}`,
      });
    } catch (e) {
      errors.push({ date, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const increments = persona.trainer.loadIncrements[session.unit];
    const log = performSession(athlete, session, { catalog, increments, seed: `${seed}:${persona.id}` });
    sessions.push({ date, position, session, log });
    logs.push(log);
  }
  return { persona, roadmap, athlete, catalog, sessions, logs, truth, errors };
}

function baseTruth(athlete: VirtualAthlete, catalog: Catalog, date: string): Record<BaseLift, number> {
  const out = {} as Record<BaseLift, number>;
  for (const id of BASE_LIFTS) out[id] = Math.round((athlete.oneRepMaxKg(catalog.get(id)!, date) ?? 0) * 10) / 10;
  return out;
}
