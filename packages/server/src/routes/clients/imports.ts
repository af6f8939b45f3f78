import { idParamsSchema } from "@spotter/contracts";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { validationError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { registerWearableExportSections } from "../../imports/apple-health/export.ts";
import { appleHealthSummarySchema, parseUpload, XML_TYPES, XmlUpload } from "../../imports/apple-health/http.ts";
import { commitAppleHealth, previewAppleHealth } from "../../imports/apple-health/store.ts";
import { ImportFileError } from "../../imports/model.ts";
import { PreviewUploads } from "../../imports/preview-uploads.ts";
import { type ImportRequest, importQuerySchema, importSummarySchema, MAX_IMPORT_BYTES } from "../../imports/schema.ts";
import { commitImport, planImport } from "../../imports/store.ts";
import { Upload, uploadBytes } from "../../imports/upload.ts";
import { analyzeAfterLoad } from "../../monitoring/analyze.ts";
import { onSessionLogged } from "../../monitoring/run-pass.ts";
import { assertClientAction, loadVisibleClient } from "../../policies/clients.ts";

/** Sessions from one import above which the planner's statistics are refreshed (issue 12). */
const BULK_IMPORT_SESSIONS = 200;

const UPLOAD_TYPES = ["text/csv", "text/plain", "application/octet-stream", "application/vnd.ant.fit"];

/**
 * The file plus the query's options: the request body, or the file a preview kept (`?upload=`,
 * for the same organization, user and client). An unreadable body is a 400 naming `body`; a token
 * whose file is no longer kept is a 400 naming `query.upload` that asks for a new preview.
 */
function importRequest(
  request: FastifyRequest,
  query: z.output<typeof importQuerySchema>,
  kept: PreviewUploads,
  owner: { organizationId: string; userId: string; clientId: string },
): ImportRequest {
  const { upload, ...options } = query;
  if (upload !== undefined) {
    const bytes = kept.take(owner, upload);
    if (!bytes)
      throw validationError(
        "query.upload",
        "the previewed file is no longer kept (15 minutes, or the server restarted): preview the file again",
      );
    return { bytes, ...options };
  }
  try {
    return { bytes: uploadBytes(request.body), ...options };
  } catch (err) {
    if (err instanceof ImportFileError) throw validationError("body", err.message);
    throw err;
  }
}

/** The streamed Apple Health export, parsed; a broken or foreign file is a 400 naming `body`. */
async function appleHealthDays(request: FastifyRequest) {
  try {
    return await parseUpload(request.body);
  } catch (err) {
    if (err instanceof ImportFileError) throw validationError("body", err.message);
    throw err;
  }
}

/**
 * A client's training history from another app (Strong, Hevy, FitNotes CSV) or a watch (FIT
 * strength activities), the file as the request body: preview what an import adds and skips, then commit it. Committing the same file
 * again adds nothing.
 */
export const clientImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  registerWearableExportSections();
  const kept = new PreviewUploads(app.clock);
  // Scoped to this plugin: only the import routes take raw files.
  app.addContentTypeParser(UPLOAD_TYPES, { parseAs: "buffer", bodyLimit: MAX_IMPORT_BYTES }, (_req, body, done) =>
    done(null, new Upload(body as Buffer)),
  );
  // Apple Health exports run to GBs: the body is handed over as a stream and parsed as it arrives.
  app.addContentTypeParser(XML_TYPES, (_req, payload, done) => done(null, new XmlUpload(payload)));

  app.post(
    "/:id/imports/apple-health/preview",
    {
      config: { access: access.coach },
      schema: {
        tags: ["imports"],
        summary:
          "Preview importing an Apple Health export.xml (application/xml body, streamed): days per metric, weigh-ins, workouts, skipped records and why",
        params: idParamsSchema,
        response: { 200: appleHealthSummarySchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      assertClientAction(actor, "update");
      const ids = { organizationId: actor.organizationId, clientId: client.id };
      const summary = await previewAppleHealth(db, ids, await appleHealthDays(request));
      await recordAudit(db, request, {
        action: "import.previewed",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
        metadata: { format: "apple-health", records: summary.records },
      });
      return summary;
    },
  );

  app.post(
    "/:id/imports/apple-health",
    {
      config: { access: access.coach },
      schema: {
        tags: ["imports"],
        summary:
          "Import an Apple Health export.xml (application/xml body, streamed): daily resting HR, HRV SDNN, sleep, steps, weigh-ins and workouts; a re-import adds nothing",
        params: idParamsSchema,
        response: { 201: appleHealthSummarySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      assertClientAction(actor, "update");
      const ids = { organizationId: actor.organizationId, clientId: client.id };
      const days = await appleHealthDays(request);
      const summary = await commitAppleHealth(db, ids, days, (tx, s) =>
        recordAudit(tx, request, {
          action: "import.committed",
          entityType: "client",
          entityId: client.id,
          clientId: client.id,
          metadata: {
            format: "apple-health",
            days: s.metrics.reduce((n, m) => n + m.added, 0),
            weighIns: s.bodyMass.added,
            workouts: s.workouts.added,
          },
        }),
      );
      reply.status(201);
      return summary;
    },
  );

  app.post(
    "/:id/imports/preview",
    {
      bodyLimit: MAX_IMPORT_BYTES,
      config: { access: access.coach },
      schema: {
        tags: ["imports"],
        summary:
          "Preview importing a Strong, Hevy or FitNotes CSV export (text/csv body) or a FIT strength activity (octet-stream body): what is added, skipped and why, unmapped names",
        params: idParamsSchema,
        querystring: importQuerySchema,
        response: { 200: importSummarySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      assertClientAction(actor, "update");
      const owner = { organizationId: actor.organizationId, userId: actor.userId, clientId: client.id };
      const file = importRequest(request, request.query, kept, owner);
      const { summary } = await planImport(db, actor, client.id, file);
      // The file stays on the server for the commit: the answer carries its token.
      const token = request.query.upload ?? kept.keep(owner, file.bytes).token;
      reply.header("spotter-upload-token", token);
      await recordAudit(db, request, {
        action: "import.previewed",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
        metadata: { format: summary.format, sessions: summary.sessions.inFile, unmapped: summary.unmapped.length },
      });
      return summary;
    },
  );

  app.post(
    "/:id/imports",
    {
      bodyLimit: MAX_IMPORT_BYTES,
      config: { access: access.coach },
      schema: {
        tags: ["imports"],
        summary:
          "Import a Strong, Hevy or FitNotes CSV export (text/csv body) or a FIT strength activity (octet-stream body) as logged sessions; a re-import adds nothing",
        params: idParamsSchema,
        querystring: importQuerySchema,
        response: { 201: importSummarySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      assertClientAction(actor, "update");
      const owner = { organizationId: actor.organizationId, userId: actor.userId, clientId: client.id };
      const file = importRequest(request, request.query, kept, owner);
      const summary = await commitImport(db, request, actor, client.id, file);
      // As after a log: the incremental monitoring update runs after the commit; the daily pass
      // catches up if it fails.
      // Wearable HRV and resting HR feed readiness too.
      const wearableAdded = summary.wearable?.metrics.some((m) => m.added > 0 && m.metric !== "steps") ?? false;
      if (summary.sessions.added > 0 || wearableAdded)
        try {
          await onSessionLogged(app.database, client.id, app.clock.now().toISOString());
        } catch (err) {
          request.log.error({ err, clientId: client.id }, "monitoring update after an import failed");
        }
      // A big import is a bulk load: fresh statistics for the tables it grew, off the response path
      // (PGlite has no autovacuum; on PostgreSQL it may be off or late).
      if (summary.sessions.added >= BULK_IMPORT_SESSIONS)
        analyzeAfterLoad(app.database, ["training_sessions", "monitoring_sessions"]).catch((err) =>
          request.log.warn({ err }, "analyze after an import failed"),
        );
      reply.status(201);
      return summary;
    },
  );
};
