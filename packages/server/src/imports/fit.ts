import { Decoder, type SessionMesg, type SetMesg, Stream } from "@garmin/fitsdk";
import { type ImportedSession, type ImportedSet, ImportFileError } from "./model.ts";

/** A FIT file's header names its type at bytes 8-11: ".FIT". */
export function looksLikeFit(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && String.fromCharCode(...bytes.subarray(8, 12)) === ".FIT";
}

/** `benchPress` → `Bench Press`: the FIT exercise category as the name the mapping reads. */
export function categoryName(category: string | undefined): string {
  if (!category || category === "unknown") return "Unidentified exercise (FIT)";
  const words = category.replace(/([a-z])([A-Z])/g, "$1 $2");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const ms = (value: unknown): number | undefined => (value instanceof Date ? value.getTime() : undefined);

/**
 * Strength sets of a Garmin FIT activity (the official SDK decodes it): every strength-training
 * session with its active sets (rest intervals are not sets), reps, weight (kg) and the watch's
 * exercise category (the first of its ranked guesses). A set belongs to the session whose time span
 * holds its start. The workout's date is the local date, from the activity's local-time offset.
 * A file that is not FIT, fails its CRC (truncated, corrupted) or does not decode is an
 * ImportFileError saying so; a valid file without strength sets (a run, a monitoring file) too.
 */
export function parseFit(bytes: Uint8Array): ImportedSession[] {
  return strengthSessions(decodeFit(bytes));
}

export type FitMessages = ReturnType<Decoder["read"]>["messages"];

/** The file's messages; not FIT, a failed CRC or a decoder error is an ImportFileError naming it. */
export function decodeFit(bytes: Uint8Array): FitMessages {
  if (!looksLikeFit(bytes) || !Decoder.isFIT(Stream.fromBuffer(bytes)))
    throw new ImportFileError("not a FIT file (its header does not say .FIT)");
  const decoder = new Decoder(Stream.fromBuffer(bytes));
  if (!decoder.checkIntegrity())
    throw new ImportFileError("the FIT file fails its integrity check (CRC or length): truncated or corrupted");
  const { messages, errors } = decoder.read();
  if (errors.length > 0) throw new ImportFileError(`the FIT file does not decode: ${errors[0]?.message ?? "error"}`);
  return messages;
}

/** The strength sessions of decoded FIT messages; none is an ImportFileError naming the sports. */
export function strengthSessions(messages: FitMessages): ImportedSession[] {
  const sessions: SessionMesg[] = messages.sessionMesgs ?? [];
  const sets: SetMesg[] = (messages.setMesgs ?? []).filter((s) => s.setType === "active");
  const strength = sessions.filter((s) => s.subSport === "strengthTraining" || sets.some((x) => inSession(x, s)));
  if (strength.length === 0 || sets.length === 0) {
    const sportOf = (s: SessionMesg) =>
      String(s.subSport && s.subSport !== "generic" ? s.subSport : (s.sport ?? "unknown"));
    const sports = [...new Set(sessions.map(sportOf))].join(", ");
    throw new ImportFileError(`the FIT file holds no strength-training sets (sessions: ${sports || "none"})`);
  }
  const activity = messages.activityMesgs?.[0];
  const offsetMs =
    activity?.localTimestamp !== undefined && ms(activity.timestamp) !== undefined
      ? Number(activity.localTimestamp) * 1000 + Date.UTC(1989, 11, 31) - (ms(activity.timestamp) ?? 0)
      : 0;
  const serial = messages.fileIdMesgs?.[0]?.serialNumber ?? "unknown";
  let line = 0;
  return strength.map((session) => {
    const start = ms(session.startTime) ?? 0;
    const own = sets.filter((s) => inSession(s, session));
    const imported: ImportedSet[] = own.map((s) => {
      line += 1;
      const reps = s.repetitions ?? 0;
      return {
        exerciseName: categoryName(s.category?.[0] === undefined ? undefined : String(s.category[0])),
        kind: "normal",
        ...(s.weight ? { weightKg: Math.round(s.weight * 100) / 100 } : {}),
        reps,
        ...(reps === 0 && s.duration ? { seconds: Math.round(s.duration) } : {}),
        line,
      };
    });
    const minutes = session.totalElapsedTime ? Math.round(session.totalElapsedTime / 60) : undefined;
    return {
      externalId: `fit:${serial}:${new Date(start).toISOString()}`,
      date: isoDay(start + offsetMs),
      title: "Strength training (FIT)",
      ...(minutes ? { durationMin: minutes } : {}),
      sets: imported,
    };
  });
}

function inSession(set: SetMesg, session: SessionMesg): boolean {
  const t = ms(set.startTime);
  const start = ms(session.startTime);
  if (t === undefined || start === undefined) return false;
  return t >= start && t <= start + (session.totalElapsedTime ?? 0) * 1000;
}
