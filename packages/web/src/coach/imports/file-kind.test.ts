import { describe, expect, it } from "vitest";
import { fileKind, MAX_HISTORY_BYTES } from "./file-kind.ts";

const bytes = (s: string) => new TextEncoder().encode(s);
const FIT_HEAD = new Uint8Array([14, 16, 0, 0, 0, 0, 0, 0, 0x2e, 0x46, 0x49, 0x54]);

describe("fileKind", () => {
  it("sends CSV exports, FIT activities and Apple Health XML to their importers", () => {
    expect(fileKind("hevy_workouts.csv", 970_668, bytes('"title","start'))).toMatchObject({ kind: "csv" });
    expect(fileKind("activity.bin", 52_532, FIT_HEAD)).toMatchObject({ kind: "fit" });
    // Apple Health exports run to GBs: no size limit, they stream.
    expect(fileKind("export.xml", 3 * MAX_HISTORY_BYTES, bytes("<?xml version"))).toMatchObject({
      kind: "apple-health",
      contentType: "application/xml",
    });
  });

  it("refuses a zip, an oversized CSV, an empty or unknown file with what to do", () => {
    expect(fileKind("export.zip", 10, bytes("PK\u0003\u0004"))).toMatchObject({
      kind: "refused",
      message: expect.stringMatching(/export\.xml inside/),
    });
    expect(fileKind("big.csv", MAX_HISTORY_BYTES + 1, bytes("Date,"))).toMatchObject({
      kind: "refused",
      message: expect.stringMatching(/up to 20 MB/),
    });
    expect(fileKind("empty.csv", 0, bytes(""))).toMatchObject({ kind: "refused" });
    expect(fileKind("photo.jpg", 100, bytes("\u00ff\u00d8"))).toMatchObject({
      kind: "refused",
      message: expect.stringMatching(/not a file Spotter imports/),
    });
  });
});
