/**
 * Spotter's PDF documents: A4 pages in Spotter's fonts. pdfkit's built-in Helvetica encodes text
 * as WinAnsi (Windows-1252), so a client called Łukasz, Юлия or Ελένη printed with a letter dropped
 * or as "?". The reports embed DejaVu Sans instead (pdfkit subsets it: only the glyphs used are
 * stored), which covers Latin, Greek and Cyrillic scripts. A character it has no glyph for (CJK,
 * emoji) prints as "?" rather than vanishing without a trace.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";

/** Names the PDFs use with `doc.font(...)`; registered on each document by `useSpotterFonts`. */
export const FONT = { regular: "Spotter", bold: "Spotter-Bold", oblique: "Spotter-Oblique" } as const;

type FontFiles = Record<keyof typeof FONT, Buffer>;

const require = createRequire(import.meta.url);
const read = (file: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));

// Read once per process: every report reuses the same buffers.
let files: FontFiles | undefined;
function fontFiles(): FontFiles {
  files ??= {
    regular: read("DejaVuSans.ttf"),
    bold: read("DejaVuSans-Bold.ttf"),
    oblique: read("DejaVuSans-Oblique.ttf"),
  };
  return files;
}

/** Registers the three faces on a new document and selects the regular one. */
export function useSpotterFonts(doc: PDFKit.PDFDocument): void {
  const f = fontFiles();
  doc.registerFont(FONT.regular, f.regular);
  doc.registerFont(FONT.bold, f.bold);
  doc.registerFont(FONT.oblique, f.oblique);
  doc.font(FONT.regular);
}

let coverage: fontkit.Font | undefined;

/** The text with line endings normalised, tabs as spaces, and characters the font lacks as "?". */
export function printable(text: string): string {
  coverage ??= fontkit.create(fontFiles().regular) as fontkit.Font;
  const font = coverage;
  let out = "";
  for (const ch of text.replace(/\r\n?/g, "\n").replace(/\t/g, " ")) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp === 0x0a || font.hasGlyphForCodePoint(cp) ? ch : "?";
  }
  return out;
}

/**
 * A new A4 document in Spotter's fonts, with pages kept for footers (`bufferPages`), and the PDF's
 * bytes once `doc.end()` is called.
 */
export function openPdf(title: string, margin: number): { doc: PDFKit.PDFDocument; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: "A4",
    margin,
    bufferPages: true,
    info: { Title: title, Producer: "Spotter", Creator: "Spotter" },
  });
  useSpotterFonts(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return { doc, bytes };
}
