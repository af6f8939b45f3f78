/**
 * Weigh-ins from a Garmin weight-scale FIT file (Index scale and the like): weight in kg and body
 * fat %, one per day (the last of the day). A scale shared by several people writes each weigh-in
 * with its user profile index; such a file needs the coach to say which scale user is this client
 * (`fitUser`), because importing everyone's weight would be wrong. Days are UTC dates: a scale file
 * states no local-time offset.
 */
import type { FitMessages } from "./fit.ts";
import { ImportFileError } from "./model.ts";

/** A multi-user scale file without (or with a wrong) `fitUser`: a 400 naming `query.fitUser`. */
export class FitUserError extends ImportFileError {}

export type FitWeighIn = { day: string; kg: number; bodyFatPct?: number };
export type FitWeighIns = { weighIns: FitWeighIn[]; skipped: Map<string, number> };

function describeUsers(messages: FitMessages, indexes: number[]): string {
  const profiles = messages.userProfileMesgs ?? [];
  return indexes
    .map((i) => {
      const p = profiles.find((x) => Number(x.messageIndex ?? -1) === i);
      const bits = [
        p?.gender,
        p?.age !== undefined ? `${p.age} y` : undefined,
        p?.height ? `${p.height} m` : undefined,
      ];
      return `${i}${p ? ` (${bits.filter(Boolean).join(", ")})` : ""}`;
    })
    .join("; ");
}

/** Null when the file holds no weigh-ins. */
export function fitWeighIns(messages: FitMessages, fitUser?: number): FitWeighIns | null {
  const all = messages.weightScaleMesgs ?? [];
  if (all.length === 0) return null;
  const users = [...new Set(all.map((w) => Number(w.userProfileIndex ?? 0)))].sort((a, b) => a - b);
  if (fitUser !== undefined && !users.includes(fitUser))
    throw new FitUserError(
      `the scale file has no weigh-ins of user ${fitUser} (users: ${describeUsers(messages, users)})`,
    );
  if (users.length > 1 && fitUser === undefined)
    throw new FitUserError(
      `the scale file holds weigh-ins of ${users.length} people (users: ${describeUsers(messages, users)}): choose this client's with fitUser`,
    );
  const user = fitUser ?? users[0];
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  const byDay = new Map<string, FitWeighIn>();
  for (const w of all) {
    if (Number(w.userProfileIndex ?? 0) !== user) {
      skip("weigh-ins of another scale user");
      continue;
    }
    const kg = Number(w.weight);
    // 20-400 kg: what a typed weigh-in accepts (contracts/api/nutrition.ts).
    if (!(w.timestamp instanceof Date) || !(kg >= 20 && kg <= 400)) {
      skip("weigh-ins without a time or a weight within 20-400 kg");
      continue;
    }
    const fat = Number(w.percentFat);
    byDay.set(w.timestamp.toISOString().slice(0, 10), {
      day: w.timestamp.toISOString().slice(0, 10),
      kg: Math.round(kg * 100) / 100,
      ...(fat >= 2 && fat <= 70 ? { bodyFatPct: fat } : {}),
    });
  }
  return { weighIns: [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1)), skipped };
}
