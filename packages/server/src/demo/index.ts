/**
 * @spotter/server/demo: seeding for the demo organization, scale data for benchmarks, and the bulk
 * writes they use. Never imported by the production app (src/index.ts, app.ts, routes/ and the
 * services): Biome's noRestrictedImports refuses `demo/` anywhere else in server/src.
 */
export { hashPassword } from "../auth/password.ts";
export { analyzeAfterLoad } from "../monitoring/analyze.ts";
export { type CheckInRowInput, insertCheckIns } from "../monitoring/bulk.ts";
export { monitoringSessionFromLog } from "../monitoring/from-session-log.ts";
export { type MonitoringSessionInput, recordSessionForMonitoring } from "../monitoring/sessions.ts";
export { loadTiers } from "../monitoring/tiers.ts";
export { demoAthleteSpec } from "./demo-athlete.ts";
export { seedDemoBusiness } from "./demo-business.ts";
export { DEMO_HISTORY_DAYS, type DemoTrainee, seedDemoTraining } from "./demo-training.ts";
export { generateScaleData, type ScaleOptions } from "./scale-data.ts";
