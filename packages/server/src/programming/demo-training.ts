import { randomUUID } from "node:crypto";
import { sessionLogRequestSchema } from "@spotter/contracts";
import {
  buildRoadmap,
  type ClientProfile,
  deriveProgressionStates,
  EngineError,
  generateSession,
  roadmapPosition,
  SESSION_SECTIONS,
  type SessionLog,
} from "@spotter/engine";
import type { Db } from "../db/open.ts";
import { progressionStates, trainingSessions } from "../db/schema-programming.ts";
import { loadCatalog } from "./catalog.ts";
import { isoDay } from "./clock.ts";
import { toEngineLog, toStoredLog } from "./log-convert.ts";
import { saveRoadmap } from "./roadmaps.ts";
import { withItemIds } from "./sessions-store.ts";
import { loadTrainerProfile } from "./trainer-profiles.ts";

export type DemoTrainee = { id: string; profile: ClientProfile; coachUserId: string };

const DAY_MS = 86_400_000;
/** Days before `now` the demo sessions were "done": about two a week for three weeks. */
const PAST_DAYS = [19, 16, 12, 9, 5, 2];

/**
 * Gives demo clients a saved roadmap, a few logged sessions (every working set done as prescribed,
 * effort drifting a little) and a published session for today, so the roster, charts and the
 * client's "today" look alive. Goes through the engine like the API does; a client the engine
 * cannot program (e.g. pain everywhere) is skipped. Returns how many clients were seeded.
 */
export async function seedDemoTraining(
  db: Db,
  input: { organizationId: string; trainees: readonly DemoTrainee[]; now: Date },
): Promise<number> {
  const { organizationId, now } = input;
  const catalog = await loadCatalog(db, organizationId);
  let seeded = 0;
  for (const [traineeIndex, trainee] of input.trainees.entries()) {
    const { profile: trainer } = await loadTrainerProfile(db, organizationId, trainee.coachUserId);
    const day = (back: number) => isoDay(new Date(now.getTime() - back * DAY_MS));
    try {
      const roadmap = buildRoadmap(trainee.profile, trainer, { startDate: day(21), now: now.toISOString() });
      const history: SessionLog[] = [];
      const rows: (typeof trainingSessions.$inferInsert)[] = [];
      for (const [k, back] of [...PAST_DAYS, 0].entries()) {
        const id = randomUUID();
        const date = day(back);
        const session = generateSession({
          trainer,
          client: trainee.profile,
          catalog,
          roadmap,
          position: roadmapPosition(roadmap, date),
          history,
          today: { durationMinutes: trainee.profile.schedule.sessionMinutes, newPain: [] },
          now: `${date}T12:00:00.000Z`,
          // Seeded by position and date (not the random row id) so the same demo comes out the
          // same on every database and every run.
          seed: `demo:${traineeIndex}:${date}`,
        });
        const plan = withItemIds(session);
        const at = new Date(`${date}T18:00:00.000Z`);
        const base = { id, organizationId, clientId: trainee.id, date, plan, request: { date }, createdAt: at };
        if (back === 0) {
          rows.push({ ...base, status: "published", publishedAt: at });
          continue;
        }
        const rpe = 7 + (k % 3) * 0.5;
        const body = sessionLogRequestSchema.parse({
          unit: plan.unit,
          sets: SESSION_SECTIONS.flatMap((s) => plan[s])
            .filter((i) => i.role !== "ramp" && i.role !== "general" && i.role !== "cooldown")
            .flatMap((i) =>
              Array.from({ length: i.sets }, (_, setIndex) => ({
                itemId: i.id,
                setIndex,
                load: i.load ?? 0,
                reps: i.reps ?? 0,
                ...(i.reps === undefined && i.seconds !== undefined ? { seconds: i.seconds } : {}),
                ...(i.reps !== undefined && i.load ? { rpe } : {}),
                completed: true,
              })),
            ),
          sessionRpe: rpe,
          feel: 4,
        });
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
