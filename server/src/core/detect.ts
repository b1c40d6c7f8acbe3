/**
 * Does a plain Markdown / text file look like a THÔNG BÁO? Used by the server (which
 * Markdown and plain-text documents to check) and by the CLI (which .md/.txt files of a
 * directory to check). PRODUCT.md: "a `Số: …/TB-…` line and a `THÔNG BÁO` title".
 * Pure and cheap: only the top of the file is read, since both lines belong to the header.
 */

/** How much of the file is scanned: the number and the title are near the top. */
const SCAN_CHARS = 20_000;

/** "Số: 05/TB-UBND", "Số:    /TB-UBND" (number left blank for the records office), "Số: 12/TB-SNV-VP". */
const NUMBER_LINE = /^Số\s*[:：][^/\n]*\/\s*TB\s*-/iu;

/** The tên loại (document type) line: THÔNG BÁO alone on its line, whatever the markup. */
const TITLE_LINE = /^THÔNG\s+BÁO$/u;

/** Removes Markdown heading marks, emphasis and hard-break marks around a line. */
function stripMarkup(line: string): string {
  const s = line.replace(/^\s*#{1,6}\s+/, '').replace(/\\$/, '');
  // Loops rather than /^[\s*_]+|[\s*_]+$/g, which backtracks quadratically on a long run.
  let a = 0;
  let b = s.length;
  while (a < b && isMarkupOrSpace(s[a])) a++;
  while (b > a && isMarkupOrSpace(s[b - 1])) b--;
  return s.slice(a, b);
}

function isMarkupOrSpace(ch: string): boolean {
  return ch === '*' || ch === '_' || /\s/.test(ch);
}

export function looksLikeNotice(text: string): boolean {
  // NFC so that a decomposed "Ố" in an NFD file still matches; drop a BOM.
  const head = text.slice(0, SCAN_CHARS).replace(/^\uFEFF/, '').normalize('NFC');
  let hasNumber = false;
  let hasTitle = false;
  for (const raw of head.split(/\r\n|\r|\n/)) {
    const line = stripMarkup(raw);
    if (!hasNumber && NUMBER_LINE.test(line)) hasNumber = true;
    else if (!hasTitle && TITLE_LINE.test(line)) hasTitle = true;
    if (hasNumber && hasTitle) return true;
  }
  return false;
}
