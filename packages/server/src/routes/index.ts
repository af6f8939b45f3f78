import type { FastifyPluginAsync } from "fastify";
import { auditRoutes } from "./audit/audit.ts";
import { authRoutes } from "./auth/auth.ts";
import { businessRoutes } from "./business/business.ts";
import { calendarRoutes } from "./calendar/calendar.ts";
import { clientCheckinRoutes } from "./clients/checkins.ts";
import { clientDataRoutes } from "./clients/client-data.ts";
import { clientRoutes } from "./clients/clients.ts";
import { clientFlagRoutes } from "./clients/flags.ts";
import { clientHabitRoutes } from "./clients/habits.ts";
import { clientImportRoutes } from "./clients/imports.ts";
import { clientDailyVelocityImportRoutes } from "./clients/imports-daily-velocity.ts";
import { clientMessageRoutes } from "./clients/messages.ts";
import { clientMethodRoutes } from "./clients/method.ts";
import { clientMethodPreviewRoutes } from "./clients/method-preview.ts";
import { clientMethodTemplateRoutes } from "./clients/method-template.ts";
import { clientMonitoringRoutes } from "./clients/monitoring.ts";
import { clientNutritionRoutes } from "./clients/nutrition.ts";
import { clientMealPlanRoutes } from "./clients/nutrition-meal-plans.ts";
import { progressRoutes } from "./clients/progress.ts";
import { clientProposalRoutes } from "./clients/proposals.ts";
import { clientReportRoutes } from "./clients/report.ts";
import { roadmapRoutes } from "./clients/roadmap.ts";
import { clientSafetyRoutes } from "./clients/safety.ts";
import { clientSessionRoutes } from "./clients/sessions.ts";
import { clientTierRoutes } from "./clients/tier.ts";
import { clientWeekRoutes } from "./clients/week.ts";
import { clientWeeklyCheckInRoutes } from "./clients/weekly-checkins.ts";
import { exerciseMappingRoutes } from "./exercise-mappings/exercise-mappings.ts";
import { exerciseRoutes } from "./exercises/exercises.ts";
import { flagRoutes } from "./flags/flags.ts";
import { foodRoutes } from "./foods/foods.ts";
import { healthRoutes } from "./health/health.ts";
import { invitationRoutes } from "./invitations/invitations.ts";
import { meCheckinRoutes } from "./me/checkins.ts";
import { meHabitRoutes } from "./me/habits.ts";
import { meMealPlanRoutes } from "./me/meal-plans.ts";
import { meMessageRoutes } from "./me/messages.ts";
import { meNutritionRoutes } from "./me/nutrition.ts";
import { meSessionRoutes } from "./me/sessions.ts";
import { meWeeklyCheckInRoutes } from "./me/weekly-checkins.ts";
import { memberRoutes } from "./members/members.ts";
import { messageTemplateRoutes } from "./message-templates/message-templates.ts";
import { messageRoutes } from "./messages/messages.ts";
import { methodAssignRoutes } from "./methods/assign.ts";
import { methodRoutes } from "./methods/methods.ts";
import { notificationRoutes } from "./notifications/notifications.ts";
import { proposalRoutes } from "./proposals/proposals.ts";
import { queueRoutes } from "./queue/queue.ts";
import { rehearseRoutes } from "./rehearse/rehearse.ts";
import { sessionRoutes } from "./sessions/sessions.ts";
import { tierRoutes } from "./tiers/tiers.ts";
import { todayRoutes } from "./today/today.ts";
import { trainerProfileRoutes } from "./trainer-profile/trainer-profile.ts";
import { weeklyCheckInRoutes } from "./weekly-checkins/weekly-checkins.ts";

/**
 * THE list of API route modules, mounted under /api. A route folder is its URL prefix:
 * routes/<prefix>/<resource>.ts exports a plugin registered here with `{ prefix: "/<prefix>" }`;
 * a client's sub-resources (/clients/:id/...) live in routes/clients/, the caller's own in
 * routes/me/. Every route declares `config: { access: ... }` (http/route-kit.ts presets); the
 * authorization-matrix test picks it up.
 */
export const registerRoutes: FastifyPluginAsync = async (app) => {
  await app.register(healthRoutes);
  await app.register(authRoutes, { prefix: "/auth" });
  await app.register(invitationRoutes, { prefix: "/invitations" });
  await app.register(memberRoutes, { prefix: "/members" });
  await app.register(auditRoutes, { prefix: "/audit" });
  for (const clientPlugin of [
    clientRoutes,
    clientDataRoutes,
    clientCheckinRoutes,
    clientMonitoringRoutes,
    clientProposalRoutes,
    clientFlagRoutes,
    clientTierRoutes,
    clientSafetyRoutes,
    clientMethodRoutes,
    clientMethodTemplateRoutes,
    clientMethodPreviewRoutes,
    roadmapRoutes,
    clientSessionRoutes,
    clientWeekRoutes,
    progressRoutes,
    clientReportRoutes,
    clientNutritionRoutes,
    clientMealPlanRoutes,
    clientImportRoutes,
    clientDailyVelocityImportRoutes,
    clientMessageRoutes,
    clientWeeklyCheckInRoutes,
    clientHabitRoutes,
  ])
    await app.register(clientPlugin, { prefix: "/clients" });
  await app.register(meCheckinRoutes, { prefix: "/me" });
  await app.register(meNutritionRoutes, { prefix: "/me" });
  await app.register(meMealPlanRoutes, { prefix: "/me" });
  await app.register(meSessionRoutes, { prefix: "/me" });
  await app.register(meMessageRoutes, { prefix: "/me" });
  await app.register(meWeeklyCheckInRoutes, { prefix: "/me" });
  await app.register(meHabitRoutes, { prefix: "/me" });
  await app.register(messageRoutes, { prefix: "/messages" });
  await app.register(queueRoutes, { prefix: "/queue" });
  await app.register(proposalRoutes, { prefix: "/proposals" });
  await app.register(flagRoutes, { prefix: "/flags" });
  await app.register(foodRoutes, { prefix: "/foods" });
  await app.register(tierRoutes, { prefix: "/tiers" });
  await app.register(weeklyCheckInRoutes, { prefix: "/weekly-checkins" });
  await app.register(rehearseRoutes, { prefix: "/rehearse" });
  await app.register(businessRoutes, { prefix: "/business" });
  await app.register(messageTemplateRoutes, { prefix: "/message-templates" });
  await app.register(trainerProfileRoutes, { prefix: "/trainer-profile" });
  await app.register(notificationRoutes, { prefix: "/notifications" });
  await app.register(exerciseRoutes, { prefix: "/exercises" });
  await app.register(exerciseMappingRoutes, { prefix: "/exercise-mappings" });
  await app.register(methodRoutes, { prefix: "/methods" });
  await app.register(methodAssignRoutes, { prefix: "/methods" });
  await app.register(sessionRoutes, { prefix: "/sessions" });
  await app.register(todayRoutes);
  await app.register(calendarRoutes);
};
