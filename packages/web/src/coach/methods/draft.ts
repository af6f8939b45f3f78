import { type FieldError, methodSchema } from "@spotter/contracts";
import type { Method, MethodDay, MethodSlot } from "@spotter/engine";

/**
 * The editor's model is the method JSON itself (the import/export format), edited as a whole and
 * validated by the contracts' methodSchema: the same check the server runs before the catalog check.
 */

/** `org:` + kebab-case from a name ("Upper/Lower 4×" → "org:upper-lower-4"); built-in ids are reserved. */
export function orgIdFrom(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100);
  return `org:${slug || "method"}`;
}

export const blankSlot = (): MethodSlot => ({
  pattern: "squat",
  role: "main",
  prescription: { accumulation: { sets: 3, reps: 5, rpe: 7, restSeconds: 180 } },
});

export const blankDay = (n: number): MethodDay => ({ label: `Day ${n}`, slots: [blankSlot()] });

/** A method from scratch: one day, one slot, the engine's usual deload (half the sets, 90% load). */
export function blankMethod(): Method {
  return {
    version: 1,
    id: "org:new-method",
    name: "",
    summary: "",
    basis: "",
    goals: ["strength"],
    levels: ["beginner"],
    days: [blankDay(1)],
    deload: { setsScale: 0.5, loadScale: 0.9, rpeShift: -1 },
  };
}

/**
 * A copy the organization owns: "Copy of …" with a fresh org: id; a second copy becomes "… (2)"
 * with id "…-2", so duplicating twice neither conflicts (409) nor lists two rows of one name.
 */
export function duplicateOf(method: Method, takenIds: Iterable<string> = []): Method {
  const taken = new Set(takenIds);
  const name = `Copy of ${method.name}`.slice(0, 110);
  const id = orgIdFrom(name);
  let n = 1;
  while (taken.has(n === 1 ? id : `${id}-${n}`)) n++;
  return n === 1
    ? { ...structuredClone(method), name, id }
    : { ...structuredClone(method), name: `${name} (${n})`, id: `${id}-${n}` };
}

/** Zod issue paths as the dotted names fields use (`days.0.slots.1.prescription.accumulation.reps`). */
export function validateDraft(method: Method): FieldError[] {
  const r = methodSchema.safeParse(method);
  if (r.success) return [];
  return r.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/** Reads an uploaded file's text as a method; problems come back as field errors, never a throw. */
export function parseImport(text: string): { method?: Method; errors: FieldError[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { errors: [{ path: "", message: "The file is not JSON." }] };
  }
  const r = methodSchema.safeParse(json);
  if (!r.success)
    return { errors: r.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) };
  const method = r.data;
  // An exported built-in keeps its reserved id: import it as the organization's own copy.
  return { method: method.id.startsWith("org:") ? method : { ...method, id: `org:${method.id}` }, errors: [] };
}

/** Saves the method as `<id>.method.json` in the browser (the format POST /api/methods imports). */
export function downloadJson(method: Method): void {
  const blob = new Blob([`${JSON.stringify(method, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = `${method.id.replace(/[^a-z0-9-]/g, "-")}.method.json`;
  a.click();
  URL.revokeObjectURL(url);
}

/** The one pending import, handed from the list page to the new-method editor it opens. */
let pendingImport: Method | undefined;
export function handOver(method: Method): void {
  pendingImport = method;
}
export function takeHandedOver(): Method | undefined {
  const m = pendingImport;
  pendingImport = undefined;
  return m;
}
