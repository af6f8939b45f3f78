import { type CoachCapacity, teamCapacityResponseSchema } from "@spotter/contracts";
import type { ReviewCadence } from "@spotter/engine";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, actorOf } from "../../http/route-kit.ts";

/** A tier's review cadence as reviews per client per week (monthly: 12 a year over 52 weeks). */
export const REVIEWS_PER_WEEK: Record<ReviewCadence, number> = {
  daily: 7,
  twice_weekly: 2,
  weekly: 1,
  biweekly: 0.5,
  monthly: 12 / 52,
};

type Row = {
  coach_id: string;
  coach_name: string;
  role: "owner" | "coach";
  deactivated: boolean;
  client_id: string | null;
  client_name: string | null;
  tier_id: string | null;
  tier_name: string | null;
  cadence: ReviewCadence | null;
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Each coach's load (owner): active clients and the reviews per week their tiers promise, per tier.
 * A client without an assigned tier counts under the organization's default tier, as monitoring does.
 */
export const capacityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/capacity",
    {
      config: { access: access.owner },
      schema: {
        tags: ["members"],
        summary: "Each coach's active clients and reviews due per week by tier (owner)",
        response: { 200: teamCapacityResponseSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await app.database.query<Row>(
        `select u.id as coach_id, u.name as coach_name, m.role, m.deactivated_at is not null as deactivated,
                c.id as client_id, c.name as client_name,
                coalesce(t.id, d.id) as tier_id, coalesce(t.name, d.name) as tier_name,
                coalesce(t.review_cadence, d.review_cadence) as cadence
           from memberships m
           join users u on u.id = m.user_id
           left join coach_clients cc on cc.coach_user_id = m.user_id and cc.organization_id = m.organization_id
           left join clients c on c.id = cc.client_id and c.status = 'active'
           left join client_monitoring cm on cm.client_id = c.id
           left join service_tiers t on t.id = cm.tier_id
           left join lateral (select id, name, review_cadence from service_tiers s
                               where s.organization_id = m.organization_id and s.is_default
                               order by s.created_at, s.id limit 1) d on cm.tier_id is null and c.id is not null
          where m.organization_id = $1 and m.role in ('owner', 'coach')
          order by m.created_at, m.user_id, c.name, c.id`,
        [actor.organizationId],
      );
      const coaches = new Map<string, CoachCapacity>();
      for (const r of rows) {
        let coach = coaches.get(r.coach_id);
        if (!coach) {
          coach = {
            userId: r.coach_id,
            name: r.coach_name,
            role: r.role,
            status: r.deactivated ? "deactivated" : "active",
            activeClients: 0,
            reviewsPerWeek: 0,
            byTier: [],
            clients: [],
          };
          coaches.set(r.coach_id, coach);
        }
        if (!r.client_id || !r.client_name) continue;
        const tierName = r.tier_name ?? "No tier";
        const perWeek = r.cadence ? (REVIEWS_PER_WEEK[r.cadence] ?? 0) : 0;
        coach.activeClients += 1;
        coach.reviewsPerWeek += perWeek;
        coach.clients.push({ id: r.client_id, name: r.client_name, tierName });
        let tier = coach.byTier.find((b) => b.tierId === r.tier_id);
        if (!tier) {
          tier = { tierId: r.tier_id, tierName, reviewCadence: r.cadence, clients: 0, reviewsPerWeek: 0 };
          coach.byTier.push(tier);
        }
        tier.clients += 1;
        tier.reviewsPerWeek += perWeek;
      }
      return {
        coaches: [...coaches.values()].map((c) => ({
          ...c,
          reviewsPerWeek: round1(c.reviewsPerWeek),
          byTier: c.byTier.map((b) => ({ ...b, reviewsPerWeek: round1(b.reviewsPerWeek) })),
        })),
      };
    },
  );
};
