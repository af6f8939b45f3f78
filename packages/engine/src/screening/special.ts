import { dayIndex } from "../core/dates.ts";
import { reason } from "../core/reasons.ts";
import type { ClientProfile, MedicationChange, MedicationKind } from "../model/index.ts";
import type { ClearanceRequirement } from "./requirement.ts";

/**
 * Postpartum: no running or impact before 12 weeks, and a postnatal check before returning to
 * exercise (Goom, Donnelly & Brockwell 2019, "Returning to running postnatal"; ACOG Committee
 * Opinion 804, 2020).
 */
export const POSTPARTUM_GATE_WEEKS = 12;
/** A medication change stays "recent" (HR caveat, review) for this many days after its date. */
export const MEDICATION_RECENT_DAYS = 84;

const HR_NEUTRAL: ReadonlySet<MedicationKind> = new Set(["other"]);

export function altersHeartRate(kind: MedicationKind): boolean {
  return !HR_NEUTRAL.has(kind);
}

/** Whole weeks since delivery at `today` (a day number), or null when not postpartum. */
export function weeksPostpartum(p: ClientProfile, today: number): number | null {
  if (p.pregnancy?.status !== "postpartum") return null;
  return Math.floor((today - dayIndex(p.pregnancy.deliveryDate)) / 7);
}

export function isPregnant(p: ClientProfile): boolean {
  return p.pregnancy?.status === "pregnant" || p.screening?.pregnant === true;
}

/**
 * Pregnant: PAR-Q+ says delay becoming more active until a health-care practitioner is consulted.
 * Postpartum under 12 weeks: a postnatal check first, and no impact work before it.
 */
export function pregnancyRequirements(p: ClientProfile, today: number): ClearanceRequirement[] {
  if (isPregnant(p))
    return [
      {
        kind: "pregnancy",
        see: "obstetric_care_provider",
        scope: "any",
        reasons: [
          reason(
            "screening.pregnancy",
            "Pregnant: talk to an obstetric care provider before becoming more active (PAR-Q+); record the clearance and any restrictions.",
            { pregnant: true, dueDate: p.pregnancy?.status === "pregnant" ? (p.pregnancy.dueDate ?? null) : null },
          ),
        ],
      },
    ];
  const weeks = weeksPostpartum(p, today);
  if (weeks === null || weeks >= POSTPARTUM_GATE_WEEKS) return [];
  return [
    {
      kind: "postpartum",
      see: "obstetric_care_provider",
      scope: "vigorous",
      reasons: [
        reason(
          "screening.postpartum",
          `${Math.max(0, weeks)} weeks since delivery: a postnatal check before vigorous or impact work (no running or jumping before ${POSTPARTUM_GATE_WEEKS} weeks).`,
          {
            weeksSinceDelivery: weeks,
            caesarean: p.pregnancy?.status === "postpartum" && p.pregnancy.caesarean === true,
          },
          { weeks: POSTPARTUM_GATE_WEEKS },
        ),
      ],
    },
  ];
}

/** Medication changes within MEDICATION_RECENT_DAYS of today (and not in the future), oldest first. */
export function recentMedicationChanges(p: ClientProfile, today: number): MedicationChange[] {
  return (p.medicationChanges ?? [])
    .filter((m) => {
      const d = dayIndex(m.date);
      return d <= today && today - d <= MEDICATION_RECENT_DAYS;
    })
    .sort((a, b) => dayIndex(a.date) - dayIndex(b.date));
}

/** A recent medication change waits for a coach's review before vigorous work. */
export function medicationRequirements(p: ClientProfile, today: number): ClearanceRequirement[] {
  const recent = recentMedicationChanges(p, today);
  if (recent.length === 0) return [];
  const hr = recent.filter((m) => altersHeartRate(m.kind));
  return [
    {
      kind: "medication_review",
      see: "coach",
      scope: "vigorous",
      reasons: recent.map((m) =>
        reason(
          "screening.medication_change",
          `Medication ${m.change.replaceAll("_", " ")} on ${m.date}: ${m.name ?? m.kind.replaceAll("_", " ")}${altersHeartRate(m.kind) ? " (alters heart rate: judge effort by RPE, not HR)" : ""}; review before vigorous work.`,
          {
            kind: m.kind,
            change: m.change,
            date: m.date,
            altersHeartRate: altersHeartRate(m.kind),
            hrAltering: hr.length,
          },
          { recentDays: MEDICATION_RECENT_DAYS },
        ),
      ),
    },
  ];
}
