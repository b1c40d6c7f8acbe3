/**
 * Abbreviations (DOMAIN.md §7): all-capital tokens of 2–8 letters (Đ counts; "&" and "-" may
 * join letters: UBND, HĐND, KT-XH, KH&ĐT, PT-TH) in the header lines, the abstract, the body and
 * the Nơi nhận items (not "Lưu: …", which is free-form), and their definitions in the text:
 * "Chương trình mục tiêu quốc gia (MTQG)", "(sau đây gọi tắt là BCĐ)". Not abbreviations:
 * codes inside document numbers ("15/KH-UBND"), road and disease codes ("ĐH.05", "COVID-19"),
 * Roman numerals, words of all-capital lines ("ĐÁNH GIÁ CHUNG") and company names ("Công ty
 * CP tư vấn XD và TM …": a registered name, not the author's shorthand). Pure.
 */
import type { NoticeModel, Span } from '../parse/model';
import type { RuleContext } from '../rules/types';
import { stripAccents } from '../text/fold';
import { agencyZones, type AgencyZone } from './agencies';
import { LU, WORDISH, isWhite, unitClass } from '../text/scan';
import { getCitations } from './index';

export interface AbbreviationUse {
  text: string;
  span: Span;
  zone: AgencyZone;
}

export interface AbbreviationDefinition {
  abbr: string;
  /** The abbreviation inside the definition's brackets. */
  span: Span;
  /** The words it stands for, when written before the bracket. */
  expansion?: string;
}

export interface AbbreviationExtraction {
  /** Every use, in document order (a definition is a use too). */
  uses: AbbreviationUse[];
  /** First definition of each abbreviation. */
  definitions: Map<string, AbbreviationDefinition>;
}

/** A token, anchored: tried only where one can start (see tokensOf). */
const TOKEN_AT = /(?<![\p{L}\p{M}\d&/.-])\p{Lu}(?:\p{Lu}|[&-](?=\p{Lu}))+(?![\p{L}\p{M}\d&/])/uy;

/** Per UTF-16 code unit: 0 not yet known, 1 an upper-case letter (\p{Lu}), 2 not. High surrogates count as 1 (maybe). */
const UPPER = new Uint8Array(0x10000);
function maybeUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  let v = UPPER[c];
  if (v === 0) UPPER[c] = v = (c >= 0xd800 && c <= 0xdbff) || /\p{Lu}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

const isSurrogate = (c: number): boolean => (c & 0xf800) === 0xd800;

/**
 * TOKEN_AT at i on the zone text[from, to), read with the character classes (an expression per
 * token was a fifth of the extraction: profiling, 1 MB notice): the end of the match, -1 for none,
 * NaN when a surrogate is in the way (the expression decides then). The greedy reading fails its
 * look-ahead only on a letter, mark, digit, "&" or "/"; giving back then ends the match before an
 * earlier "-" that joined two capitals ("KT-XH1" → "KT"), the only giving back that can pass.
 * At i, tokensOf found a capital (maybeUpper: the same \p{Lu} test as the class table's).
 */
function tokenEnd(text: string, i: number, from: number, to: number): number {
  if (i > from) {
    const p = text.charCodeAt(i - 1);
    if (isSurrogate(p)) return NaN;
    if (p === 38 || p === 47 || p === 46 || p === 45 || unitClass(p) & WORDISH) return -1;
  }
  if (isSurrogate(text.charCodeAt(i))) return NaN;
  let j = i + 1;
  let joins = 0;
  let beforeDash = -1;
  while (j < to) {
    const x = text.charCodeAt(j);
    if (isSurrogate(x)) return NaN;
    if (unitClass(x) & LU) { j++; joins++; continue; }
    if ((x !== 38 && x !== 45) || j + 1 >= to) break;
    const y = text.charCodeAt(j + 1);
    if (isSurrogate(y)) return NaN;
    if (!(unitClass(y) & LU)) break;
    if (x === 45 && joins > 0) beforeDash = j;
    j++;
    joins++;
  }
  if (!joins) return -1;
  if (j >= to) return j;
  // text[j] is the unit the loop checked last: not a surrogate.
  const a = text.charCodeAt(j);
  return a === 38 || a === 47 || unitClass(a) & WORDISH ? beforeDash : j;
}

/**
 * The matches of TOKEN_AT in the zone `text[from, to)`, in order, as matchAll of its global form
 * on the zone's text would give them (indexes relative to `from`): that scan (over /u with Unicode
 * classes at every position) ran over the whole body and was most of the extraction's time
 * (profiling, 1 MB notice). A token starts with an upper-case letter followed by another or by
 * "&"/"-": only such positions are tried, with the anchored expression on the zone's text. When
 * the code unit at i + 1 can be neither (nor the trail of a pair starting at i), no token starts
 * at i or i + 1: the scan then moves two units at once. It reads `text` itself, as the zone's
 * slice costs more per character, and nothing at or after `to`.
 */
function tokensOf(text: string, from: number, to: number): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  const zone = text.slice(from, to);
  let i = from;
  while (i < to - 1) {
    const e = text.charCodeAt(i + 1);
    // Most of running text first: small ASCII letters and spaces.
    if ((e >= 97 && e <= 122) || e === 32 || !(e === 38 || e === 45 || maybeUpper(e) || (e & 0xfc00) === 0xdc00)) { i += 2; continue; }
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (e & 0xfc00) === 0xdc00;
    const step = pair ? 2 : 1;
    if (!maybeUpper(c)) { i += step; continue; }
    const d = i + step < to ? text.charCodeAt(i + step) : NaN;
    if (!(d === 38 || d === 45 || maybeUpper(d))) { i += step; continue; }
    let end = tokenEnd(text, i, from, to);
    if (Number.isNaN(end)) {
      TOKEN_AT.lastIndex = i - from;
      // test, not exec: the match ends at lastIndex (no match array per token).
      end = TOKEN_AT.test(zone) ? from + TOKEN_AT.lastIndex : -1;
    }
    if (end >= 0) {
      out.push({ text: text.slice(i, end), index: i - from });
      i = end;
    } else i += step;
  }
  return out;
}
const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
/** One Vietnamese syllable (accents stripped): a word of an all-capital heading, not an abbreviation. */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;

export function isRoman(s: string): boolean {
  return s.length > 0 && ROMAN.test(s);
}

function letters(s: string): string {
  return s.replace(/[&-]/g, '');
}

/**
 * `(?<![\p{L}\p{M}])(?:Công ty|công ty|CÔNG TY|Tổng công ty|Tập đoàn)[^,;.()\n]*` without the
 * look-behind, which ran at every position of the text (profiling, 1 MB notice): it is tested on
 * the few candidates. No two alternatives match at one position, so a candidate that fails it is
 * retried one code unit further, as the look-behind would.
 */
const COMPANY = /(?:Công ty|công ty|CÔNG TY|Tổng công ty|Tập đoàn)[^,;.()\n]*/gu;
/** The code point before the end of a 2-unit slice (a pair, or the last unit alone) is a letter or mark. */
const LETTER_BEFORE = /[\p{L}\p{M}]$/u;

/** Companies' registered names: "Công ty CP …" up to the next punctuation. */
function companySpans(text: string): Span[] {
  const out: Span[] = [];
  COMPANY.lastIndex = 0;
  for (let m = COMPANY.exec(text); m; m = COMPANY.exec(text)) {
    if (LETTER_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) {
      COMPANY.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Whether a token can be an abbreviation by its text alone: 2–8 letters, no Roman numeral, no
 * syllable of a heading in capitals. Memoised per distinct token of one extraction: stripAccents
 * (NFD and four replacements) per token was a fifth of the extraction (profiling, 1 MB notice).
 */
function tokenCanBeAbbreviation(tok: string): boolean {
  const n = letters(tok).length;
  if (n < 2 || n > 8) return false;
  if (isRoman(tok)) return false;
  return /[&-]/.test(tok) || !SYLLABLE.test(stripAccents(tok));
}

/**
 * `^[-.]\d` at `at` ("ĐH.05", "COVID-19"), without a slice and a regex per token. (A token never
 * ends right before a digit: TOKEN_AT's look-ahead, and a zone ends at a line's or a cell's end.)
 */
function digitFollows(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 45 && c !== 46) return false;
  const d = text.charCodeAt(at + 1);
  return d >= 48 && d <= 57;
}

/** `^\s*(?:["”]\s*)?\)` on the 3 characters at `at`, by char codes (run for every use). */
function closingBracketAt(text: string, at: number): boolean {
  const lim = Math.min(text.length, at + 3);
  let i = at;
  while (i < lim && isWhite(text.charCodeAt(i))) i++;
  const q = text.charCodeAt(i);
  if (i < lim && (q === 34 || q === 0x201d)) {
    i++;
    while (i < lim && isWhite(text.charCodeAt(i))) i++;
  }
  return i < lim && text.charCodeAt(i) === 41;
}

/**
 * `/\p{Ll}/u` on text[from, to): an ASCII small letter, found by a loop, settles it for running
 * text without a slice and a regex per line; lines without one (headings) get the expression.
 */
function hasLower(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return /\p{Ll}/u.test(text.slice(from, to));
}

/** Do the initials of the words before `at` contain the abbreviation's letters, in order? */
function initialsFit(text: string, at: number, abbr: string): string | undefined {
  const before = text.slice(Math.max(0, at - 160), at);
  const ws = [...before.matchAll(/[\p{L}\p{M}]+/gu)].slice(-12);
  const want = stripAccents(letters(abbr)).split('');
  // Longest suffix of the words whose initials match the abbreviation as a subsequence,
  // starting with its first letter ("Chương trình mục tiêu quốc gia (MTQG)": from "mục").
  for (let i = ws.length - 1; i >= 0; i--) {
    const ini = ws.slice(i).map((w) => stripAccents(w[0])[0]);
    if (ini[0] !== want[0]) continue;
    let j = 0;
    for (const c of ini) if (c === want[j]) j++;
    if (j === want.length && ini.length <= want.length * 2 + 2) {
      return before.slice(ws[i].index!).trim();
    }
  }
  return undefined;
}

/**
 * Overlap test against a fixed set of spans in O(log n): spans sorted by start with the running
 * maximum of their ends (excluded.some() per token was tokens × citations: ~11 M tests on the
 * 1 MB notice, most of the extraction's time).
 */
function overlapIndex(spans: Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  let mx = -Infinity;
  for (const s of sorted) maxEnd.push((mx = Math.max(mx, s.end)));
  return (start, end) => {
    // Last span starting before `end`; some span among the first ones overlaps iff their max end > start.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > start;
  };
}

export function extractAbbreviations(model: NoticeModel, skip: Span[] = []): AbbreviationExtraction {
  const text = model.text;
  const uses: AbbreviationUse[] = [];
  const definitions = new Map<string, AbbreviationDefinition>();
  const companies = companySpans(text);
  const excluded = [...skip, ...companies];
  if (model.number) excluded.push(model.number.span);
  const isExcluded = overlapIndex(excluded);
  // Whether a line (by its start offset) has a lower-case letter: once per line, not per token.
  const lineHasLower = new Map<number, boolean>();
  // The line of the last token, [lineStart, lineEnd): the next token is most often on it (no lastIndexOf then).
  let lineStart = -1;
  let lineEnd = -1;
  let lineLower = false;
  const canBe = new Map<string, boolean>();
  for (const { span: zs, zone } of agencyZones(model)) {
    for (const m of tokensOf(text, zs.start, zs.end)) {
      const tok = m.text;
      const start = zs.start + m.index;
      const end = start + tok.length;
      let ok = canBe.get(tok);
      if (ok === undefined) canBe.set(tok, (ok = tokenCanBeAbbreviation(tok)));
      if (!ok) continue;
      if (isExcluded(start, end)) continue;
      if (digitFollows(text, end)) continue; // "ĐH.05", "COVID-19"
      // A line without any lower-case letter is a heading in capitals, not running text.
      if (start < lineStart || start >= lineEnd) {
        lineStart = text.lastIndexOf('\n', start) + 1;
        const le = text.indexOf('\n', end);
        lineEnd = le < 0 ? text.length : le;
        let lower = lineHasLower.get(lineStart);
        if (lower === undefined) lineHasLower.set(lineStart, (lower = hasLower(text, lineStart, lineEnd)));
        lineLower = lower;
      }
      if (!lineLower) continue;
      uses.push({ text: tok, span: { start, end }, zone });
      if (definitions.has(tok)) continue;
      // Definitions: "(sau đây gọi tắt là X)", "(viết tắt là X)", or "<words> (X)".
      if (!closingBracketAt(text, end)) continue;
      const open = text.slice(Math.max(0, start - 40), start);
      const told = /(?:gọi|viết)\s+tắt(?:\s+là)?\s*["“]?$/iu.test(open.trimEnd());
      const bracket = /\(\s*$/u.exec(open);
      if (told) definitions.set(tok, { abbr: tok, span: { start, end } });
      else if (bracket) {
        const expansion = initialsFit(text, start - bracket[0].length, tok);
        if (expansion) definitions.set(tok, { abbr: tok, span: { start, end }, expansion });
      }
    }
  }
  return { uses, definitions };
}

/** Cached per lint run (shared by agency/unknown-abbreviation and abbreviation/undefined). */
export function getAbbreviations(ctx: Pick<RuleContext, 'model' | 'cache'>): AbbreviationExtraction {
  const key = 'extract/abbreviations';
  let v = ctx.cache.get(key) as AbbreviationExtraction | undefined;
  if (!v) {
    const cites = getCitations(ctx).map((c) => c.number.span);
    ctx.cache.set(key, (v = extractAbbreviations(ctx.model, cites)));
  }
  return v;
}
