/**
 * Habit and nudge writes, each with its audit event in one transaction. The caller has already
 * loaded the client through the visibility policy (loadVisibleClient), so every statement here is
 * scoped to that client and organization; a habit or nudge of another client is a 404.
 */
import type { HabitInput, HabitTick, MissedReasonValue } from "@spotter/contracts";
import { addDays } from "@spotter/engine";
import { and, eq, isNull } from "drizzle-orm";
import { recordAudit } from "../audit/record.ts";
import type { CommandContext } from "../commands/context.ts";
import type { clients } from "../db/schema.ts";
import { habits, habitTicks, nudgeLog } from "../db/schema-habits.ts";
import { conflict, notFound, validationError } from "../http/errors.ts";
import { localToday } from "./local-time.ts";
import { loadNudgePrefs } from "./preferences.ts";
import type { HabitRow } from "./queries.ts";

type ClientRow = typeof clients.$inferSelect;
/** A client may tick today or catch up on yesterday (a habit done late in the evening). */
const TICK_BACK_DAYS = 1;
/** Active habits per client: a short list a client can keep in mind. */
export const MAX_ACTIVE_HABITS = 10;

/** The client's local today, from their nudge preferences' time zone. */
export async function clientToday(ctx: CommandContext, client: ClientRow): Promise<string> {
  const prefs = await loadNudgePrefs(ctx.database.db, client);
  return localToday(prefs.timeZone, ctx.clock.now());
}

export async function createHabit(ctx: CommandContext, client: ClientRow, body: HabitInput): Promise<HabitRow> {
  const today = await clientToday(ctx, client);
  return ctx.database.db.transaction(async (tx) => {
    const active = await tx
      .select({ id: habits.id })
      .from(habits)
      .where(
        and(
          eq(habits.clientId, client.id),
          eq(habits.organizationId, client.organizationId),
          isNull(habits.archivedAt),
        ),
      );
    if (active.length >= MAX_ACTIVE_HABITS) throw conflict(`at most ${MAX_ACTIVE_HABITS} active habits per client`);
    const [row] = await tx
      .insert(habits)
      .values({
        organizationId: client.organizationId,
        clientId: client.id,
        cue: body.cue.trim(),
        action: body.action.trim(),
        days: [...body.days].sort((a, b) => a - b),
        startDate: body.startDate ?? today,
        createdByUserId: ctx.actor.userId,
        createdByRole: ctx.actor.role,
      })
      .returning();
    if (!row) throw new Error("habit insert returned nothing");
    await recordAudit(tx, ctx.request, {
      action: "habit.created",
      entityType: "habit",
      entityId: row.id,
      clientId: client.id,
      metadata: { days: row.days.length },
    });
    return row;
  });
}

async function loadHabit(ctx: CommandContext, client: ClientRow, habitId: string): Promise<HabitRow> {
  const [row] = await ctx.database.db
    .select()
    .from(habits)
    .where(
      and(
        eq(habits.id, habitId),
        eq(habits.clientId, client.id),
        eq(habits.organizationId, client.organizationId),
        isNull(habits.archivedAt),
      ),
    );
  if (!row) throw notFound("habit");
  return row;
}

export async function archiveHabit(ctx: CommandContext, client: ClientRow, habitId: string): Promise<void> {
  const row = await loadHabit(ctx, client, habitId);
  await ctx.database.db.transaction(async (tx) => {
    await tx.update(habits).set({ archivedAt: ctx.clock.now() }).where(eq(habits.id, row.id));
    await recordAudit(tx, ctx.request, {
      action: "habit.archived",
      entityType: "habit",
      entityId: row.id,
      clientId: client.id,
    });
  });
}

/** Ticks (or unticks) a habit on the client's local today or yesterday; idempotent. */
export async function tickHabit(ctx: CommandContext, client: ClientRow, habitId: string, body: HabitTick) {
  const row = await loadHabit(ctx, client, habitId);
  const today = await clientToday(ctx, client);
  const date = body.date ?? today;
  if (date > today) throw validationError("date", "a habit cannot be ticked for a day that has not come yet");
  if (date < addDays(today, -TICK_BACK_DAYS)) throw validationError("date", "only today or yesterday can be ticked");
  if (date < row.startDate) throw validationError("date", "before the habit started");
  await ctx.database.db.transaction(async (tx) => {
    if (body.done)
      await tx
        .insert(habitTicks)
        .values({ organizationId: client.organizationId, clientId: client.id, habitId: row.id, date })
        .onConflictDoNothing();
    else await tx.delete(habitTicks).where(and(eq(habitTicks.habitId, row.id), eq(habitTicks.date, date)));
    await recordAudit(tx, ctx.request, {
      action: body.done ? "habit.ticked" : "habit.unticked",
      entityType: "habit",
      entityId: row.id,
      clientId: client.id,
      metadata: { date },
    });
  });
  return { row, today };
}

/** The client's one-tap answer to "what got in the way?"; can be changed, never for another client's nudge. */
export async function answerMissed(ctx: CommandContext, client: ClientRow, nudgeId: string, reason: MissedReasonValue) {
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .update(nudgeLog)
      .set({ missedReason: reason, answeredAt: ctx.clock.now() })
      .where(
        and(
          eq(nudgeLog.id, nudgeId),
          eq(nudgeLog.clientId, client.id),
          eq(nudgeLog.organizationId, client.organizationId),
          eq(nudgeLog.kind, "session_missed"),
        ),
      )
      .returning({ id: nudgeLog.id });
    if (!row) throw notFound("nudge");
    await recordAudit(tx, ctx.request, {
      action: "nudge.answered",
      entityType: "nudge",
      entityId: row.id,
      clientId: client.id,
      metadata: { reason },
    });
  });
}
