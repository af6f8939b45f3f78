import type { SessionPlan, StoredSessionLog, sessionLogRequestSchema } from "@spotter/contracts";
import { logFromPlan, SESSION_SECTIONS, type SessionLog } from "@spotter/engine";
import type { z } from "zod";
import { runEngine } from "./engine-errors.ts";

export type LogBody = z.output<typeof sessionLogRequestSchema>;

/**
 * The client's log of a plan as the engine's SessionLog (the engine's `logFromPlan` owns the
 * rule). An item or exercise id that is not in the plan is a 400 naming the body field.
 */
export function toEngineLog(plan: SessionPlan, body: LogBody, date: string): SessionLog {
  return runEngine(
    () => logFromPlan(plan, body, date, "body"),
    (p) => p,
  );
}

/** The log as stored and returned: pain always names its exercise. */
export function toStoredLog(
  plan: SessionPlan,
  body: LogBody,
  date: string,
  loggedAt: Date,
  userId: string | null,
): StoredSessionLog {
  const items = SESSION_SECTIONS.flatMap((s) => plan[s]);
  return {
    ...body,
    date,
    pain: body.pain.map((p) => ({
      ...p,
      exerciseId: p.exerciseId ?? items.find((i) => i.id === p.itemId)?.exerciseId ?? "",
    })),
    loggedAt: loggedAt.toISOString(),
    loggedByUserId: userId,
  };
}
