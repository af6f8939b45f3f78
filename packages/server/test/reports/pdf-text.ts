/**
 * The text of an uncompressed pdfkit PDF, without a PDF library: pdfkit writes each line as one
 * `[<hex> kern <hex> ...] TJ` in WinAnsi for its built-in fonts. The hex strings of one TJ are
 * joined (the numbers between them are kerning), and each TJ becomes a line.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  if (/\/Filter\s*\/FlateDecode/.test(source))
    throw new Error("the PDF's streams are compressed (pdfCompress: false?)");
  const decoder = new TextDecoder("windows-1252");
  const lines: string[] = [];
  for (const m of source.matchAll(/\[((?:\s*(?:<[0-9a-fA-F]*>|-?[\d.]+))*)\s*\]\s*TJ/g)) {
    const hex = [...(m[1] ?? "").matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1] ?? "").join("");
    lines.push(decoder.decode(Buffer.from(hex, "hex")));
  }
  return lines.join("\n");
}
