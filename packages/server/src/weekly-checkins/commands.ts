import type { WeeklyCheckInAnswer, WeeklyCheckInSend } from "@spotter/contracts";
import {
  checkResponses,
  draftReply,
  type QuestionResponse,
  screenText,
  summarizeWeek,
  weekStart,
} from "@spotter/engine";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record.ts";
import { clientTier } from "../commands/client-tier.ts";
import type { CommandContext } from "../commands/context.ts";
import type { Db } from "../db/open.ts";
import type { clients } from "../db/schema.ts";
import { weeklyCheckIns } from "../db/schema-weekly-checkins.ts";
import { conflict, HttpError, notFound, validationError } from "../http/errors.ts";
import { postMessage } from "../messaging/commands.ts";
import type { MessagingRuntime } from "../messaging/runtime.ts";
import { notify } from "../notifications/index.ts";
import { trainerProfileForClient } from "../programming/trainer-profiles.ts";
import { applyDecision } from "./decision.ts";
import { gatherWeek } from "./gather.ts";
import type { WeeklyCheckInRow } from "./present.ts";
import { currentQuestionnaire, questionnaireVersion } from "./questionnaire.ts";
import { checkInStaff } from "./recipients.ts";

type ClientRow = typeof clients.$inferSelect;

/** The kinds the keyword screen counts (not negated, not hypothetical, not banter; self-harm always). */
function screenedKinds(note: string | undefined): string[] {
  if (!note) return [];
  const hits = screenText(note).filter((h) => h.selfHarm || (!h.negated && !h.hypothetical && !h.joking));
  return [...new Set(hits.map((h) => h.kind))];
}

/** The fixed fields of the first questionnaire, as responses to the default questions of the same ids. */
function legacyResponses(body: WeeklyCheckInAnswer): Record<string, QuestionResponse> {
  const out: Record<string, QuestionResponse> = {};
  for (const k of ["energy", "sleep", "stress", "adherenceConfidence", "note"] as const)
    if (body[k] !== undefined) out[k] = body[k];
  return out;
}

/**
 * Stores this week's answers (the week of the clock's UTC date) to the organization's questionnaire
 * (the version named, else the current one; checked question by question: a 400 names
 * `body.responses.<id>`), computes the summary from the week's data and the draft in the coach's
 * tone, tells the coach a reply is owed, audited, in one transaction. Answering again replaces the
 * answers and recomputes until the coach has replied; afterwards it is a 409.
 */
export async function answerWeeklyCheckIn(
  ctx: CommandContext,
  client: ClientRow,
  body: WeeklyCheckInAnswer,
): Promise<WeeklyCheckInRow> {
  const now = ctx.clock.now();
  const week = weekStart(now.toISOString().slice(0, 10));
  const { db } = ctx.database;
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ status: weeklyCheckIns.status })
      .from(weeklyCheckIns)
      .where(and(eq(weeklyCheckIns.clientId, client.id), eq(weeklyCheckIns.weekStart, week)));
    if (existing?.status === "closed") throw conflict("this week's check-in has already been answered by your coach");
    const questionnaire =
      body.questionnaireVersion === undefined
        ? await currentQuestionnaire(tx, client.organizationId)
        : await questionnaireVersion(tx, client.organizationId, body.questionnaireVersion);
    if (!questionnaire)
      throw validationError("body.questionnaireVersion", "not a version of this organization's questionnaire");
    const checked = checkResponses(questionnaire.questions, body.responses ?? legacyResponses(body));
    if (!checked.ok)
      throw new HttpError(
        "validation_error",
        `invalid answers: ${checked.errors.map((e) => e.questionId).join(", ")}`,
        {
          fields: checked.errors.map((e) => ({ path: `body.responses.${e.questionId}`, message: e.message })),
        },
      );
    const answers = checked.answers;
    const summary = summarizeWeek({ ...(await gatherWeek(tx, client, week)), answers }, now.toISOString());
    const profile = await trainerProfileForClient(tx, client.organizationId, client.id, ctx.actor.userId);
    const draft = draftReply(summary, profile.voice.tone);
    const note = checked.text;
    const values = {
      organizationId: client.organizationId,
      clientId: client.id,
      weekStart: week,
      status: "answered" as const,
      energy: answers?.energy ?? null,
      sleep: answers?.sleep ?? null,
      stress: answers?.stress ?? null,
      adherenceConfidence: answers?.adherenceConfidence ?? null,
      questionnaireId: questionnaire.id,
      responses: checked.responses,
      note,
      noteFlags: screenedKinds(note ?? undefined),
      summary: summary as unknown as Record<string, unknown>,
      draftBody: draft.body,
      suggestedAction: draft.action,
      answeredAt: now,
    };
    const [row] = await tx
      .insert(weeklyCheckIns)
      .values(values)
      .onConflictDoUpdate({ target: [weeklyCheckIns.clientId, weeklyCheckIns.weekStart], set: values })
      .returning();
    if (!row) throw new Error("weekly check-in upsert returned nothing");
    await recordAudit(tx, ctx.request, {
      action: "weekly_checkin.answered",
      entityType: "weekly_checkin",
      entityId: row.id,
      clientId: client.id,
      metadata: {
        weekStart: week,
        questionnaireVersion: questionnaire.version,
        noteFlags: row.noteFlags,
        changes: summary.changes,
      },
    });
    if (!existing)
      await notify(tx, {
        organizationId: client.organizationId,
        recipientUserIds: await checkInStaff(tx, client.organizationId, client.id),
        kind: "check_in_due",
        subject: `${client.name} answered their check-in`,
        body: "Their weekly check-in is waiting for your reply in Spotter (summary and a drafted reply are ready).",
        linkPath: `/clients/${client.id}`,
        clientId: client.id,
        dedupeKey: `checkin-answered:${row.id}`,
      });
    return row;
  });
}

/**
 * The coach's reply: posted into the client's thread (messaging's postMessage, as a savepoint
 * inside this transaction) and the check-in closed with the chosen action, which opens what it
 * names (decision.ts: a minor change's proposal, an escalation's flag, recorded on the check-in),
 * audited; all of it happens or none. A closed check-in is a 409.
 */
export async function sendWeeklyCheckInReply(
  ctx: CommandContext,
  runtime: MessagingRuntime,
  client: ClientRow,
  weeklyCheckInId: string,
  body: WeeklyCheckInSend,
): Promise<WeeklyCheckInRow> {
  const now = ctx.clock.now();
  const replyBody = body.body.trim();
  const tier = await clientTier(ctx.database, ctx.database.db, client.organizationId, client.id);
  const sent = await ctx.database.db.transaction(async (tx) => {
    const [closed] = await tx
      .update(weeklyCheckIns)
      .set({ status: "closed", replyBody, action: body.action, closedByUserId: ctx.actor.userId, closedAt: now })
      .where(
        and(
          eq(weeklyCheckIns.id, weeklyCheckInId),
          eq(weeklyCheckIns.organizationId, client.organizationId),
          eq(weeklyCheckIns.clientId, client.id),
          eq(weeklyCheckIns.status, "answered"),
        ),
      )
      .returning();
    if (!closed) {
      const [any] = await tx
        .select({ id: weeklyCheckIns.id })
        .from(weeklyCheckIns)
        .where(and(eq(weeklyCheckIns.id, weeklyCheckInId), eq(weeklyCheckIns.clientId, client.id)));
      throw any
        ? conflict("this check-in has already been replied to")
        : notFound("weekly check-in", "params.weeklyCheckInId");
    }
    // The decision first: a failing proposal or nutrition check then ends it before the message
    // exists (on PGlite, postMessage's live event goes out when its savepoint is released).
    const decision = await applyDecision(ctx, tx, client, closed, body.action, tier);
    // postMessage opens its own transaction; on this one it becomes a savepoint of ours.
    const inTx = { ...ctx, database: { ...ctx.database, db: tx as unknown as Db } };
    const message = await postMessage(inTx, runtime, client, { body: replyBody });
    const [row] = await tx
      .update(weeklyCheckIns)
      .set({ messageId: message.id, proposalId: decision.proposalId, flagId: decision.flagId })
      .where(eq(weeklyCheckIns.id, closed.id))
      .returning();
    await recordAudit(tx, ctx.request, {
      action: "weekly_checkin.replied",
      entityType: "weekly_checkin",
      entityId: closed.id,
      clientId: client.id,
      metadata: {
        action: body.action,
        suggestedAction: closed.suggestedAction,
        draftEdited: replyBody !== closed.draftBody,
        messageId: message.id,
        proposalId: decision.proposalId,
        flagId: decision.flagId,
      },
    });
    return row ?? closed;
  });
  return sent;
}
