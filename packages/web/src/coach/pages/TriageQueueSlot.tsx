import { TriageQueue } from "../../triage/TriageQueue.tsx";

/**
 * The Today page's triage queue (issue 5): open flags and proposals waiting for review across the
 * roster, red first, then by deadline. The UI lives in src/triage/.
 */
export function TriageQueueSlot() {
  return <TriageQueue />;
}
