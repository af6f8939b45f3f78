/**
 * The text of a PDF, read by Mozilla's pdf.js (a second implementation, not the one that wrote it):
 * one line per text run, pages in order. Glyphs of the embedded font map back to Unicode through
 * the font's ToUnicode table, so this also checks that names in other scripts survive.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ("str" in item && item.str !== "") lines.push(item.str);
  }
  await doc.destroy();
  return lines.join("\n");
}
