import type { SurveyStatus } from "@spotter/contracts";
import { surveyDue } from "@spotter/engine";
import { and, desc, eq } from "drizzle-orm";
import { type DbExecutor, recordAudit } from "../audit/record.ts";
import type { CommandContext } from "../commands/context.ts";
import { clients } from "../db/schema.ts";
import { satisfactionSurveys } from "../db/schema-business.ts";
import { conflict, notFound } from "../http/errors.ts";

/** The client record behind a client login (404 when the login has none). */
export async function ownClientId(db: DbExecutor, organizationId: string, userId: string): Promise<string> {
  const [row] = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.userId, userId)));
  if (!row) throw notFound("client");
  return row.id;
}

async function lastAnswer(db: DbExecutor, clientId: string) {
  const [row] = await db
    .select({ score: satisfactionSurveys.score, at: satisfactionSurveys.createdAt })
    .from(satisfactionSurveys)
    .where(eq(satisfactionSurveys.clientId, clientId))
    .orderBy(desc(satisfactionSurveys.createdAt))
    .limit(1);
  return row ?? null;
}

/** Whether the client should see the survey now (never answered, or 30+ days since the last). */
export async function surveyStatus(
  db: DbExecutor,
  organizationId: string,
  userId: string,
  now: Date,
): Promise<SurveyStatus> {
  const clientId = await ownClientId(db, organizationId, userId);
  const last = await lastAnswer(db, clientId);
  const due = surveyDue(last ? last.at.toISOString() : null, now.toISOString());
  return {
    due: due.due,
    nextAt: due.nextAt,
    last: last ? { score: last.score, at: last.at.toISOString() } : null,
  };
}

/**
 * Stores a client's answer, at most one per 30 days (409 before then, so a double tap or a replay
 * cannot weigh twice), with its audit event in the same transaction. The comment is not audited.
 */
export async function answerSurvey(
  ctx: CommandContext,
  input: { score: number; comment?: string | undefined },
): Promise<SurveyStatus> {
  const { database, actor, clock, request } = ctx;
  const now = clock.now();
  return database.db.transaction(async (tx) => {
    const clientId = await ownClientId(tx, actor.organizationId, actor.userId);
    // Serialises two answers of the same client: the second sees the first.
    await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).for("update");
    const last = await lastAnswer(tx, clientId);
    const due = surveyDue(last ? last.at.toISOString() : null, now.toISOString());
    if (!due.due) throw conflict(`already answered; the next survey opens ${due.nextAt}`);
    const comment = input.comment?.trim() ? input.comment.trim() : null;
    const [row] = await tx
      .insert(satisfactionSurveys)
      .values({ organizationId: actor.organizationId, clientId, score: input.score, comment, createdAt: now })
      .returning({ id: satisfactionSurveys.id });
    await recordAudit(tx, request, {
      action: "survey.answered",
      entityType: "satisfaction_survey",
      entityId: row?.id ?? null,
      clientId,
      metadata: { withComment: comment !== null },
    });
    const next = surveyDue(now.toISOString(), now.toISOString());
    return { due: false, nextAt: next.nextAt, last: { score: input.score, at: now.toISOString() } };
  });
}
