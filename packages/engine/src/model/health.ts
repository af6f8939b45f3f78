/**
 * Health facts that change what may be prescribed: pregnancy and the postpartum period, medication
 * changes, and the clearances a coach records. They sit beside the PAR-Q+ answers on the profile.
 */

/** Pregnancy or the months after a delivery. Dates are ISO (YYYY-MM-DD). */
export type Pregnancy =
  | { status: "pregnant"; dueDate?: string }
  | { status: "postpartum"; deliveryDate: string; caesarean?: boolean };

/**
 * Kinds of medication the engine knows. Everything except `other` alters heart rate, so HR-based
 * readiness (resting HR, HRV) no longer means what it did before the change.
 */
export const MEDICATION_KINDS = [
  "beta_blocker",
  "rate_limiting_calcium_channel_blocker",
  "antiarrhythmic",
  "stimulant",
  "thyroid_hormone",
  "other_hr_altering",
  "other",
] as const;
export type MedicationKind = (typeof MEDICATION_KINDS)[number];

export const MEDICATION_CHANGES = ["started", "stopped", "dose_changed"] as const;
export type MedicationChangeKind = (typeof MEDICATION_CHANGES)[number];

/** A medication started, stopped or changed on `date` (ISO). The name is the client's words. */
export type MedicationChange = {
  kind: MedicationKind;
  change: MedicationChangeKind;
  date: string;
  name?: string;
};

/**
 * What a clearance covers: `medical` (PAR-Q+ / ACSM pre-participation follow-up, age before
 * vigorous work), `pregnancy`, `postpartum`, `medication_review` (a coach reviewed a change),
 * `screening` (no PAR-Q+ on file: a coach judged the client fit without one).
 */
export const CLEARANCE_KINDS = ["medical", "pregnancy", "postpartum", "medication_review", "screening"] as const;
export type ClearanceKind = (typeof CLEARANCE_KINDS)[number];

/** A human decision that lifts a clearance requirement, recorded by a coach. */
export type ClearanceRecord = {
  kind: ClearanceKind;
  /** Who cleared the client (e.g. "Dr A. Jones, GP"; for a medication review, the coach). */
  clearedBy: string;
  /** The coach or staff member who entered it. */
  recordedBy: string;
  /** ISO date of the clearance. */
  date: string;
  /** Limits the clearer set, in their words (e.g. "no heavy overhead work"). */
  restrictions: string[];
  /** False when the clearance allows light-to-moderate work only: the vigorous gate stays. */
  vigorousAllowed: boolean;
};
