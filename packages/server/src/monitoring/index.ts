/** Monitoring services: the daily pass, the incremental update, tiers, and what the routes present. */

export { analyzeAfterLoad } from "./analyze.ts";
export { type CheckInRowInput, insertCheckIns } from "./bulk.ts";
export { type ClientEvaluation, evaluateClient } from "./evaluate-client.ts";
export {
  monitoringSessionFromLog,
  recordLoggedSession,
  storeLoggedSession,
  storePlannedSession,
} from "./from-session-log.ts";
export { DAILY_PASS_QUEUE, handleDailyPassJob, type MonitoringJobs, startMonitoringJobs } from "./jobs.ts";
export { HISTORY_DAYS, loadClientData } from "./load-data.ts";
export { MESSAGE_TEMPLATES } from "./message-templates.ts";
export { onSessionLogged, type PassStats, runDailyPass, runForClients, updateClient } from "./run-pass.ts";
export { type MonitoringSessionInput, recordSessionForMonitoring } from "./sessions.ts";
export { DEFAULT_TIERS, ensureDefaultTiers, loadTiers, type TierRecord, tierFor } from "./tiers.ts";
