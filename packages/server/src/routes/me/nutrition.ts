import {
  intakeListSchema,
  intakeRequestSchema,
  intakeSchema,
  measurementListSchema,
  measurementRequestSchema,
  measurementSchema,
  nutritionRangeQuerySchema,
  targetsViewSchema,
} from "@spotter/contracts";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { forbidden } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import {
  listIntake,
  listMeasurements,
  postIntake,
  postMeasurement,
  targetsView,
} from "../clients/nutrition-handlers.ts";

const tags = ["nutrition"];

/** The calling client's own weight, intake and targets (the portal's one-tap logging). */
export const meNutritionRoutes: FastifyPluginAsyncZod = async (app) => {
  const own = (request: FastifyRequest) => {
    const actor = actorOf(request);
    if (!actor.clientId) throw forbidden("this login is not linked to a client record");
    return loadVisibleClient(app.db, actor, actor.clientId);
  };

  app.post(
    "/nutrition/measurements",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "Log the caller's own body measurement",
        body: measurementRequestSchema,
        response: { 201: measurementSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await postMeasurement(request, await own(request), request.body)),
  );

  app.get(
    "/nutrition/measurements",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "The caller's measurements with the weight trend",
        querystring: nutritionRangeQuerySchema,
        response: { 200: measurementListSchema, ...errorResponses },
      },
    },
    async (request) => listMeasurements(request, await own(request), request.query),
  );

  app.post(
    "/nutrition/intake",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "Log the caller's intake totals for a day",
        body: intakeRequestSchema,
        response: { 200: intakeSchema, ...errorResponses },
      },
    },
    async (request) => postIntake(request, await own(request), request.body),
  );

  app.get(
    "/nutrition/intake",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "The caller's daily intake with adherence",
        querystring: nutritionRangeQuerySchema,
        response: { 200: intakeListSchema, ...errorResponses },
      },
    },
    async (request) => listIntake(request, await own(request), request.query),
  );

  app.get(
    "/nutrition/targets",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "The caller's targets today and this week, with reasons",
        response: { 200: targetsViewSchema, ...errorResponses },
      },
    },
    async (request) => targetsView(request, await own(request)),
  );
};
