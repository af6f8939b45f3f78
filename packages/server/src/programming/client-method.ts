import type { ClientMethodView } from "@spotter/contracts";
import { type Method, type Roadmap, validateRoadmap, weeklySplit } from "@spotter/engine";
import type { DbExecutor } from "../audit/record.ts";
import type { clients } from "../db/schema.ts";
import { clientMethods } from "../db/schema-programming.ts";
import { HttpError } from "../http/errors.ts";
import { serverNow } from "./clock.ts";
import { type ClientMethodRow, loadClientMethodRow, type ResolvedMethod, resolveClientMethod } from "./methods.ts";
import { buildClientRoadmap, loadRoadmapRow, saveRoadmap } from "./roadmaps.ts";
import { trainerProfileForClient } from "./trainer-profiles.ts";

type ClientRow = typeof clients.$inferSelect;
/** What happened to the saved roadmap when the method changed. */
export type RoadmapFollowUp = "rebuilt" | "split_replaced" | "none";

export async function saveClientMethod(
  db: DbExecutor,
  input: {
    organizationId: string;
    clientId: string;
    methodId: string | null;
    method: Method | null;
    userId: string;
    /** When (the app's clock; default the system clock). */
    at?: Date;
  },
): Promise<void> {
  const values = {
    organizationId: input.organizationId,
    clientId: input.clientId,
    methodId: input.methodId,
    method: input.method,
    updatedBy: input.userId,
    updatedAt: input.at ?? serverNow(),
  };
  await db.insert(clientMethods).values(values).onConflictDoUpdate({ target: clientMethods.clientId, set: values });
}

/**
 * A coach who changes a client's method expects the next draft to follow it, so the saved roadmap
 * follows at once: a roadmap the coach never edited is rebuilt from its own start date with the new
 * method (the blocks come from the same profiles, so only the days change); a roadmap the coach
 * edited keeps their blocks and gets the new method's days as every block's split (the engine's
 * weekly split when no method resolves). No saved roadmap: nothing to do (drafts build one on the
 * fly with the resolved method).
 */
export async function followMethodChange(
  db: DbExecutor,
  actor: { organizationId: string; userId: string },
  client: ClientRow,
  resolved: ResolvedMethod | null,
  now: Date,
): Promise<RoadmapFollowUp> {
  const row = await loadRoadmapRow(db, client.id);
  if (!row) return "none";
  const method = resolved?.method;
  const save = (roadmap: Roadmap, editedByCoach: boolean) =>
    saveRoadmap(db, {
      organizationId: actor.organizationId,
      clientId: client.id,
      roadmap,
      editedByCoach,
      userId: actor.userId,
      at: now,
    });
  if (!row.editedByCoach) {
    const trainer = await trainerProfileForClient(db, actor.organizationId, client.id, actor.userId);
    try {
      await save(buildClientRoadmap(client.profile, trainer, row.roadmap.startDate, now, method), false);
      return "rebuilt";
    } catch (e) {
      // The engine refused to rebuild from the old start (e.g. its event date has passed): swap the days.
      if (!(e instanceof HttpError)) throw e;
    }
  }
  const days = method ? method.days : weeklySplit(client.profile.schedule.daysPerWeek);
  const { method: _old, ...rest } = row.roadmap;
  const roadmap: Roadmap = {
    ...rest,
    ...(method ? { method: { id: method.id, name: method.name } } : {}),
    blocks: row.roadmap.blocks.map((b) => ({ ...b, split: structuredClone(days) })),
    reasons: [
      ...row.roadmap.reasons.filter((r) => r.ruleId !== "method.changed").slice(0, 49),
      {
        ruleId: "method.changed",
        message: method
          ? `The coach changed the method to ${method.name}: every block now follows its days.`
          : "The coach cleared the method: every block follows the default weekly split.",
        inputs: { methodId: method?.id ?? null, at: now.toISOString() },
      },
    ],
  };
  const problems = validateRoadmap(roadmap);
  if (problems.length > 0) {
    const fields = problems.map((p) => ({ path: `roadmap.${p.path}`, message: p.message }));
    throw new HttpError(
      "validation_error",
      `the method does not fit the roadmap: ${fields[0]?.path}: ${fields[0]?.message}`,
      {
        fields,
      },
    );
  }
  await save(roadmap, row.editedByCoach);
  return "split_replaced";
}

/** The client's assignment and what it resolves to. */
export async function clientMethodView(
  db: DbExecutor,
  organizationId: string,
  client: ClientRow,
  fallbackUserId: string,
  extra: { roadmap?: RoadmapFollowUp; row?: ClientMethodRow | undefined; now?: Date } = {},
): Promise<ClientMethodView> {
  const row = extra.row ?? (await loadClientMethodRow(db, client.id));
  const trainer = await trainerProfileForClient(db, organizationId, client.id, fallbackUserId);
  const resolved = await resolveClientMethod(db, organizationId, client, trainer, extra.now ?? serverNow());
  return {
    clientId: client.id,
    methodId: row?.methodId ?? null,
    override: row?.method ?? null,
    resolved: resolved ? { id: resolved.method.id, name: resolved.method.name, via: resolved.via } : null,
    ...(extra.roadmap ? { roadmap: extra.roadmap } : {}),
  };
}
