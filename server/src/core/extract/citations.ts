/**
 * Citations of other documents: [type word] "số" <number> [ngày <date>] [của <issuer>]
 * ("Kế hoạch số 15/KH-UBND ngày 18/01/2024 của UBND tỉnh", "văn bản số 139/BCĐ-NTM",
 * "số 18/KH-UBND"). The number is classified by the families of DOMAIN.md §3:
 *   administrative N/TYPE-ISSUER[-UNIT]   15/KH-UBND            [P]
 *   công văn       N/ISSUER-UNIT          537/UBND-KT           [P]
 *   legal (QH)     N/YYYY/QH<term>        111/2024/QH15         [S]
 *   legal          N/YYYY/TYPE-ISSUER     30/2020/NĐ-CP         [S]
 *   party          N-TYPE/ISSUER          1556-QĐ/TU            [S]
 * Pure: text in, entities out.
 */
import type { Span } from '../parse/model';
import { allTypeCodes, docTypeByCode, docTypeByWord, OUTDATED_TYPE_CODES } from '../domain/docTypes';
import { foldName } from '../text/fold';
import * as scan from '../text/scan';
import { dateAt, type DateEntity } from './dates';

export type CitationFamily = 'administrative' | 'congvan' | 'legal' | 'legal-qh' | 'party' | 'unknown';

export interface CodePart {
  text: string;
  span: Span;
}

export interface Citation {
  span: Span;
  /** The type word as written ("Kế hoạch"), when present. */
  typeWord?: CodePart;
  /** The code the type word stands for ("KH"); '' for công văn / văn bản (no code). */
  typeWordCode?: string;
  /** The number as written (may contain stray spaces). */
  number: CodePart;
  /** The number with spaces around separators removed, en dashes made hyphens. */
  normalized: string;
  family: CitationFamily;
  /** What breaks the family's grammar (empty when well-formed). */
  problems: CitationProblem[];
  serial?: CodePart;
  year?: CodePart;
  typeCode?: CodePart;
  issuerCode?: CodePart;
  unitCodes: CodePart[];
  /** "ngày <date>" after the number. */
  date?: DateEntity;
  /** "của <issuer>" after the number or the date. */
  issuer?: CodePart;
  /** Canonical key of the issuer ("ubnd tỉnh" for "Ủy ban nhân dân tỉnh"), when recognised. */
  issuerKey?: string;
}

export type CitationProblem = 'spaces' | 'dash' | 'lowercase' | 'year-digits' | 'missing-part' | 'letters-in-number';

/** Type words that may head a citation, with the code they imply ('' = no code; undefined = any). */
const EXTRA_WORDS: Record<string, string | undefined> = {
  'nghị định': 'NĐ',
  'thông tư': 'TT',
  'thông tư liên tịch': 'TTLT',
  'nghị quyết liên tịch': 'NQLT',
  'pháp lệnh': 'PL',
  'kết luận': 'KL',
  luật: '',
  'văn bản': undefined,
  'công văn': '',
};

const TYPE_WORDS = [
  'Nghị quyết liên tịch', 'Thông tư liên tịch', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Quy chế', 'Quy định', 'Thông cáo',
  'Thông báo', 'Hướng dẫn', 'Chương trình', 'Kế hoạch', 'Phương án', 'Đề án', 'Dự án', 'Báo cáo', 'Biên bản', 'Tờ trình',
  'Hợp đồng', 'Công điện', 'Giấy mời', 'Công văn', 'Văn bản', 'Thông tư', 'Nghị định', 'Pháp lệnh', 'Luật', 'Kết luận',
];

const L = '\\p{L}\\p{M}';
const SEG = `[${L}\\d]+`;
/** A number: digits, then segments joined by "/", "-" or "–" (spaces tolerated around "/" only, to report them). */
const NUMBER = `\\d[${L}\\d]*(?:\\s?/\\s?${SEG}|[-–]${SEG}|\\.(?=[\\p{Lu}\\d])${SEG})*`;
/** Case-insensitive letters without the /i flag (which would make \\p{Lu} match lower case too). */
function ci(word: string): string {
  return [...word].map((ch) => (ch === ' ' ? '\\s+' : ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch)).join('');
}
/**
 * "số <number>" alone: the type word before it is matched backwards at each hit (typeWordBefore)
 * instead of as an optional prefix group, which made the engine try 28 alternatives at every
 * position of the document (profiling, 1 MB notice: the largest cost of the extraction).
 * Together they find what `(?:(?<![L])(TYPE_ALT)\s+)?(?<![L])số\s+(NUMBER)` found, leftmost first.
 */
const SO_NUMBER = new RegExp(`(?<![${L}])${ci('số')}\\s+(${NUMBER})`, 'gu');

/**
 * Each type word as words of [lower, upper] character codes, last word first, for matching
 * backwards by code (text[i] made a string per character).
 */
type WordBack = Array<Array<[number, number]>>;
/** The code of a one-unit string; -1 (matches nothing) for a case mapping longer than one unit. */
const unitCode = (s: string) => (s.length === 1 ? s.charCodeAt(0) : -1);
/**
 * The type words by their last letter (either case): only those can end where the white space
 * before "số" begins (profiling, 1 MB notice: trying all 28 at each "số").
 */
const TYPE_WORDS_BY_LAST = new Map<number, WordBack[]>();
for (const w of TYPE_WORDS) {
  const back: WordBack = w.split(' ').reverse().map((t) => [...t].map((ch): [number, number] => [unitCode(ch.toLowerCase()), unitCode(ch.toUpperCase())]));
  const last = back[0][back[0].length - 1];
  for (const ch of new Set(last)) {
    const list = TYPE_WORDS_BY_LAST.get(ch) ?? [];
    list.push(back);
    TYPE_WORDS_BY_LAST.set(ch, list);
  }
}
const HAS_LETTER = /\p{L}/u;
// Bound once: run through tsx (tests, benchmarks), an imported function is read through a
// getter at each call.
const { isWhite, letterOrMarkBefore } = scan;
const isWhiteAt = (text: string, i: number) => isWhite(text.charCodeAt(i));

/**
 * The type word whose `\s+` ends at `at` ("Kế hoạch" + spaces before "số"), starting at or
 * after `floor` and not after a letter; the leftmost when several would fit. Linear in the
 * white space and the type word's length.
 */
function typeWordBefore(text: string, at: number, floor: number): { start: number; end: number } | undefined {
  let end = at;
  while (end > floor && isWhiteAt(text, end - 1)) end--;
  if (end === at) return undefined;
  let best: number | undefined;
  for (const words of TYPE_WORDS_BY_LAST.get(text.charCodeAt(end - 1)) ?? []) {
    let i = end;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      if (k > 0) {
        // \s+ between the words of the type word.
        const j = i;
        while (i > floor && isWhiteAt(text, i - 1)) i--;
        if (i === j) { ok = false; break; }
      }
      const chars = words[k];
      if (i - chars.length < floor) { ok = false; break; }
      for (let c = chars.length - 1, t = i - 1; c >= 0; c--, t--) {
        const ch = text.charCodeAt(t);
        if (ch !== chars[c][0] && ch !== chars[c][1]) { ok = false; break; }
      }
      i -= chars.length;
    }
    if (!ok) continue;
    if (letterOrMarkBefore(text, i)) continue;
    if (best === undefined || i < best) best = i;
  }
  return best === undefined ? undefined : { start: best, end };
}

/** Codes whose mixed case is correct (Phụ lục III), besides all-capital ones. */
function codeCaseOk(s: string): boolean {
  if (s === s.toUpperCase()) return true;
  return !!docTypeByCode(s) || s in OUTDATED_TYPE_CODES;
}

/** The Phụ lục III code written in another case ("Kh" → "KH", "QYĐ" → "QyĐ"), else the input. */
export function caseFolded(s: string): string {
  // Upper-cased code → first code in list order (as find() picked), built once, not per call.
  const up = s.toUpperCase();
  return caseFoldedCodes().get(up) ?? s;
}

let CASE_FOLDED: Map<string, string> | undefined;
function caseFoldedCodes(): Map<string, string> {
  if (!CASE_FOLDED) {
    CASE_FOLDED = new Map();
    for (const c of [...allTypeCodes(), ...Object.keys(OUTDATED_TYPE_CODES)]) {
      const k = c.toUpperCase();
      if (!CASE_FOLDED.has(k)) CASE_FOLDED.set(k, c);
    }
  }
  return CASE_FOLDED;
}

const LEGAL_CODES = new Set(['NĐ', 'TT', 'TTLT', 'NQLT', 'PL', 'KL', 'L', 'CV']);
function isTypeCode(s: string): boolean {
  return !!docTypeByCode(s) || LEGAL_CODES.has(s) || s in OUTDATED_TYPE_CODES;
}

/** Segments of a number with their separators; one expression, reset per call (was new RegExp per call). */
const SEGMENT = new RegExp(`(\\s?[/\\-–.]\\s?)?(${SEG})`, 'gu');

/** Splits and classifies a number. `start` is the offset of `raw` in the text. */
export function classifyNumber(raw: string, start: number): Pick<Citation, 'normalized' | 'family' | 'problems' | 'serial' | 'year' | 'typeCode' | 'issuerCode' | 'unitCodes'> {
  const problems: CitationProblem[] = [];
  if (/\s/.test(raw)) problems.push('spaces');
  if (raw.includes('–')) problems.push('dash');
  // Segments with their offsets, separators kept.
  const segs: Array<{ text: string; span: Span; sep: string }> = [];
  const re = SEGMENT;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) !== null) {
    const s = start + m.index + (m[1]?.length ?? 0);
    segs.push({ text: m[2], span: { start: s, end: s + m[2].length }, sep: (m[1] ?? '').trim().replace('–', '-') });
  }
  const normalized = segs.map((s) => s.sep + s.text).join('');
  const out = { normalized, family: 'unknown' as CitationFamily, problems, unitCodes: [] as CodePart[] } as ReturnType<typeof classifyNumber>;
  const cp = (i: number): CodePart => ({ text: segs[i].text, span: segs[i].span });
  if (!segs.length) return out;
  out.serial = cp(0);
  if (!/^\d+$/.test(segs[0].text)) problems.push('letters-in-number');
  const seps = segs.slice(1).map((s) => s.sep).join('');
  if (seps.startsWith('//')) {
    // Legal: N/YYYY/QH15 or N/YYYY/TYPE-ISSUER.
    out.year = cp(1);
    if (!/^\d{4}$/.test(segs[1].text)) problems.push('year-digits');
    if (segs.length === 3 && /^(QH|UBTVQH)\d+$/.test(segs[2].text)) {
      out.family = 'legal-qh';
      out.issuerCode = cp(2);
    } else {
      out.family = 'legal';
      out.typeCode = cp(2);
      if (segs.length < 4 || seps.slice(2).replace(/-/g, '') !== '') problems.push('missing-part');
      if (segs.length >= 4) out.issuerCode = cp(3);
      for (let i = 4; i < segs.length; i++) out.unitCodes.push(cp(i));
    }
  } else if (seps.startsWith('-/')) {
    out.family = 'party';
    out.typeCode = cp(1);
    out.issuerCode = cp(2);
    for (let i = 3; i < segs.length; i++) out.unitCodes.push(cp(i));
  } else if (seps.startsWith('/')) {
    if (seps.slice(1).replace(/-/g, '') !== '') problems.push('missing-part');
    const first = segs[1].text;
    if (isTypeCode(first) || isTypeCode(caseFolded(first))) {
      out.family = 'administrative';
      out.typeCode = cp(1);
      if (segs.length < 3) problems.push('missing-part');
      else out.issuerCode = cp(2);
      for (let i = 3; i < segs.length; i++) out.unitCodes.push(cp(i));
    } else {
      out.family = 'congvan';
      out.issuerCode = cp(1);
      if (segs.length < 3) {
        // "số 12/UBND": a công văn needs its unit code; an unknown single code is not judged.
        out.family = 'unknown';
      }
      for (let i = 2; i < segs.length; i++) out.unitCodes.push(cp(i));
    }
  } else {
    problems.push('missing-part');
  }
  const codes = [out.typeCode, out.issuerCode, ...out.unitCodes].filter((c): c is CodePart => !!c);
  if (codes.some((c) => /\p{Ll}/u.test(c.text) && !codeCaseOk(c.text))) problems.push('lowercase');
  return out;
}

const LOCALITY = '(?:tỉnh|thành\\s+phố|huyện|quận|thị\\s+xã|xã|phường|thị\\s+trấn)';
const PROPER = `(?:\\s+\\p{Lu}[${L}]*)*`;
const ISSUERS: Array<{ re: RegExp; key: (m: RegExpExecArray) => string }> = [
  { re: new RegExp(`^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)(\\s+${LOCALITY}${PROPER})?`, 'u'), key: (m) => 'ubnd' + loc(m[2]) },
  { re: new RegExp(`^(HĐND|Hội đồng nhân dân)(\\s+${LOCALITY}${PROPER})?`, 'u'), key: (m) => 'hđnd' + loc(m[2]) },
  { re: /^(Ủy ban Thường vụ Quốc hội|Uỷ ban Thường vụ Quốc hội|UBTVQH|Quốc hội|Thủ tướng Chính phủ|Chính phủ|Ban Thường vụ Tỉnh ủy|Ban Thường vụ Tỉnh uỷ|Tỉnh ủy|Tỉnh uỷ|Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư)(?![\p{L}\p{M}])/u, key: (m) => foldName(m[1]).replace(/uỷ/g, 'ủy') },
  { re: new RegExp(`^(?:Sở|Bộ)(?:\\s+[${L}]+){1,8}?(?=\\s+(?:về|v/v|tại|trên|đã|để|nhằm|lựa|phát|giao|điều|ban\\s+hành|phê|hướng|quy|triển|thực)(?![${L}])|[;,.:()]|$)`, 'u'), key: (m) => foldName(m[0]).replace(/\s+/g, ' ') },
];

function loc(s?: string): string {
  return s ? ' ' + foldName(s.trim()).replace(/\s+/g, ' ') : '';
}

/**
 * The issuer after `pos`: `^\s+của\s+` within 12 characters, then the first issuer pattern
 * that matches the rest of the line (at most 120 characters). Read by character codes and
 * indexOf, not with expressions on slices and a split (once per citation). `keys` memoises
 * each pattern's key per matched text (the key is a function of it; the same issuers recur).
 */
function issuerAt(text: string, pos: number, keys: Array<Map<string, string>>): { part: CodePart; key: string } | undefined {
  const lim = Math.min(pos + 12, text.length);
  const i = whiteEnd(text, pos, lim);
  if (i === pos || i + 3 > lim || !text.startsWith('của', i)) return undefined;
  const at = whiteEnd(text, i + 3, lim);
  if (at === i + 3) return undefined;
  // The first line of the next 120 characters (split(/\r?\n/)[0]).
  let rest = text.slice(at, at + 120);
  const nl = rest.indexOf('\n');
  if (nl !== -1) rest = rest.slice(0, nl > 0 && rest.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl);
  for (let k = 0; k < ISSUERS.length; k++) {
    const m = ISSUERS[k].re.exec(rest);
    if (m) {
      const t = m[0].trimEnd();
      let key = keys[k].get(m[0]);
      if (key === undefined) keys[k].set(m[0], (key = ISSUERS[k].key(m)));
      return { part: { text: t, span: { start: at, end: at + t.length } }, key };
    }
  }
  return undefined;
}

/** The end of the white space from `i`, before `lim`. */
function whiteEnd(text: string, i: number, lim: number): number {
  while (i < lim && isWhiteAt(text, i)) i++;
  return i;
}

/** Where "ngày" starts in `^,?\s+[nN]gày\s` within the 10 characters after a number, or -1. */
function ngayAfter(text: string, pos: number): number {
  const lim = Math.min(pos + 10, text.length);
  const from = pos < lim && text.charCodeAt(pos) === 0x2c ? pos + 1 : pos;
  const i = whiteEnd(text, from, lim);
  if (i === from || i + 5 > lim) return -1;
  const c = text.charCodeAt(i);
  if (!((c === 0x6e || c === 0x4e) && text.startsWith('gày', i + 1) && isWhiteAt(text, i + 4))) return -1;
  // A number wrapped before its date ("… số 170/2025/NĐ-CP\nngày 30/6/2025") keeps it; a date
  // after a blank line, or a capital "Ngày" opening the next line, begins another sentence
  // ("…triển khai Nghị định số 170/2025/NĐ-CP\n\nNgày 11/8/2025, tại …": an unseen notice).
  const breaks = lineBreaks(text, from, i);
  return breaks === 0 || (breaks === 1 && c === 0x6e) ? i : -1;
}

/** Line breaks in text[from, to) ("\r\n" counts once). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) n++;
  }
  return n;
}

function codeOfWord(word: string, memo?: Map<string, string | undefined>): string | undefined {
  // The same few type words recur: fold each spelling once per document.
  if (memo?.has(word)) return memo.get(word);
  const code = codeOfWordUncached(word);
  memo?.set(word, code);
  return code;
}

function codeOfWordUncached(word: string): string | undefined {
  const w = foldName(word).replace(/\s+/g, ' ');
  if (w in EXTRA_WORDS) return EXTRA_WORDS[w];
  return docTypeByWord(word)?.code;
}

type Classified = ReturnType<typeof classifyNumber>;

/**
 * The length of the serial when it is digits only ("38" in "38/KH-UBND", not "12a/KH"), else 0.
 * Numbers that differ only in such a serial, of the same length, have the same shape: their
 * classifications differ only in the serial's text and in `normalized`, which begins with it
 * (the serial is the first segment, has no space or dash, and only its being digits counts),
 * so one classification per shape serves them all (the generated notice varies its serials).
 */
function serialLength(raw: string): number {
  let i = 0;
  while (i < raw.length && raw.charCodeAt(i) >= 0x30 && raw.charCodeAt(i) <= 0x39) i++;
  if (i === raw.length) return i;
  const c = raw.charCodeAt(i);
  return c === 0x2f || c === 0x2d || c === 0x2013 || c === 0x2e || isWhite(c) ? i : 0;
}

function movedPart(c: CodePart, start: number): CodePart {
  return { text: c.text, span: { start: c.span.start + start, end: c.span.end + start } };
}

/**
 * The citation of a number classified at offset 0, its parts moved to `start` (fresh objects).
 * The keys come in the order classifyNumber sets them (normalized, family, problems, unitCodes,
 * serial, then year, typeCode, issuerCode when present), as a copy of its result gave, but
 * written by name: a loop over the keys was a keyed store per key (profiling, 1 MB notice).
 */
function citationOf(span: Span, number: CodePart, normalized: string, r: Classified, start: number): Citation {
  const unitCodes: CodePart[] = [];
  for (const u of r.unitCodes) unitCodes.push(movedPart(u, start));
  const c: Citation = { span, number, normalized, family: r.family, problems: r.problems.slice(), unitCodes };
  if (r.serial) c.serial = movedPart(r.serial, start);
  if (r.year) c.year = movedPart(r.year, start);
  if (r.typeCode) c.typeCode = movedPart(r.typeCode, start);
  if (r.issuerCode) c.issuerCode = movedPart(r.issuerCode, start);
  return c;
}

/** All citations of a text, in order. A number needs a letter code: "số 10/21 xã" is a count. */
export function extractCitations(text: string): Citation[] {
  const out: Citation[] = [];
  const codes = new Map<string, string | undefined>();
  const issuerKeys = ISSUERS.map(() => new Map<string, string>());
  // A long notice cites the same few numbers again and again: classify each spelling once,
  // and each shape once (see serialLength).
  const classified = new Map<string, Classified>();
  const shapes: Array<Map<string, Classified>> = []; // by serial length, then the rest of the number
  SO_NUMBER.lastIndex = 0;
  let floor = 0; // where the search resumed: a match (type word included) starts at or after it
  let m: RegExpExecArray | null;
  while ((m = SO_NUMBER.exec(text)) !== null) {
    const twFloor = floor;
    floor = SO_NUMBER.lastIndex;
    const raw = m[1];
    if (!raw.includes('/') || !HAS_LETTER.test(raw)) continue;
    const tw = typeWordBefore(text, m.index, twFloor);
    const start = tw ? tw.start : m.index;
    const numStart = m.index + m[0].length - raw.length;
    const serialEnd = serialLength(raw);
    const memo = serialEnd ? (shapes[serialEnd] ??= new Map()) : classified;
    const key = serialEnd ? raw.slice(serialEnd) : raw;
    let cls = memo.get(key);
    if (!cls) memo.set(key, (cls = classifyNumber(raw, 0)));
    let normalized = cls.normalized;
    // Without spaces or "–", the number is its normalized form (no new string).
    if (serialEnd) normalized = cls.normalized.length === raw.length && !raw.includes('–') ? raw : raw.slice(0, serialEnd) + cls.normalized.slice(serialEnd);
    const c = citationOf({ start, end: numStart + raw.length }, { text: raw, span: { start: numStart, end: numStart + raw.length } }, normalized, cls, numStart);
    if (serialEnd) c.serial!.text = raw.slice(0, serialEnd);
    if (tw) {
      const word = text.slice(tw.start, tw.end);
      c.typeWord = { text: word, span: { start: tw.start, end: tw.end } };
      c.typeWordCode = codeOfWord(word, codes);
    }
    let end = c.number.span.end;
    const at = ngayAfter(text, end);
    if (at >= 0) {
      const d = dateAt(text, at);
      if (d) {
        c.date = d;
        end = d.span.end;
      }
    }
    const is = issuerAt(text, end, issuerKeys);
    if (is) {
      c.issuer = is.part;
      c.issuerKey = is.key;
      end = is.part.span.end;
    }
    c.span.end = end;
    out.push(c);
  }
  return out;
}
