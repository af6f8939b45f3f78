import { randomUUID } from "node:crypto";
import { type SessionPlan, sessionLogRequestSchema } from "@spotter/contracts";
import {
  buildRoadmap,
  type ClientProfile,
  createVirtualAthlete,
  deriveProgressionStates,
  EngineError,
  generateSession,
  performSession,
  roadmapPosition,
  SESSION_SECTIONS,
  type SessionLog,
  type SetLog,
  type Weekday,
} from "@spotter/engine";
import type { Db } from "../db/open.ts";
import { progressionStates, trainingSessions } from "../db/schema-programming.ts";
import { loadCatalog } from "../programming/catalog.ts";
import { isoDay } from "../programming/clock.ts";
import { type LogBody, toEngineLog, toStoredLog } from "../programming/log-convert.ts";
import { resolveClientMethod } from "../programming/methods.ts";
import { saveRoadmap } from "../programming/roadmaps.ts";
import { withItemIds } from "../programming/sessions-store.ts";
import { loadTrainerProfile } from "../programming/trainer-profiles.ts";
import { demoAthleteSpec } from "./demo-athlete.ts";

export type DemoTrainee = {
  id: string;
  profile: ClientProfile;
  coachUserId: string;
  /** Seeds the athlete and the drafts; a stable identity (e.g. the demo email) makes every database agree. Default: id. */
  seedKey?: string;
  /** Days before `now` the client skipped a planned session (the demo's "missed" story). */
  skippedDaysBack?: readonly number[];
};

const DAY_MS = 86_400_000;
/** Six weeks of history before today. */
export const DEMO_HISTORY_DAYS = 42;
/** Training weekdays by days per week when the client prefers none: spread to leave rest between. */
const DEFAULT_DAYS: Record<number, Weekday[]> = {
  1: ["wed"],
  2: ["mon", "thu"],
  3: ["mon", "wed", "fri"],
  4: ["mon", "tue", "thu", "fri"],
  5: ["mon", "tue", "wed", "fri", "sat"],
  6: ["mon", "tue", "wed", "thu", "fri", "sat"],
  7: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
};
const WEEKDAY_OF_UTC_DAY: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

function trainingDays(profile: ClientProfile): Set<Weekday> {
  const { daysPerWeek, preferredDays } = profile.schedule;
  if (preferredDays.length >= daysPerWeek) return new Set(preferredDays.slice(0, daysPerWeek));
  return new Set(DEFAULT_DAYS[Math.min(7, Math.max(1, daysPerWeek))]);
}

/**
 * Gives demo clients six weeks of believable training: a virtual athlete with a TRUE strength
 * (demo-athlete.ts: from their baselines, else their sex, body mass and training age) performs
 * every session the engine drafts on their schedule, with the method the server would resolve,
 * and reports the reps and effort that truth allows; the logs go through the API's conversion
 * (toEngineLog / toStoredLog), then a published session for today. So charts show e1RMs near the
 * truth and progression reacts to real effort. Seeded by `seedKey`: the same demo on every database
 * and every run. A client the engine cannot program is skipped. Returns how many were seeded.
 */
export async function seedDemoTraining(
  db: Db,
  input: { organizationId: string; trainees: readonly DemoTrainee[]; now: Date },
): Promise<number> {
  const { organizationId, now } = input;
  const catalog = await loadCatalog(db, organizationId);
  const day = (back: number) => isoDay(new Date(now.getTime() - back * DAY_MS));
  let seeded = 0;
  for (const trainee of input.trainees) {
    const { profile: trainer } = await loadTrainerProfile(db, organizationId, trainee.coachUserId);
    const key = trainee.seedKey ?? trainee.id;
    const startDate = day(DEMO_HISTORY_DAYS);
    const startedAt = new Date(`${startDate}T08:00:00.000Z`);
    // The roadmap as the API would have built it six weeks ago, with the method the server resolves.
    const resolved = await resolveClientMethod(db, organizationId, trainee, trainer, startedAt);
    try {
      const roadmap = buildRoadmap(trainee.profile, trainer, {
        startDate,
        now: startedAt.toISOString(),
        ...(resolved ? { method: resolved.method } : {}),
      });
      const athlete = createVirtualAthlete(demoAthleteSpec(trainee.profile, { startDate, seed: key }));
      const weekdays = trainingDays(trainee.profile);
      const skipped = new Set(trainee.skippedDaysBack ?? []);
      const history: SessionLog[] = [];
      const rows: (typeof trainingSessions.$inferInsert)[] = [];
      for (let back = DEMO_HISTORY_DAYS - 1; back >= 0; back--) {
        const date = day(back);
        const weekday = WEEKDAY_OF_UTC_DAY[new Date(`${date}T00:00:00.000Z`).getUTCDay()]!;
        if (back > 0 && (!weekdays.has(weekday) || skipped.has(back))) continue;
        const session = generateSession({
          trainer,
          client: trainee.profile,
          catalog,
          roadmap,
          position: roadmapPosition(roadmap, date),
          history,
          today: { durationMinutes: trainee.profile.schedule.sessionMinutes, newPain: [] },
          now: `${date}T12:00:00.000Z`,
          seed: `demo:${key}:${date}`,
        });
        const plan = withItemIds(session);
        const at = new Date(`${date}T18:00:00.000Z`);
        const base = {
          id: randomUUID(),
          organizationId,
          clientId: trainee.id,
          date,
          plan,
          request: { date },
          createdAt: at,
        };
        if (back === 0) {
          rows.push({ ...base, status: "published", publishedAt: at });
          continue;
        }
        const increments = trainer.loadIncrements[plan.unit];
        const performed = performSession(athlete, session, { catalog, increments, seed: `demo:${key}` });
        const body = logBody(plan, performed);
        const engineLog = toEngineLog(plan, body, date);
        history.push(engineLog);
        rows.push({
          ...base,
          status: "logged",
          publishedAt: at,
          loggedAt: at,
          log: toStoredLog(plan, body, date, at, null),
          engineLog,
        });
      }
      const states = Object.values(deriveProgressionStates(history));
      await db.transaction(async (tx) => {
        await saveRoadmap(tx, {
          organizationId,
          clientId: trainee.id,
          roadmap,
          editedByCoach: false,
          userId: trainee.coachUserId,
        });
        await tx.insert(trainingSessions).values(rows);
        if (states.length > 0)
          await tx
            .insert(progressionStates)
            .values(
              states.map((state) => ({ organizationId, clientId: trainee.id, exerciseId: state.exerciseId, state })),
            );
      });
      seeded += 1;
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
    }
  }
  return seeded;
}

/**
 * The performed session as the client portal would post it: the athlete's sets per exercise handed
 * back to the plan's items in plan order (performSession logs every non-ramp item in that order),
 * each set numbered within its item.
 */
function logBody(plan: SessionPlan, performed: SessionLog): LogBody {
  const queues = new Map<string, SetLog[]>(performed.exercises.map((e) => [e.exerciseId, [...e.sets]]));
  const sets = SESSION_SECTIONS.flatMap((s) => plan[s])
    .filter((item) => item.role !== "ramp")
    .flatMap((item) => {
      const done = queues.get(item.exerciseId)?.splice(0, item.sets) ?? [];
      return done.map((s, setIndex) => ({
        itemId: item.id,
        setIndex,
        // A load not lifted once is logged as the API asks: no reps, no load (a miss).
        ...(s.load !== undefined && (s.reps > 0 || s.seconds !== undefined) ? { load: s.load } : {}),
        reps: s.reps,
        ...(s.rpe !== undefined ? { rpe: s.rpe } : {}),
        ...(s.seconds !== undefined ? { seconds: s.seconds } : {}),
        completed: s.completed,
      }));
    });
  return sessionLogRequestSchema.parse({
    unit: performed.unit,
    sets,
    ...(performed.sessionRpe !== undefined ? { sessionRpe: performed.sessionRpe } : {}),
    ...(performed.feel !== undefined ? { feel: performed.feel } : {}),
  });
}
