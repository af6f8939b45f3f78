/**
 * The nutrition handlers shared by a client's routes (/clients/:id/nutrition/...) and the caller's
 * own (/me/nutrition/...): both load the client through the visibility policy first.
 */
import type { IntakeList, IntakeRequest, MeasurementList, MeasurementRequest, TargetsView } from "@spotter/contracts";
import { addDays, dayNumber, smoothWeights } from "@spotter/engine";
import { and, asc, desc, eq, gte, lte } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { recordAudit } from "../../audit/record.ts";
import { logIntake, logMeasurement } from "../../commands/nutrition.ts";
import { computeTargets, loadNutritionContext } from "../../commands/nutrition-targets.ts";
import type { clients } from "../../db/schema.ts";
import { bodyMeasurements, nutritionIntake } from "../../db/schema-nutrition.ts";
import { validationError } from "../../http/errors.ts";
import { commandContext } from "../../http/route-kit.ts";
import { updateClient } from "../../monitoring/run-pass.ts";
import { presentIntake, presentMeasurement, presentTargets } from "../../presenters/nutrition.ts";

type ClientRow = typeof clients.$inferSelect;
type Range = { from?: string | undefined; to?: string | undefined; limit: number };

const todayOf = (request: FastifyRequest) => request.server.clock.now().toISOString().slice(0, 10);

/** [from, to] with defaults ending today; `from` after `to` is the caller's mistake (400 naming it). */
function range(request: FastifyRequest, q: Range, defaultDays: number): { from: string; to: string } {
  const to = q.to ?? todayOf(request);
  const from = q.from ?? addDays(to, -(defaultDays - 1));
  if (from > to) throw validationError("from", "must not be after to");
  return { from, to };
}

/** A date more than a day ahead of the server's today is refused (a time zone may be a day ahead). */
function notFuture(request: FastifyRequest, date: string) {
  if (dayNumber(date) > dayNumber(todayOf(request)) + 1) throw validationError("date", "must not be in the future");
}

export async function postMeasurement(request: FastifyRequest, client: ClientRow, body: MeasurementRequest) {
  notFuture(request, body.date);
  const saved = await logMeasurement(commandContext(request), client, body);
  // As after a check-in: the monitoring state reflects the weigh-in at once (intake targets read the trend).
  await updateClient(request.server.database, client.id, request.server.clock.now().toISOString());
  return presentMeasurement(saved);
}

export async function listMeasurements(request: FastifyRequest, client: ClientRow, q: Range): Promise<MeasurementList> {
  const { db } = request.server;
  const { from, to } = range(request, q, 120);
  const rows = await db
    .select()
    .from(bodyMeasurements)
    .where(
      and(eq(bodyMeasurements.clientId, client.id), gte(bodyMeasurements.date, from), lte(bodyMeasurements.date, to)),
    )
    .orderBy(desc(bodyMeasurements.date), desc(bodyMeasurements.createdAt))
    .limit(q.limit);
  await recordAudit(db, request, {
    action: "nutrition.measurements.read",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
  });
  const weights = rows
    .filter((r) => r.weightKg !== null)
    .map((r) => ({ date: r.date, kg: r.weightKg as number }))
    .reverse();
  return { items: rows.map(presentMeasurement), trend: smoothWeights(weights) };
}

export async function postIntake(request: FastifyRequest, client: ClientRow, body: IntakeRequest) {
  notFuture(request, body.date);
  const saved = await logIntake(commandContext(request), client, body);
  // As after a check-in: intake adherence is a monitoring signal, updated at once.
  await updateClient(request.server.database, client.id, request.server.clock.now().toISOString());
  return presentIntake(saved);
}

export async function listIntake(request: FastifyRequest, client: ClientRow, q: Range): Promise<IntakeList> {
  const { db } = request.server;
  const { from, to } = range(request, q, 28);
  const [rows, ctx] = await Promise.all([
    db
      .select()
      .from(nutritionIntake)
      .where(
        and(eq(nutritionIntake.clientId, client.id), gte(nutritionIntake.date, from), lte(nutritionIntake.date, to)),
      )
      .orderBy(asc(nutritionIntake.date))
      .limit(q.limit),
    loadNutritionContext(db, client, todayOf(request)),
  ]);
  const target = computeTargets(ctx).targets?.energyKcal.value ?? null;
  const meanKcal = rows.length ? rows.reduce((s, r) => s + r.kcal, 0) / rows.length : null;
  await recordAudit(db, request, {
    action: "nutrition.intake.read",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
  });
  return {
    items: rows.map(presentIntake),
    adherence: {
      days: dayNumber(to) - dayNumber(from) + 1,
      loggedDays: rows.length,
      meanKcal: meanKcal === null ? null : Math.round(meanKcal),
      targetKcal: target,
      // Mean absolute distance of each logged day from the target, % of the target.
      meanDeviationPct:
        target && rows.length
          ? Math.round((rows.reduce((s, r) => s + Math.abs(r.kcal - target), 0) / rows.length / target) * 1000) / 10
          : null,
    },
  };
}

export async function targetsView(request: FastifyRequest, client: ClientRow): Promise<TargetsView> {
  const { db } = request.server;
  const ctx = await loadNutritionContext(db, client, todayOf(request));
  const view = presentTargets(ctx, computeTargets(ctx));
  await recordAudit(db, request, {
    action: "nutrition.targets.read",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
  });
  return view;
}
