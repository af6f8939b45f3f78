import {
  dailyImportSummarySchema,
  idParamsSchema,
  sessionIdParamsSchema,
  sessionVelocitiesSchema,
  velocityImportSummarySchema,
} from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { trainingSessions } from "../../db/schema-programming.ts";
import { notFound, validationError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { DAILY_SOURCES, parseDailyCsv } from "../../imports/daily-csv.ts";
import { commitDaily, previewDaily } from "../../imports/daily-store.ts";
import { ImportFileError } from "../../imports/model.ts";
import { MAX_IMPORT_BYTES } from "../../imports/schema.ts";
import { Upload, uploadBytes, uploadText } from "../../imports/upload.ts";
import { parseVelocityCsv } from "../../imports/velocity-csv.ts";
import { commitVelocity, previewVelocity, sessionVelocities } from "../../imports/velocity-store.ts";
import { onSessionLogged } from "../../monitoring/run-pass.ts";
import { assertClientAction, loadVisibleClient } from "../../policies/clients.ts";

const dailyQuerySchema = z.object({
  /** Optional: the vendor the file must be; absent, it is told from the header. */
  format: z.enum(DAILY_SOURCES).optional(),
});

/** The file read by `read`; an unreadable or foreign file is a 400 naming `body` and what is wrong. */
function readBody<T>(body: unknown, read: (text: string) => T): T {
  try {
    return read(uploadText(uploadBytes(body)));
  } catch (err) {
    if (err instanceof ImportFileError) throw validationError("body", err.message);
    throw err;
  }
}

/**
 * Oura and WHOOP daily exports (HRV, resting HR, sleep, the vendor's readiness/recovery) and VBT
 * velocity files (per-rep mean concentric velocity attached to logged sets), each previewed then
 * committed with the file as the text/csv body; a re-import adds nothing. Its own plugin (and
 * content-type parser) beside the history imports.
 */
export const clientDailyVelocityImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  app.addContentTypeParser(
    ["text/csv", "text/plain"],
    { parseAs: "buffer", bodyLimit: MAX_IMPORT_BYTES },
    (_r, b, done) => done(null, new Upload(b as Buffer)),
  );

  async function client(request: Parameters<typeof actorOf>[0], id: string) {
    const actor = actorOf(request);
    const c = await loadVisibleClient(db, actor, id);
    assertClientAction(actor, "update");
    return { organizationId: actor.organizationId, clientId: c.id };
  }

  for (const commit of [false, true])
    app.post(
      `/:id/imports/daily${commit ? "" : "/preview"}`,
      {
        bodyLimit: MAX_IMPORT_BYTES,
        config: { access: access.coach },
        schema: {
          tags: ["imports"],
          summary: commit
            ? "Import an Oura or WHOOP daily CSV export (text/csv body): HRV (rMSSD), resting HR, sleep and the vendor's readiness/recovery score per day, marked with the source; a re-import adds nothing"
            : "Preview importing an Oura or WHOOP daily CSV export: per metric the days added and already imported, skipped values and why",
          params: idParamsSchema,
          querystring: dailyQuerySchema,
          response: { 200: dailyImportSummarySchema, 201: dailyImportSummarySchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const ids = await client(request, request.params.id);
        const file = readBody(request.body, (t) => parseDailyCsv(t, request.query.format));
        if (!commit) {
          const summary = await previewDaily(db, ids, file);
          await recordAudit(db, request, {
            action: "import.previewed",
            entityType: "client",
            entityId: ids.clientId,
            clientId: ids.clientId,
            metadata: { format: summary.format, rows: summary.rows },
          });
          return summary;
        }
        const summary = await commitDaily(db, ids, file, (tx, s) =>
          recordAudit(tx, request, {
            action: "import.committed",
            entityType: "client",
            entityId: ids.clientId,
            clientId: ids.clientId,
            metadata: { format: s.format, values: s.metrics.reduce((n, m) => n + m.added, 0) },
          }),
        );
        // HRV and resting HR feed readiness: refresh the client's monitoring as after a FIT import.
        if (summary.metrics.some((m) => m.added > 0 && (m.metric === "hrv_ln_rmssd" || m.metric === "resting_hr_bpm")))
          try {
            await onSessionLogged(app.database, ids.clientId, app.clock.now().toISOString());
          } catch (err) {
            request.log.error({ err, clientId: ids.clientId }, "monitoring update after a daily import failed");
          }
        reply.status(201);
        return summary;
      },
    );

  for (const commit of [false, true])
    app.post(
      `/:id/imports/velocity${commit ? "" : "/preview"}`,
      {
        bodyLimit: MAX_IMPORT_BYTES,
        config: { access: access.coach },
        schema: {
          tags: ["imports"],
          summary: commit
            ? "Attach a VBT velocity CSV's per-rep mean concentric velocities to the client's logged sets (text/csv body); a re-import adds nothing"
            : "Preview a VBT velocity CSV: reps matched to logged sets by date, exercise and set order; unmatched rows and why",
          params: idParamsSchema,
          response: { 200: velocityImportSummarySchema, 201: velocityImportSummarySchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const ids = await client(request, request.params.id);
        const file = readBody(request.body, parseVelocityCsv);
        if (!commit) {
          const summary = await previewVelocity(db, ids, file);
          await recordAudit(db, request, {
            action: "import.previewed",
            entityType: "client",
            entityId: ids.clientId,
            clientId: ids.clientId,
            metadata: { format: "velocity", rows: summary.rows },
          });
          return summary;
        }
        const summary = await commitVelocity(db, ids, file, (tx, s) =>
          recordAudit(tx, request, {
            action: "import.committed",
            entityType: "client",
            entityId: ids.clientId,
            clientId: ids.clientId,
            metadata: { format: "velocity", reps: s.reps.added, unmatched: s.reps.unmatched },
          }),
        );
        reply.status(201);
        return summary;
      },
    );

  app.get(
    "/:id/sessions/:sessionId/velocities",
    {
      config: { access: access.coach },
      schema: {
        tags: ["imports"],
        summary: "A logged session's imported velocities: per set the reps' mean concentric velocities and their mean",
        params: idParamsSchema.extend(sessionIdParamsSchema.shape),
        response: { 200: sessionVelocitiesSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const c = await loadVisibleClient(db, actor, request.params.id);
      const [s] = await db
        .select({ id: trainingSessions.id })
        .from(trainingSessions)
        .where(and(eq(trainingSessions.id, request.params.sessionId), eq(trainingSessions.clientId, c.id)));
      if (!s) throw notFound("session", "params.sessionId");
      return sessionVelocities(db, s.id);
    },
  );
};
