/**
 * Inputs the authorization matrix needs for the import routes (spread into ../matrix-fixtures.ts):
 * a fresh exercise mapping of org A per call, so a DELETE by one caller does not take the next
 * caller's away.
 */
import type { Org } from "../support.ts";

let counter = 0;

export const IMPORT_PARAM_VALUES: Record<string, (w: { a: Org; b: Org }) => Promise<string> | string> = {
  name: async (w) => {
    const name = `Matrix Mapping ${Date.now().toString(36)} ${++counter}`;
    const res = await w.a.coach.request("PUT", "/api/exercise-mappings", {
      mappings: [{ name, exerciseId: "barbell-curl" }],
    });
    if (res.status !== 200) throw new Error(`save mapping: ${res.status} ${JSON.stringify(res.body)}`);
    return name;
  },
};
