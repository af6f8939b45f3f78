/**
 * Names in other scripts print as typed: the PDFs embed DejaVu Sans, so Polish, Cyrillic and Greek
 * letters survive the round trip through a second PDF reader (pdf.js); a character the font has no
 * glyph for prints as "?" instead of vanishing.
 */
import { describe, expect, it } from "vitest";
import { printable } from "../../src/reports/pdf-document.ts";
import { renderWeekPlanPdf } from "../../src/reports/week-plan-pdf.ts";
import { pdfText } from "./pdf-text.ts";

const NAME = "Łukasz Żółć, Юлия Смирнова, Ελένη";

describe("PDF fonts", () => {
  it("prints Latin, Cyrillic and Greek names as typed", async () => {
    const pdf = await renderWeekPlanPdf(
      {
        clientName: NAME,
        weekStart: "2026-03-02",
        blockLabel: "build, week 2",
        methodName: "Siła 4×",
        days: [{ date: "2026-03-02", weekday: "Monday", plannedLabel: "Día A", sessions: [] }],
      },
      { unit: "kg", layout: "compact", generatedOn: "2026-03-01" },
    );
    const text = await pdfText(pdf);
    expect(text).toContain(NAME);
    expect(text).toContain("Siła 4×");
    expect(text).toContain("Día A");
  });

  it("marks characters the font lacks with ? and keeps the rest", () => {
    expect(printable("Mei 漢字 ok")).toBe("Mei ?? ok");
    expect(printable("a\tb\r\nc")).toBe("a b\nc");
  });
});
