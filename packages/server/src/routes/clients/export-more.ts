import { and, asc, eq } from "drizzle-orm";
import { invitations } from "../../db/schema.ts";
import { weeklyCheckInOpenings } from "../../db/schema-checkin-questionnaires.ts";
import { messageThreads } from "../../db/schema-messaging.ts";
import { flagEscalations, proposalEscalations } from "../../db/schema-notifications.ts";
import { setVelocities } from "../../db/schema-velocity.ts";
import { plannedDayMoves } from "../../db/schema-week.ts";
import { registerClientExportSection } from "./export-sections.ts";

/**
 * The client-scoped tables no feature had put in the export (found by export-coverage.test.ts):
 * the coach's moves of planned days, the check-in openings the schedule sent, the conversation's
 * thread state, escalations of the client's flags and proposals, per-rep velocities and the
 * invitations to the client's login (without the token hash: a credential's fingerprint). Each
 * ordered by its natural key, then id, so two exports of the same data are identical.
 */
export function registerMoreExportSections(): void {
  registerClientExportSection("plannedDayMoves", (db, ids) =>
    db
      .select()
      .from(plannedDayMoves)
      .where(and(eq(plannedDayMoves.organizationId, ids.organizationId), eq(plannedDayMoves.clientId, ids.clientId)))
      .orderBy(asc(plannedDayMoves.scheduledDate), asc(plannedDayMoves.id)),
  );
  registerClientExportSection("weeklyCheckInOpenings", (db, ids) =>
    db
      .select()
      .from(weeklyCheckInOpenings)
      .where(
        and(
          eq(weeklyCheckInOpenings.organizationId, ids.organizationId),
          eq(weeklyCheckInOpenings.clientId, ids.clientId),
        ),
      )
      .orderBy(asc(weeklyCheckInOpenings.weekStart), asc(weeklyCheckInOpenings.id)),
  );
  registerClientExportSection("messageThreads", (db, ids) =>
    db
      .select()
      .from(messageThreads)
      .where(and(eq(messageThreads.organizationId, ids.organizationId), eq(messageThreads.clientId, ids.clientId)))
      .orderBy(asc(messageThreads.id)),
  );
  registerClientExportSection("flagEscalations", (db, ids) =>
    db
      .select()
      .from(flagEscalations)
      .where(and(eq(flagEscalations.organizationId, ids.organizationId), eq(flagEscalations.clientId, ids.clientId)))
      .orderBy(asc(flagEscalations.at), asc(flagEscalations.id)),
  );
  registerClientExportSection("proposalEscalations", (db, ids) =>
    db
      .select()
      .from(proposalEscalations)
      .where(
        and(eq(proposalEscalations.organizationId, ids.organizationId), eq(proposalEscalations.clientId, ids.clientId)),
      )
      .orderBy(asc(proposalEscalations.at), asc(proposalEscalations.id)),
  );
  registerClientExportSection("setVelocities", (db, ids) =>
    db
      .select()
      .from(setVelocities)
      .where(and(eq(setVelocities.organizationId, ids.organizationId), eq(setVelocities.clientId, ids.clientId)))
      .orderBy(
        asc(setVelocities.sessionId),
        asc(setVelocities.itemId),
        asc(setVelocities.position),
        asc(setVelocities.rep),
      ),
  );
  registerClientExportSection("invitations", (db, ids) =>
    db
      .select({
        id: invitations.id,
        role: invitations.role,
        email: invitations.email,
        invitedBy: invitations.invitedBy,
        createdAt: invitations.createdAt,
        expiresAt: invitations.expiresAt,
        acceptedAt: invitations.acceptedAt,
      })
      .from(invitations)
      .where(and(eq(invitations.organizationId, ids.organizationId), eq(invitations.clientId, ids.clientId)))
      .orderBy(asc(invitations.createdAt), asc(invitations.id)),
  );
}
