import type { QuestionnaireView } from "@spotter/contracts";
import { DEFAULT_QUESTIONS, type Question } from "@spotter/engine";
import { and, desc, eq } from "drizzle-orm";
import { type DbExecutor, recordAudit } from "../audit/record.ts";
import type { CommandContext } from "../commands/context.ts";
import { checkinQuestionnaires } from "../db/schema-checkin-questionnaires.ts";
import { conflict } from "../http/errors.ts";

export type QuestionnaireRow = typeof checkinQuestionnaires.$inferSelect;

/** PostgreSQL unique violation (23505), also when drizzle wraps the driver error in `cause`. */
function isUniqueViolation(e: unknown): boolean {
  for (let cur = e as { code?: unknown; cause?: unknown } | undefined, i = 0; cur && i < 4; i++) {
    if (cur.code === "23505") return true;
    cur = cur.cause as typeof cur;
  }
  return false;
}

/**
 * The organization's current questionnaire (highest version). The default (version 0, engine
 * DEFAULT_QUESTIONS) is written on first read, so every organization has one and answers to it
 * reference a row like any other; concurrent first reads both end on the same row.
 */
export async function currentQuestionnaire(db: DbExecutor, organizationId: string): Promise<QuestionnaireRow> {
  const latest = async () =>
    (
      await db
        .select()
        .from(checkinQuestionnaires)
        .where(eq(checkinQuestionnaires.organizationId, organizationId))
        .orderBy(desc(checkinQuestionnaires.version))
        .limit(1)
    )[0];
  const found = await latest();
  if (found) return found;
  await db
    .insert(checkinQuestionnaires)
    .values({ organizationId, version: 0, questions: [...DEFAULT_QUESTIONS] })
    .onConflictDoNothing();
  const seeded = await latest();
  if (!seeded) throw new Error("default questionnaire was not written");
  return seeded;
}

/** One version of the organization's questionnaire, or undefined. */
export async function questionnaireVersion(db: DbExecutor, organizationId: string, version: number) {
  const [row] = await db
    .select()
    .from(checkinQuestionnaires)
    .where(and(eq(checkinQuestionnaires.organizationId, organizationId), eq(checkinQuestionnaires.version, version)));
  return row;
}

/**
 * Saves the questions as the next version (audited, with the ids added and removed). Two saves at
 * once: the second one's version collides and it is a 409 asking to reload.
 */
export async function saveQuestionnaire(ctx: CommandContext, questions: Question[]): Promise<QuestionnaireRow> {
  const organizationId = ctx.actor.organizationId;
  try {
    return await ctx.database.db.transaction(async (tx) => {
      const current = await currentQuestionnaire(tx, organizationId);
      const [row] = await tx
        .insert(checkinQuestionnaires)
        .values({ organizationId, version: current.version + 1, questions, createdByUserId: ctx.actor.userId })
        .returning();
      if (!row) throw new Error("questionnaire insert returned nothing");
      const before = new Set(current.questions.map((q) => q.id));
      const after = new Set(questions.map((q) => q.id));
      await recordAudit(tx, ctx.request, {
        action: "checkin_questionnaire.saved",
        entityType: "checkin_questionnaire",
        entityId: row.id,
        metadata: {
          version: row.version,
          questions: questions.length,
          added: [...after].filter((id) => !before.has(id)),
          removed: [...before].filter((id) => !after.has(id)),
        },
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict("the questionnaire was changed meanwhile; reload it");
    throw e;
  }
}

export const presentQuestionnaire = (r: QuestionnaireRow): QuestionnaireView => ({
  id: r.id,
  version: r.version,
  questions: r.questions,
  createdAt: r.createdAt.toISOString(),
});
