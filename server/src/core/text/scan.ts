/**
 * Small linear-time string helpers. They replace regular expressions such as `\s*-\s*` or
 * `\S+$`, which backtrack quadratically on long runs of white space or letters (a 5 MB
 * single-line paste): the ReDoS test (test/unit/redos.test.ts) rejects those shapes.
 */

/** True for the characters JavaScript's `\s` matches. */
export function isWhite(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Removes the white space around each occurrence of any of `seps`, and maps them to `to`. */
export function tightenAround(s: string, seps: string, to: string): string {
  const parts: string[] = [];
  let pieceStart = 0;
  for (let i = 0; i < s.length; i++) {
    if (!seps.includes(s[i])) continue;
    let e = i;
    while (e > pieceStart && isWhite(s.charCodeAt(e - 1))) e--;
    parts.push(s.slice(pieceStart, e), to);
    let n = i + 1;
    while (n < s.length && isWhite(s.charCodeAt(n))) n++;
    pieceStart = n;
    i = n - 1;
  }
  parts.push(s.slice(pieceStart));
  return parts.join('');
}

/** Removes trailing characters that satisfy `drop`. */
export function trimEndWhere(s: string, drop: (ch: string) => boolean): string {
  let e = s.length;
  while (e > 0 && drop(s[e - 1])) e--;
  return s.slice(0, e);
}

/** Start index of the last run of non-white characters (s.length when s ends in white space or is empty). */
export function lastWordStart(s: string): number {
  let i = s.length;
  while (i > 0 && !isWhite(s.charCodeAt(i - 1))) i--;
  return i;
}

/** The word (letters and marks) that ends just before trailing spaces/tabs/NBSP, if any. */
export function lastWordBeforeBlanks(s: string): string | undefined {
  let e = s.length;
  while (e > 0 && (s[e - 1] === ' ' || s[e - 1] === '\t' || s[e - 1] === '\u00a0')) e--;
  if (e === s.length) return undefined;
  let b = e;
  while (b > 0 && /[\p{L}\p{M}]/u.test(s[b - 1])) b--;
  return b < e ? s.slice(b, e) : undefined;
}

/**
 * "… TỈNH LẠNG SƠN" → { word: 'TỈNH', rest: 'LẠNG SƠN' }: the leftmost unit word (from
 * `words`, multi-word allowed) followed by at least one word, whose rest satisfies `accept`.
 */
export function splitAtUnitWord(
  text: string,
  words: readonly string[],
  accept: (rest: string) => boolean = () => true,
): { word: string; rest: string } | undefined {
  const tokens = text.split(' ').filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    for (const w of words) {
      const wt = w.split(' ');
      if (i + wt.length >= tokens.length) continue;
      if (!wt.every((x, k) => tokens[i + k] === x)) continue;
      const rest = tokens.slice(i + wt.length).join(' ');
      if (accept(rest)) return { word: w, rest };
    }
  }
  return undefined;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** True for a code point of \p{L} or \p{M} (ASCII answered without the expression). */
function isLetterOrMark(cp: number): boolean {
  if (cp < 128) return (cp | 32) >= 97 && (cp | 32) <= 122;
  return LETTER_OR_MARK.test(String.fromCodePoint(cp));
}

/** True when the code point that starts at `i` is a letter or a mark: `(?=[\p{L}\p{M}])` with the `u` flag. */
export function letterOrMarkAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isLetterOrMark(s.codePointAt(i)!);
}

/** True when the code point that ends just before `i` is a letter or a mark: `(?<=[\p{L}\p{M}])` with the `u` flag. */
export function letterOrMarkBefore(s: string, i: number): boolean {
  if (i <= 0 || i > s.length) return false;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isLetterOrMark(s.codePointAt(i - 2)!);
  }
  return isLetterOrMark(c);
}

/**
 * Unicode classes of the code point at a position, from a table per BMP code unit filled on first
 * sight: unit names, type-word boundaries and abbreviation tokens (extract/units.ts,
 * extract/abbreviations.ts) test them instead of running \p{..} expressions per
 * syllable and per position (profiling, 1 MB notice). A surrogate pair is one code point, as with /u.
 */
export const LU = 1, LL = 2, MARK = 4, LETTER = 8, DIGIT = 16;
const KNOWN = 128;
/** What `[\p{L}\p{M}\d]` matches (with /u; /iu matches the same code points). */
export const WORDISH = LETTER | MARK | DIGIT;
const CLASS = new Uint8Array(0x10000);
function classOfCp(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (/\p{Lu}/u.test(ch) ? LU : 0) | (/\p{Ll}/u.test(ch) ? LL : 0) | (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\p{L}/u.test(ch) ? LETTER : 0) | (cp >= 48 && cp <= 57 ? DIGIT : 0);
}
export const isLead = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
export const isTrail = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** Classes of a BMP code unit (a surrogate alone has none). */
export function unitClass(c: number): number {
  let v = CLASS[c];
  if (v === 0) CLASS[c] = v = classOfCp(c) | KNOWN;
  return v;
}
/** Classes of the code point starting at i (0 past the end). */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (isLead(c) && isTrail(text.charCodeAt(i + 1))) return classOfCp(text.codePointAt(i)!);
  return unitClass(c);
}
