/** Sample bodies for the safety routes in the authorization matrix (test/matrix-fixtures.ts spreads them). */
export const SAFETY_SAMPLE_BODIES: Record<string, () => unknown> = {
  "POST /api/clients/{id}/clearances": () => ({
    kind: "medical",
    clearedBy: "Dr Matrix, GP",
    date: "2026-01-05",
    restrictions: [],
  }),
  "POST /api/clients/{id}/intake-review/confirm": () => ({ ruleIds: ["intake.no_screening"] }),
};
