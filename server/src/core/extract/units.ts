/**
 * Administrative-unit mentions in running text (RULES.md, family `place`): a type word
 * ("xã", "Huyện", "TỈNH", "thành phố", "thị trấn", "đặc khu" …) followed by a capitalised
 * name ("xã Chí Minh", "huyện Lộc Bình", "TỈNH LẠNG SƠN"), the lists notices use ("các xã:
 * Long Đống, Đồng Ý, Vũ Sơn của huyện Bắc Sơn", "04 xã (Tân Hương, Bắc Quỳnh)") and the
 * parent named next to a unit ("xã Chí Minh, huyện Tràng Định", "xã Chí Minh huyện Tràng
 * Định", "huyện Tràng Định, xã Chí Minh").
 *
 * Precision first: "xã hội", "cấp xã", "toàn tỉnh", "Tỉnh ủy", "Tỉnh Đoàn", "hợp tác xã …",
 * "Thành phố" followed by a lower-case word are not mentions; names stop at lower-case words,
 * punctuation, digits and line breaks. Pure: model in, mentions out (offsets in model.text).
 */
import type { NoticeModel, Span } from '../parse/model';
import type { RuleContext } from '../rules/types';
import { typesOfWord, levelOfType, type UnitLevel, type UnitType } from '../data/unit-types';
import * as scan from '../text/scan';
import { datesInClause, clauseBefore } from './unitContext';

export type UnitZone = 'header' | 'placeDate' | 'title' | 'abstract' | 'body' | 'recipients' | 'signature';

export interface UnitMention {
  index: number;
  /** The type word as written ("xã", "XÃ", "thành phố"); for a list item, the list's. */
  typeWord: string;
  typeSpan: Span;
  /** Types the word can denote ("thành phố" → province- and district-level kinds). */
  types: UnitType[];
  /** Highest level the word can denote (rank for parent links). */
  level: UnitLevel;
  name: string;
  nameSpan: Span;
  /** With a dash continuation ("Bà Rịa - Vũng Tàu"), the longer reading, tried first. */
  longName?: string;
  longNameSpan?: Span;
  /** All-caps mention ("TỈNH LẠNG SƠN"): the name's end is uncertain, the resolver tries prefixes. */
  caps: boolean;
  /** The type word is inherited from a list head ("các xã: A, B" → B). */
  inherited: boolean;
  /** Mentions of one list share an id (a single mention is a list of one). */
  listId: number;
  listIndex: number;
  /** The list was marked plural ("các xã", "xã:", "04 xã (…)"). */
  plural: boolean;
  /** Explicit parent named after it: "xã A, huyện B", "xã A huyện B", "xã A của huyện B". */
  parent?: number;
  /** Parent named before it: "huyện B, xã A" (weaker: may also be a list of two bodies). */
  parentBefore?: number;
  zone: UnitZone;
  /** The sentence it occurs in (for "units named nearby"). */
  sentence: Span;
  /**
   * Earliest date cited in its clause before it ("Quyết định số 12/QĐ-UBND ngày 05/3/2024 của
   * UBND huyện Bắc Sơn"), or '0000' for "(cũ)", "trước đây", "nguyên": the mention may name a
   * unit as it was then (DOMAIN.md §10: a later notice may cite earlier documents of districts).
   */
  historicalFrom?: string;
}

/**
 * The type words, without the word-boundary look-behind: `(?<![\p{L}\p{M}\d])` at every position of
 * the text was most of the extraction's time (profiling, 1 MB notice); the boundaries are tested
 * on the candidates with a table (wordCharBefore, classAt). No alternative is a prefix of
 * another, so a candidate that fails them is retried one code unit further, as the look-behind would.
 */
const TYPE_RE = /thành phố|thị trấn|thị xã|đặc khu|tỉnh|huyện|quận|phường|xã/giu;
/** TYPE_RE anchored, with its boundaries: "does a type word start here?" without searching the rest of the document. */
const TYPE_AT = /(?<![\p{L}\p{M}\d])(thành phố|thị trấn|thị xã|đặc khu|tỉnh|huyện|quận|phường|xã)(?![\p{L}\p{M}\d])/iuy;
/** The characters a type word can start with under /iu (only these fold to t, đ, h, q, p, x): TYPE_AT runs only there. */
const TYPE_FIRST = new Set([...'tTđĐhHqQpPxX'].map((c) => c.charCodeAt(0)));
const NUM_NAME = /\d{1,2}(?![\d\p{L}]|[\/.,]\d)/uy;
/** Words that follow a type word but start an organisation, not a name: "Tỉnh Đoàn", "Xã Đội", "Tỉnh Ủy". */
const ORG_WORDS = new Set(['đoàn', 'đội', 'ủy', 'uỷ', 'hội', 'đảng', 'ban', 'ủy ban', 'uỷ ban']);
const MAX_SYLLABLES = 5;
/**
 * ORG_WORDS in every mix of cases ("Đoàn", "ĐOÀN", "Ủy Ban" …): only a letter of theirs and its
 * capital lower to that letter, so a look-up here is `ORG_WORDS.has(w.toLowerCase())` without
 * lowering every name (hot: profiling, 1 MB notice).
 */
const ORG_CASED = new Set([...ORG_WORDS].flatMap((w) => [...w].reduce<string[]>(
  (spellings, ch) => spellings.flatMap((p) => (ch.toUpperCase() === ch ? [p + ch] : [p + ch, p + ch.toUpperCase()])), [''])));
const ORG_MAX = Math.max(...[...ORG_WORDS].map((w) => w.length));
const ORG_FIRST = new Set([...ORG_CASED].map((w) => w.charCodeAt(0)));
const isOrgWord = (w: string): boolean => w.length <= ORG_MAX && ORG_CASED.has(w);
/** isOrgWord(name.split(' ')[0]), cutting the word off only when its first letter can start one. */
const firstWordIsOrg = (name: string): boolean => {
  if (!ORG_FIRST.has(name.charCodeAt(0))) return false;
  const sp = name.indexOf(' ');
  return isOrgWord(sp < 0 ? name : name.slice(0, sp));
};
// Character classes from the shared table (text/scan.ts), bound once: through tsx an imported
// function is read through a getter at each call (profiling, 1 MB notice).
const { LU, LL, MARK, LETTER, WORDISH, classAt, isLead, isTrail, isWhite } = scan;
/** Length in code units of the code point starting at i. */
const cpLength = (text: string, i: number): number => (isLead(text.charCodeAt(i)) && isTrail(text.charCodeAt(i + 1)) ? 2 : 1);
/** The code point before i is a letter, mark or digit (what `(?<![\p{L}\p{M}\d])` rejects with /u). */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (isTrail(c) && i >= 2 && isLead(text.charCodeAt(i - 2))) return (classAt(text, i - 2) & WORDISH) !== 0;
  // A lone lead surrogate is no letter (and classAt would pair it with the character at i).
  return !isLead(c) && (classAt(text, i - 1) & WORDISH) !== 0;
}
const isSpOrNbsp = (c: number): boolean => c === 32 || c === 0xa0;
const isGapSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/**
 * Length of what may stand between the type word and the name, in the 6 characters after it:
 * `^([ \t\u00a0]*:[ \t\u00a0]*|[ \t\u00a0]+\(|[ \t\u00a0]+)` with char codes (no slice and exec per
 * candidate); undefined when there is none. `kind`: 1 a colon, 2 a bracket, 0 spaces only.
 */
function gapAt(text: string, at: number): { len: number; kind: 0 | 1 | 2 } | undefined {
  const lim = Math.min(text.length, at + 6);
  let k = at;
  while (k < lim && isGapSpace(text.charCodeAt(k))) k++;
  if (k < lim && text.charCodeAt(k) === 58) {
    let e = k + 1;
    while (e < lim && isGapSpace(text.charCodeAt(e))) e++;
    return { len: e - at, kind: 1 };
  }
  if (k === at) return undefined;
  if (k < lim && text.charCodeAt(k) === 40) return { len: k + 1 - at, kind: 2 };
  return { len: k - at, kind: 0 };
}

const rank = (l: UnitLevel): number => (l === 'province' ? 3 : l === 'district' ? 2 : 1);

interface NameRead { name: string; span: Span; syllables: number }

/**
 * End of the syllable at `at`, or -1. A title-case syllable ("Long", "Y", "R'Lấp"):
 * `\p{Lu}[\p{Ll}\p{M}]*(?:['’][\p{L}\p{M}]+)?(?![\p{L}\p{M}\d])`; with `caps`, an all-caps one:
 * `\p{Lu}[\p{Lu}\p{M}]*(?:['’][\p{Lu}\p{M}]+)?(?![\p{L}\p{M}\d])`; read with classAt, not a sticky
 * expression per syllable. Giving back characters of a run leaves a letter or mark next, which the
 * look-ahead rejects, so only the greedy reading with the apostrophe part, then without it, can match.
 */
function syllableEnd(text: string, at: number, caps: boolean): number {
  if (!(classAt(text, at) & LU)) return -1;
  const run = caps ? LU | MARK : LL | MARK;
  const tailRun = caps ? LU | MARK : LETTER | MARK;
  let i = at + cpLength(text, at);
  while (classAt(text, i) & run) i += cpLength(text, i);
  const q = text.charCodeAt(i);
  if (q === 39 || q === 0x2019) {
    let j = i + 1;
    while (classAt(text, j) & tailRun) j += cpLength(text, j);
    if (j > i + 1 && !(classAt(text, j) & WORDISH)) return j;
  }
  return classAt(text, i) & WORDISH ? -1 : i;
}

/** Reads a capitalised name at `pos` (no leading space). */
function readName(text: string, pos: number, caps: boolean, numeric: boolean): NameRead | undefined {
  if (numeric && isDigitCode(text.charCodeAt(pos))) {
    NUM_NAME.lastIndex = pos;
    const m = NUM_NAME.exec(text);
    if (m) return { name: m[0], span: { start: pos, end: pos + m[0].length }, syllables: 1 };
  }
  let end = pos;
  let n = 0;
  let at = pos;
  for (;;) {
    const e = syllableEnd(text, at, caps);
    if (e < 0) break;
    end = e;
    n++;
    if (n >= MAX_SYLLABLES) break;
    if (!isSpOrNbsp(text.charCodeAt(end))) break;
    at = end + 1;
  }
  if (n === 0) return undefined;
  return { name: text.slice(pos, end), span: { start: pos, end }, syllables: n };
}

function isAllCaps(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

// A plain function, not a closure made per call (zoneOf runs once per mention).
function inside(c: { span: Span } | undefined, off: number): boolean {
  return !!c && off >= c.span.start && off < c.span.end;
}

function zoneOf(model: NoticeModel, off: number): UnitZone {
  const h = model.header;
  if (inside(h.superior, off) || inside(h.issuer, off)) return 'header';
  if (inside(model.placeDate, off)) return 'placeDate';
  if (inside(model.title, off)) return 'title';
  if (inside(model.abstract, off)) return 'abstract';
  if (inside(model.recipients, off)) return 'recipients';
  if (inside(model.signature, off)) return 'signature';
  return 'body';
}

// Character codes of the sentence ends: compared as numbers, not a regex test per character.
const NL = 10, DOT = 46, BANG = 33, QUEST = 63, SEMI = 59;
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/**
 * The sentence of the previous mention, reused for a mention before its end with no "." in
 * between (the only sentence end the forward scan may pass): units named in one sentence ("các xã:
 * A, B, huyện C") then scan it once, not once each (profiling, 1 MB notice).
 */
interface SentenceMemo { at: number; span?: Span }

function sentenceAt(text: string, off: number, memo: SentenceMemo): Span {
  const last = memo.span;
  if (last && off >= memo.at && off < last.end) {
    let i = memo.at;
    while (i < off && text.charCodeAt(i) !== DOT) i++;
    if (i === off) return { start: last.start, end: last.end };
  }
  memo.at = off;
  return (memo.span = sentenceOf(text, off));
}

// Every sentence end is below 64: letters, most of a sentence, take one comparison.
function sentenceOf(text: string, off: number): Span {
  let s = off;
  for (let c = text.charCodeAt(s - 1); s > 0 && (c > QUEST || (c !== NL && c !== DOT && c !== BANG && c !== QUEST && c !== SEMI)); c = text.charCodeAt(s - 1)) s--;
  let e = off;
  for (; e < text.length; e++) {
    const c = text.charCodeAt(e);
    if (c > QUEST) continue;
    if (c === NL || c === BANG || c === QUEST || c === SEMI) break;
    if (c === DOT && !isDigitCode(text.charCodeAt(e + 1))) break;
  }
  return { start: s, end: e };
}

/**
 * A list item is closed at `at`: `^([,;.)]|$|\n|\r| và | của )` or `^\*\*` on the 5 characters there,
 * by char codes (a slice and two regex tests per item before).
 */
function closedAt(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c === 44 || c === 59 || c === 46 || c === 41 || c === NL || c === 13 ||
    text.startsWith(' và ', at) || text.startsWith(' của ', at) || text.startsWith('**', at);
}

/** Extracts the unit mentions of a notice. */
export function extractUnitMentions(model: NoticeModel): UnitMention[] {
  const text = model.text;
  const out: UnitMention[] = [];
  let listId = 0;
  /** Index of the first mention of the last list read. */
  let prevList = 0;
  // Types of each spelling of a type word, folded once per document (nameKey per match was hot).
  const typesMemo = new Map<string, { types: UnitType[]; level: UnitLevel; caps: boolean; numeric: boolean }>();
  const sentenceMemo: SentenceMemo = { at: -1 };
  const clauseMemo: ClauseMemo = { start: -1, end: -1 };
  TYPE_RE.lastIndex = 0;
  for (let m = TYPE_RE.exec(text); m; m = TYPE_RE.exec(text)) {
    const start = m.index;
    const word = m[0];
    const wordEnd = start + word.length;
    if (wordCharBefore(text, start) || (classAt(text, wordEnd) & WORDISH) !== 0) {
      TYPE_RE.lastIndex = start + 1;
      continue;
    }
    // What may stand between the type word and the name: " ", ": ", " (" after a count.
    const gap = gapAt(text, wordEnd);
    if (!gap) continue;
    const pos = wordEnd + gap.len;
    // A name starts with a capital (or a digit: "phường 3"): "xã hội", "tỉnh tại" end here, before any look-up, slice or regex.
    const upper = (classAt(text, pos) & LU) !== 0;
    if (!upper && !isDigitCode(text.charCodeAt(pos))) continue;
    let known = typesMemo.get(word);
    if (!known) {
      // Never empty: every spelling TYPE_RE matches is a type word in some case.
      const ts = typesOfWord(word);
      known = {
        types: ts, level: ts.map(levelOfType).sort((a, b) => rank(b) - rank(a))[0], caps: isAllCaps(word),
        numeric: ts.includes('phuong') || ts.includes('quan'),
      };
      typesMemo.set(word, known);
    }
    const numeric = known.numeric;
    if (!upper && !numeric) continue;
    // The tests on the 12 characters before need white space after "tác", "các", "những" or a count:
    // the last character before that white space is c, g or a digit, else none of them can match.
    const lo = Math.max(0, start - 12);
    let j = start;
    while (j > lo && isWhite(text.charCodeAt(j - 1))) j--;
    const lead = j < start && j > lo ? text.charCodeAt(j - 1) : -1;
    const before = lead === 99 || lead === 67 || lead === 103 || lead === 71 || isDigitCode(lead) ? text.slice(lo, start) : '';
    // "hợp tác xã Tân Thành" is a cooperative, not a commune.
    if (before && /tác\s+$/iu.test(before)) continue;
    const paren = gap.kind === 2;
    const colon = gap.kind === 1;
    const countBefore = !!before && /(?:(?<![\d/.,])\d{1,3}|các|những)\s+$/iu.test(before);
    if (paren && !(before && /(?<![\d/.,])\d{1,3}\s+$/u.test(before))) continue;
    const level = known.level;
    let first = readName(text, pos, false, numeric);
    let caps = false;
    if (!first && known.caps) {
      first = readName(text, pos, true, false);
      caps = !!first;
    }
    if (!first) continue;
    if (!caps && (isOrgWord(first.name) || (level !== 'commune' && firstWordIsOrg(first.name)))) continue;
    if (caps && firstWordIsOrg(first.name)) continue;
    const types = [...known.types];
    const plural = colon || paren || countBefore;
    const id = listId++;
    const items: NameRead[] = [first];
    let cur = first.span.end;
    let longName: { name: string; span: Span } | undefined;
    // "Bà Rịa - Vũng Tàu": keep the longer reading too (`^ ?[-–] ?`).
    let d = cur;
    if (text.charCodeAt(d) === 32) d++;
    const dc = text.charCodeAt(d);
    if ((dc === 45 || dc === 0x2013) && !caps) {
      d++;
      if (text.charCodeAt(d) === 32) d++;
      const tail = readName(text, d, false, false);
      if (tail) longName = { name: `${first.name} - ${tail.name}`, span: { start: first.span.start, end: tail.span.end } };
    }
    // List items inherit the type: "phường Ba Đình, Hoàn Kiếm", "các xã: A, B và C".
    if (!caps && !longName) {
      for (;;) {
        // `^(,[ \u00a0]?|;[ \u00a0]?| và )` by char codes.
        const sc = text.charCodeAt(cur);
        const semi = sc === 59;
        let at: number;
        if (sc === 44 || semi) at = isSpOrNbsp(text.charCodeAt(cur + 1)) ? cur + 2 : cur + 1;
        else if (text.startsWith(' và ', cur)) at = cur + 4;
        else break;
        TYPE_AT.lastIndex = at;
        if (TYPE_FIRST.has(text.charCodeAt(at)) && TYPE_AT.test(text)) break; // a new mention (maybe the parent)
        const item = readName(text, at, false, numeric);
        if (!item) break;
        // Without a plural marker, an item must be closed by punctuation: "xã A, Đoàn đã họp" is no list.
        if (!plural && !closedAt(text, item.span.end)) break;
        if (firstWordIsOrg(item.name)) break;
        if (semi && !colon) break;
        items.push(item);
        cur = item.span.end;
        if (paren && text[cur] === ')') break;
      }
    }
    const zone = zoneOf(model, start);
    const parentBefore = linkToPrevious(text, out, prevList, start, level);
    prevList = out.length;
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      const sentence = sentenceAt(text, it.span.start, sentenceMemo);
      const hist = historicalFrom(text, sentence, it.span, clauseMemo);
      const mention: UnitMention = {
        index: out.length, typeWord: word, typeSpan: { start, end: wordEnd }, types, level,
        name: it.name, nameSpan: it.span, caps, inherited: k > 0, listId: id, listIndex: k, plural, zone, sentence,
      };
      if (k === 0 && longName) { mention.longName = longName.name; mention.longNameSpan = longName.span; }
      if (hist) mention.historicalFrom = hist;
      if (parentBefore !== undefined) mention.parentBefore = parentBefore;
      out.push(mention);
    }
    // Read on after the mention (the name ends after the type word).
    TYPE_RE.lastIndex = longName?.span.end ?? cur;
  }
  return out;
}

/**
 * Links a new list (its first mention would be `out[out.length]`, type word at `typeStart`) to the
 * mention before it, as the list is read (a pass over all mentions afterwards cost as much): "xã A,
 * huyện B" (child first) sets `parent` on the previous list, `out[prevList..]`; "huyện B, xã A"
 * (parent first) returns the index the new list's mentions take as `parentBefore`.
 */
function linkToPrevious(text: string, out: UnitMention[], prevList: number, typeStart: number, level: UnitLevel): number | undefined {
  const a = out[out.length - 1];
  if (!a) return undefined;
  const gapStart = a.longNameSpan?.end ?? a.nameSpan.end;
  // Both shapes below are at most 8 characters long: no slice and regex for the others.
  if (typeStart - gapStart > 8) return undefined;
  const gap = text.slice(gapStart, typeStart);
  const ra = rank(a.level);
  const rb = rank(level);
  if (/^(,? ?| của | thuộc |, thuộc )$/u.test(gap) && rb > ra) {
    for (let k = prevList; k < out.length; k++) out[k].parent = out.length;
  } else if (/^, ?$/u.test(gap) && rb < ra && a.listIndex === 0 && !a.plural) {
    return a.index;
  }
  return undefined;
}

const FORMER = /trước đây|nguyên|trước (?:khi )?(?:sắp xếp|sáp nhập)/iu;
const FORMER_AT = /trước đây|nguyên|trước (?:khi )?(?:sắp xếp|sáp nhập)/iuy;

/**
 * `/(trước đây|nguyên|trước (khi )?(sắp xếp|sáp nhập))[^,;]{0,30}$/iu.test(clause)`, in linear
 * time: that expression tried every start position with a 30-character tail (recheck: quadratic).
 * The words hold no "," or ";", so a match lies after the clause's last one; the words end at most
 * 30 code points before the end, so they start in the last 18 + 60 code units.
 */
function formerAtEnd(text: string, start: number, end: number): boolean {
  // The clause is text[start, end). Its tail, read back from the end to its "," or ";" (80 code
  // units at most), must hold "ớ" or "yê" (only "Ớ", "Y", "Ê" fold to those), which each of the
  // words has: FORMER runs only then, and no lastIndexOf reads whole clauses (run per mention:
  // profiling, 1 MB notice). Read on the text itself: a char of a slice costs more.
  const lo = Math.max(start, end - 80);
  let i = end - 1;
  let mark = false;
  for (; i >= lo; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59) break;
    if (c === 0x1edb || c === 0x1eda || ((c === 0xea || c === 0xca) && i > lo && (text.charCodeAt(i - 1) | 0x20) === 0x79)) mark = true;
  }
  if (!mark) return false;
  const tail = text.slice(i + 1, end);
  if (!FORMER.test(tail)) return false;
  for (let p = 0; p < tail.length; p++) {
    FORMER_AT.lastIndex = p;
    const m = FORMER_AT.exec(tail);
    if (m && [...tail.slice(p + m[0].length)].length <= 30) return true;
  }
  return false;
}

/**
 * Whether "cũ" may follow at `at` after white space and an optional bracket: the regex below
 * (a slice and a test per mention) runs only then.
 */
function maybeFormerMark(text: string, at: number): boolean {
  const lim = at + 8;
  let i = at;
  while (i < lim && isWhite(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 40) {
    i++;
    while (i < lim && isWhite(text.charCodeAt(i))) i++;
  }
  return text.startsWith('cũ', i);
}

/**
 * The earliest date of the previous clause read, reused when the clause has the same start and
 * only grew by text without a digit: every pattern of datesInClause ends with a digit, so it finds
 * the same dates. The mentions of a list and the units later in one sentence ("các xã: A, B, huyện
 * C") then read it once (profiling, 1 MB notice).
 */
interface ClauseMemo { start: number; end: number; earliest?: string }

function historicalFrom(text: string, sentence: Span, name: Span, memo: ClauseMemo): string | undefined {
  if (maybeFormerMark(text, name.end) && /^\s*(?:\(\s*)?cũ(?![\p{L}\p{M}])/u.test(text.slice(name.end, name.end + 8))) return '0000';
  const clause = clauseBefore(text, sentence.start, name.start);
  const start = name.start - clause.length;
  if (formerAtEnd(text, start, name.start)) return '0000';
  let grown = start === memo.start && name.start >= memo.end;
  for (let i = memo.end; grown && i < name.start; i++) grown = !isDigitCode(text.charCodeAt(i));
  if (!grown) {
    const dates = datesInClause(clause);
    memo.start = start;
    // dates.sort()[0] without sorting: the least string.
    let earliest = dates[0];
    for (const d of dates) if (d < earliest) earliest = d;
    memo.earliest = earliest;
  }
  memo.end = name.start;
  return memo.earliest;
}

/** Cached per lint run, shared by the place rules (and the agency rules). */
export function getUnitMentions(ctx: Pick<RuleContext, 'model' | 'cache'>): UnitMention[] {
  const key = 'extract/units';
  let v = ctx.cache.get(key) as UnitMention[] | undefined;
  if (!v) ctx.cache.set(key, (v = extractUnitMentions(ctx.model)));
  return v;
}
