/** Authorization-matrix inputs for the business routes (owner figures and settings, client survey). */
export const BUSINESS_SAMPLE_BODIES: Record<string, () => unknown> = {
  "PUT /api/business/settings": () => ({ minutesPerReview: 15, minutesPerDecision: 5, churnInactiveDays: 30 }),
  // The first call per client answers (201); later ones are handled refusals (409), not authorization ones.
  "POST /api/business/survey": () => ({ score: 8 }),
};
