import { BUILTIN_METHODS } from "@spotter/engine";
import { describe, expect, it } from "vitest";
import { blankMethod, duplicateOf, orgIdFrom, parseImport, validateDraft } from "./draft.ts";

describe("method editor drafts", () => {
  it("derives org: ids from names", () => {
    expect(orgIdFrom("Upper/Lower 4× Strength")).toBe("org:upper-lower-4-strength");
    expect(orgIdFrom("  ")).toBe("org:method");
  });

  it("duplicates into a free id and a distinct name", () => {
    const src = BUILTIN_METHODS[0];
    if (!src) throw new Error("no built-in method");
    const first = duplicateOf(src);
    expect(first.name).toBe(`Copy of ${src.name}`);
    expect(first.id.startsWith("org:copy-of-")).toBe(true);
    const second = duplicateOf(src, [first.id]);
    expect(second.id).toBe(`${first.id}-2`);
    expect(second.name).toBe(`Copy of ${src.name} (2)`);
    expect(validateDraft(first)).toEqual([]);
    // The copy is deep: editing it leaves the built-in alone.
    first.days[0]?.slots.pop();
    expect(first.days[0]?.slots.length).not.toBe(src.days[0]?.slots.length);
  });

  it("names the field of each problem as the form's inputs do", () => {
    const m = blankMethod();
    const slot = m.days[0]?.slots[0];
    if (!slot?.prescription?.accumulation) throw new Error("blank slot has no dose");
    slot.prescription.accumulation.reps = [8, 5];
    const errors = validateDraft({ ...m, name: "x", summary: "y", basis: "z" });
    expect(errors).toEqual([
      { path: "days.0.slots.0.prescription.accumulation.reps", message: "range is inverted: 8 > 5" },
    ]);
    expect(validateDraft(m).map((e) => e.path)).toEqual(expect.arrayContaining(["name", "summary", "basis"]));
  });

  it("imports a built-in's export as the organization's own id, and refuses what is not a method", () => {
    const src = BUILTIN_METHODS[0];
    if (!src) throw new Error("no built-in method");
    expect(parseImport(JSON.stringify(src)).method?.id).toBe(`org:${src.id}`);
    expect(parseImport("{").errors).toEqual([{ path: "", message: "The file is not JSON." }]);
    expect(parseImport(JSON.stringify({ ...src, days: [] })).errors.map((e) => e.path)).toContain("days");
  });
});
