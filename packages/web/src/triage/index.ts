/** Triage UI (issue 5): the Today queue, approval view, roster lights, client monitoring, portal changes. */
export { ApprovalPage } from "./ApprovalPage.tsx";
export { CheckinResultCard } from "./CheckinResultCard.tsx";
export { ClientTriagePanel } from "./ClientTriagePanel.tsx";
export { MyChangesPage } from "./MyChangesPage.tsx";
export { RosterLight } from "./RosterLight.tsx";
export { TriageQueue } from "./TriageQueue.tsx";
