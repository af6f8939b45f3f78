import type { FastifyPluginAsync } from "fastify";
import { auditRoutes } from "./audit/audit.ts";
import { authRoutes } from "./auth/auth.ts";
import { checkinRoutes } from "./checkins/checkins.ts";
import { clientDataRoutes } from "./clients/client-data.ts";
import { clientRoutes } from "./clients/clients.ts";
import { exerciseRoutes } from "./exercises/exercises.ts";
import { flagRoutes } from "./flags/flags.ts";
import { healthRoutes } from "./health/health.ts";
import { invitationRoutes } from "./invitations/invitations.ts";
import { memberRoutes } from "./members/members.ts";
import { clientMethodRoutes } from "./methods/client-method.ts";
import { methodRoutes } from "./methods/methods.ts";
import { monitoringRoutes } from "./monitoring/monitoring.ts";
import { progressRoutes } from "./progress/progress.ts";
import { proposalRoutes } from "./proposals/proposals.ts";
import { queueRoutes } from "./queue/queue.ts";
import { roadmapRoutes } from "./roadmaps/roadmaps.ts";
import { sessionRoutes } from "./sessions/sessions.ts";
import { tierRoutes } from "./tiers/tiers.ts";
import { todayRoutes } from "./today/today.ts";
import { trainerProfileRoutes } from "./trainer-profile/trainer-profile.ts";

/**
 * THE list of API route modules, mounted under /api. To add a resource, create
 * routes/<resource>/<resource>.ts exporting a plugin whose every route declares
 * `config: { access: ... }`, and add one line here. The authorization-matrix test picks it up.
 */
export const registerRoutes: FastifyPluginAsync = async (app) => {
  await app.register(healthRoutes);
  await app.register(authRoutes, { prefix: "/auth" });
  await app.register(invitationRoutes, { prefix: "/invitations" });
  await app.register(memberRoutes, { prefix: "/members" });
  await app.register(clientRoutes, { prefix: "/clients" });
  await app.register(clientDataRoutes, { prefix: "/clients" });
  await app.register(auditRoutes, { prefix: "/audit" });
  await app.register(checkinRoutes);
  await app.register(monitoringRoutes);
  await app.register(queueRoutes);
  await app.register(proposalRoutes);
  await app.register(flagRoutes);
  await app.register(tierRoutes);
  await app.register(trainerProfileRoutes, { prefix: "/trainer-profile" });
  await app.register(exerciseRoutes, { prefix: "/exercises" });
  await app.register(methodRoutes, { prefix: "/methods" });
  await app.register(clientMethodRoutes, { prefix: "/clients" });
  await app.register(roadmapRoutes, { prefix: "/clients" });
  await app.register(sessionRoutes);
  await app.register(progressRoutes, { prefix: "/clients" });
  await app.register(todayRoutes);
};
