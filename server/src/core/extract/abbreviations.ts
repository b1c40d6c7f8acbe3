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

/**
 * The matches of TOKEN_AT in `s`, in order, as matchAll of its global form would give them: that
 * scan (over /u with Unicode classes at every position) ran over the whole body and was most of the extraction's
 * time (profiling, 1 MB notice). A token starts with an upper-case letter followed by another
 * or by "&"/"-": only such positions are tried, with the anchored expression.
 */
function tokensOf(s: string): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  const n = s.length;
  let i = 0;
  while (i < n - 1) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const step = pair ? 2 : 1;
    if (!maybeUpper(c)) { i += step; continue; }
    const d = s.charCodeAt(i + step);
    if (!(d === 38 || d === 45 || maybeUpper(d))) { i += step; continue; }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(s);
    if (m) {
      out.push({ text: m[0], index: i });
      i += m[0].length;
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

/** Companies' registered names: "Công ty CP …" up to the next punctuation. */
function companySpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])(?:Công ty|công ty|CÔNG TY|Tổng công ty|Tập đoàn)[^,;.()\n]*/gu)) {
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
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
      return before.slice(ws[i].index ?? 0).trim();
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
  for (const { span: zs, zone } of agencyZones(model)) {
    const zt = text.slice(zs.start, zs.end);
    for (const m of tokensOf(zt)) {
      const tok = m.text;
      const start = zs.start + m.index;
      const end = start + tok.length;
      const n = letters(tok).length;
      if (n < 2 || n > 8) continue;
      if (isExcluded(start, end)) continue;
      if (/^[-.]?\d/.test(text.slice(end, end + 2))) continue; // "ĐH.05", "COVID-19"
      if (isRoman(tok)) continue;
      if (!/[&-]/.test(tok) && SYLLABLE.test(stripAccents(tok))) continue;
      // A line without any lower-case letter is a heading in capitals, not running text.
      const ls = text.lastIndexOf('\n', start) + 1;
      let lower = lineHasLower.get(ls);
      if (lower === undefined) {
        const le = text.indexOf('\n', end);
        lineHasLower.set(ls, (lower = /\p{Ll}/u.test(text.slice(ls, le < 0 ? text.length : le))));
      }
      if (!lower) continue;
      uses.push({ text: tok, span: { start, end }, zone });
      if (definitions.has(tok)) continue;
      // Definitions: "(sau đây gọi tắt là X)", "(viết tắt là X)", or "<words> (X)".
      const open = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 3);
      if (!/^\s*(?:["”]\s*)?\)/u.test(after)) continue;
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
