import { describe, expect, it } from "vitest";
import { numberColumn } from "../../src/monitoring/columns.ts";

describe("numberColumn", () => {
  it("reads what Number() reads, null for empty fields", () => {
    const fields = [
      "7.25",
      "",
      "4.35",
      "0.1",
      "-0.5",
      "1e-05",
      "3.1415927",
      "12",
      "0",
      "-3",
      "65.4",
      "123456789.5",
      "",
    ];
    expect(numberColumn(fields.join(","))).toEqual(fields.map((f) => (f === "" ? null : Number(f))));
    expect(numberColumn(null)).toEqual([]);
    expect(numberColumn("")).toEqual([null]);
  });

  it("gives the same double as Number() for every float4-style decimal of up to 9 digits", () => {
    // Deterministic sweep: mantissas and decimal places a `real` column prints.
    const fields: string[] = [];
    for (let m = 1; m < 2_000_000_000; m = m * 3 + 7)
      for (let k = 0; k <= 9; k++) {
        const t = String(m).padStart(k + 1, "0");
        fields.push(k ? `${t.slice(0, t.length - k)}.${t.slice(t.length - k)}` : t);
      }
    const got = numberColumn(fields.join(","));
    fields.forEach((f, i) => {
      expect(Object.is(got[i], Number(f))).toBe(true);
    });
  });
});
