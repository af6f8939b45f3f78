import {
  clearanceRecordSchema,
  clearanceRequestSchema,
  clientSafetySchema,
  idParamsSchema,
  intakeConfirmRequestSchema,
} from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access, commandContext, errorResponses } from "../../http/route-kit.ts";
import { clientSafety, confirmIntake, recordClearance } from "../../safety/clearance.ts";

/** A client's safety picture for the coach: intake review, clearances (recorded here), open reds. */
export const clientSafetyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/:id/safety",
    {
      config: { access: access.coach },
      schema: {
        tags: ["clients"],
        summary:
          "Intake review (red flags, contradictions, implausible values, confirmations), open clearances, recorded clearances, open reds, HR caveat",
        params: idParamsSchema,
        response: { 200: clientSafetySchema, ...errorResponses },
      },
    },
    async (request) => clientSafety(commandContext(request), request.params.id),
  );

  app.post(
    "/:id/clearances",
    {
      config: { access: access.coach },
      schema: {
        tags: ["clients"],
        summary:
          "Record a clearance (who cleared, date, restrictions, whether vigorous work is allowed); the caller is recorded as recordedBy; audited",
        params: idParamsSchema,
        body: clearanceRequestSchema,
        response: { 201: clearanceRecordSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const record = await recordClearance(commandContext(request), request.params.id, request.body);
      reply.status(201);
      return record;
    },
  );

  app.post(
    "/:id/intake-review/confirm",
    {
      config: { access: access.coach },
      schema: {
        tags: ["clients"],
        summary: "Confirm intake findings the coach has checked with the client (audited)",
        params: idParamsSchema,
        body: intakeConfirmRequestSchema,
        response: { 200: z.object({ confirmed: z.array(z.string()) }), ...errorResponses },
      },
    },
    async (request) => {
      await confirmIntake(commandContext(request), request.params.id, request.body.ruleIds, request.body.note);
      return { confirmed: request.body.ruleIds };
    },
  );
};
