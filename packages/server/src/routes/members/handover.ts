import {
  handoverNoteListSchema,
  handoverParamsSchema,
  reassignRequestSchema,
  reassignResponseSchema,
} from "@spotter/contracts";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { DbExecutor } from "../../audit/record.ts";
import { users } from "../../db/schema.ts";
import { handoverNotes } from "../../db/schema-accounts.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { registerClientExportSection } from "../clients/export-sections.ts";
import { reassignClients } from "./reassign-clients.ts";

async function notesOf(db: DbExecutor, organizationId: string, clientId: string) {
  const rows = await db
    .select()
    .from(handoverNotes)
    .where(and(eq(handoverNotes.organizationId, organizationId), eq(handoverNotes.clientId, clientId)))
    .orderBy(desc(handoverNotes.createdAt), desc(handoverNotes.id));
  const ids = [
    ...new Set(rows.flatMap((r) => [r.fromCoachUserId, r.toCoachUserId, r.authorUserId]).filter((x) => x !== null)),
  ];
  const names = new Map(
    ids.length
      ? (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))).map((u) => [
          u.id,
          u.name,
        ])
      : [],
  );
  const ref = (id: string | null) => (id && names.has(id) ? { id, name: names.get(id) ?? "" } : null);
  return rows.map((r) => ({
    id: r.id,
    note: r.note,
    from: ref(r.fromCoachUserId),
    to: ref(r.toCoachUserId),
    author: ref(r.authorUserId),
    createdAt: r.createdAt.toISOString(),
  }));
}

/**
 * Reassigning clients (owner; one or many at once) with a hand-over note, and reading a client's
 * notes (the coaches who can see the client: the note is written for the receiving coach).
 */
export const handoverRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  registerClientExportSection("handoverNotes", (tx, ids) => notesOf(tx, ids.organizationId, ids.clientId));

  app.post(
    "/reassign",
    {
      config: { access: access.owner },
      schema: {
        tags: ["members"],
        summary: "Reassign clients (one or many) to a coach, with a hand-over note for them (owner)",
        body: reassignRequestSchema,
        response: { 200: reassignResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { clientIds, toCoachUserId, note } = request.body;
      const reassigned = await db.transaction((tx) =>
        reassignClients(tx, request, {
          organizationId: actor.organizationId,
          clientIds,
          toCoachUserId,
          note,
          reason: "reassigned",
          coachPath: "body.toCoachUserId",
        }),
      );
      return { reassigned };
    },
  );

  app.get(
    "/handover-notes/:clientId",
    {
      config: { access: access.coach },
      schema: {
        tags: ["members"],
        summary: "A client's hand-over notes, newest first (the owner, or the coach who has the client)",
        params: handoverParamsSchema,
        response: { 200: handoverNoteListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.clientId);
      return { items: await notesOf(db, actor.organizationId, client.id) };
    },
  );
};
