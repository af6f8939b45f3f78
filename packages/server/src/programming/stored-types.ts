import type { SessionGenerateRequest, SessionPlan } from "@spotter/contracts";

/** The plan as stored: the engine's Session whose items carry ids (`main-0`, ...). */
export type StoredPlan = SessionPlan;
/** The parameters a session was generated with. */
export type StoredRequest = Partial<SessionGenerateRequest>;
