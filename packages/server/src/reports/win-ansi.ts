/**
 * pdfkit's built-in fonts (Helvetica) encode text as WinAnsi (Windows-1252): a character outside it
 * prints as a wrong glyph. The report keeps to those fonts (no font file to ship or find on the
 * host), so text is made WinAnsi-safe first: accented Latin letters outside Latin-1 lose their
 * accent (Ł → L, ő → o), anything else (Cyrillic, CJK, emoji) becomes "?". A report for clients
 * writing in other scripts needs an embedded TTF instead.
 */

/** The Windows-1252 characters above 0x7F that are not Latin-1 (0x80-0x9F block). */
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
/** Letters NFD does not decompose into a base letter plus accent. */
const FOLD: Record<string, string> = { Ł: "L", ł: "l", Đ: "D", đ: "d", Ø: "O", ø: "o", ı: "i", Ħ: "H", ħ: "h" };

function winAnsiChar(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.has(ch);
}

export function winAnsi(text: string): string {
  let out = "";
  for (const ch of text.replace(/\r\n?/g, "\n").replace(/\t/g, " ")) {
    if (winAnsiChar(ch)) out += ch;
    else if (FOLD[ch]) out += FOLD[ch];
    else {
      const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += base.length > 0 && [...base].every(winAnsiChar) ? base : "?";
    }
  }
  return out;
}
