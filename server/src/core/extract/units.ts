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

const TYPE_RE = /(?<![\p{L}\p{M}\d])(thành phố|thị trấn|thị xã|đặc khu|tỉnh|huyện|quận|phường|xã)(?![\p{L}\p{M}\d])/giu;
/** TYPE_RE anchored: "does a type word start here?" without searching the rest of the document. */
const TYPE_AT = /(?<![\p{L}\p{M}\d])(thành phố|thị trấn|thị xã|đặc khu|tỉnh|huyện|quận|phường|xã)(?![\p{L}\p{M}\d])/iuy;
const SP = '[ \\t\\u00a0]';
/** What may stand between the type word and the name: " ", ": ", " (" after a count (built once, not per match). */
const GAP = new RegExp(`^(${SP}*:${SP}*|${SP}+\\(|${SP}+)`, 'u');
/** A title-case syllable ("Long", "Y", "R'Lấp"), followed by a word boundary. */
const TITLE_SYL = /\p{Lu}[\p{Ll}\p{M}]*(?:['’][\p{L}\p{M}]+)?(?![\p{L}\p{M}\d])/uy;
const CAPS_SYL = /\p{Lu}[\p{Lu}\p{M}]*(?:['’][\p{Lu}\p{M}]+)?(?![\p{L}\p{M}\d])/uy;
const NUM_NAME = /\d{1,2}(?![\d\p{L}]|[\/.,]\d)/uy;
/** Words that follow a type word but start an organisation, not a name: "Tỉnh Đoàn", "Xã Đội", "Tỉnh Ủy". */
const ORG_WORDS = new Set(['đoàn', 'đội', 'ủy', 'uỷ', 'hội', 'đảng', 'ban', 'ủy ban', 'uỷ ban']);
const MAX_SYLLABLES = 5;

const rank = (l: UnitLevel): number => (l === 'province' ? 3 : l === 'district' ? 2 : 1);

interface NameRead { name: string; span: Span; syllables: number }

/** Reads a capitalised name at `pos` (no leading space). */
function readName(text: string, pos: number, caps: boolean, numeric: boolean): NameRead | undefined {
  if (numeric) {
    NUM_NAME.lastIndex = pos;
    const m = NUM_NAME.exec(text);
    if (m) return { name: m[0], span: { start: pos, end: pos + m[0].length }, syllables: 1 };
  }
  const re = caps ? CAPS_SYL : TITLE_SYL;
  let end = pos;
  let n = 0;
  let at = pos;
  for (;;) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) break;
    end = at + m[0].length;
    n++;
    if (n >= MAX_SYLLABLES) break;
    const sp = /^[ \u00a0]/.exec(text.slice(end, end + 1));
    if (!sp) break;
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

function sentenceOf(text: string, off: number): Span {
  let s = off;
  for (let c = text.charCodeAt(s - 1); s > 0 && c !== NL && c !== DOT && c !== BANG && c !== QUEST && c !== SEMI; c = text.charCodeAt(s - 1)) s--;
  let e = off;
  for (; e < text.length; e++) {
    const c = text.charCodeAt(e);
    if (c === NL || c === BANG || c === QUEST || c === SEMI) break;
    if (c === DOT && !isDigitCode(text.charCodeAt(e + 1))) break;
  }
  return { start: s, end: e };
}

/** Extracts the unit mentions of a notice. */
export function extractUnitMentions(model: NoticeModel): UnitMention[] {
  const text = model.text;
  const out: UnitMention[] = [];
  let listId = 0;
  let skipUntil = 0;
  // Types of each spelling of a type word, folded once per document (nameKey per match was hot).
  const typesMemo = new Map<string, { types: UnitType[]; level: UnitLevel; caps: boolean }>();
  TYPE_RE.lastIndex = 0;
  for (let m = TYPE_RE.exec(text); m; m = TYPE_RE.exec(text)) {
    const start = m.index;
    if (start < skipUntil) continue;
    const word = m[0];
    const wordEnd = start + word.length;
    const before = text.slice(Math.max(0, start - 12), start);
    // "hợp tác xã Tân Thành" is a cooperative, not a commune.
    if (/tác\s+$/iu.test(before)) continue;
    let known = typesMemo.get(word);
    if (!known) {
      const ts = typesOfWord(word);
      known = { types: ts, level: ts.map(levelOfType).sort((a, b) => rank(b) - rank(a))[0], caps: isAllCaps(word) };
      typesMemo.set(word, known);
    }
    if (!known.types.length) continue;
    const types = [...known.types];
    const level = known.level;
    const capsWord = known.caps;
    // What may stand between the type word and the name: " ", ": ", " (" after a count.
    const gap = GAP.exec(text.slice(wordEnd, wordEnd + 6));
    if (!gap) continue;
    const paren = gap[0].includes('(');
    const colon = gap[0].includes(':');
    const countBefore = /(?:(?<![\d/.,])\d{1,3}|các|những)\s+$/iu.test(before);
    if (paren && !/(?<![\d/.,])\d{1,3}\s+$/u.test(before)) continue;
    const numeric = types.includes('phuong') || types.includes('quan');
    const pos = wordEnd + gap[0].length;
    let first = readName(text, pos, false, numeric);
    let caps = false;
    if (!first && capsWord) {
      first = readName(text, pos, true, false);
      caps = !!first;
    }
    if (!first) continue;
    const firstWord = first.name.split(' ')[0].toLowerCase();
    if (!caps && (ORG_WORDS.has(first.name.toLowerCase()) ||
      (level !== 'commune' && (ORG_WORDS.has(firstWord) || first.name.toLowerCase().startsWith('ủy ban'))))) continue;
    if (caps && ORG_WORDS.has(firstWord)) continue;
    const plural = colon || paren || countBefore;
    const id = listId++;
    const items: NameRead[] = [first];
    let cur = first.span.end;
    let longName: { name: string; span: Span } | undefined;
    // "Bà Rịa - Vũng Tàu": keep the longer reading too.
    const dash = /^ ?[-–] ?/u.exec(text.slice(cur, cur + 3));
    if (dash && !caps) {
      const tail = readName(text, cur + dash[0].length, false, false);
      if (tail) longName = { name: `${first.name} - ${tail.name}`, span: { start: first.span.start, end: tail.span.end } };
    }
    // List items inherit the type: "phường Ba Đình, Hoàn Kiếm", "các xã: A, B và C".
    if (!caps && !longName) {
      for (;;) {
        const sep = /^(,[ \u00a0]?|;[ \u00a0]?| và )/u.exec(text.slice(cur, cur + 5));
        if (!sep) break;
        const at = cur + sep[0].length;
        TYPE_AT.lastIndex = at;
        if (TYPE_AT.test(text)) break; // a new mention (maybe the parent)
        const item = readName(text, at, false, numeric);
        if (!item) break;
        const after = text.slice(item.span.end, item.span.end + 5);
        // Without a plural marker, an item must be closed by punctuation: "xã A, Đoàn đã họp" is no list.
        const closed = /^([,;.)]|$|\n|\r| và | của )/u.test(after) || /^\*\*/.test(after);
        if (!plural && !closed) break;
        if (ORG_WORDS.has(item.name.split(' ')[0].toLowerCase())) break;
        if (sep[0].startsWith(';') && !colon) break;
        items.push(item);
        cur = item.span.end;
        if (paren && text[cur] === ')') break;
      }
    }
    const zone = zoneOf(model, start);
    items.forEach((it, k) => {
      const sentence = sentenceOf(text, it.span.start);
      const hist = historicalFrom(text, sentence, it.span);
      const mention: UnitMention = {
        index: out.length, typeWord: word, typeSpan: { start, end: wordEnd }, types, level,
        name: it.name, nameSpan: it.span, caps, inherited: k > 0, listId: id, listIndex: k, plural, zone, sentence,
      };
      if (k === 0 && longName) { mention.longName = longName.name; mention.longNameSpan = longName.span; }
      if (hist) mention.historicalFrom = hist;
      out.push(mention);
    });
    skipUntil = (longName?.span.end ?? cur);
    TYPE_RE.lastIndex = Math.max(skipUntil, wordEnd);
  }
  linkParents(text, out);
  return out;
}

/**
 * Links "xã A, huyện B" (child first) and "huyện B, xã A" (parent first). The mentions of a list
 * are consecutive (pushed together), so a list is the run of its listId around i, not a scan of
 * all mentions per link (that was quadratic on long documents).
 */
function linkParents(text: string, ms: UnitMention[]): void {
  const listOf = (k: number): UnitMention[] => {
    const id = ms[k].listId;
    let lo = k;
    while (lo > 0 && ms[lo - 1].listId === id) lo--;
    let hi = k + 1;
    while (hi < ms.length && ms[hi].listId === id) hi++;
    return ms.slice(lo, hi);
  };
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (b.listId === a.listId || b.listIndex !== 0) continue;
    const lastOfA = a;
    const gap = text.slice(lastOfA.longNameSpan?.end ?? lastOfA.nameSpan.end, b.typeSpan.start);
    const ra = rank(a.level);
    const rb = rank(b.level);
    if (/^(,? ?| của | thuộc |, thuộc )$/u.test(gap) && rb > ra) {
      for (const x of listOf(i)) x.parent = b.index;
    } else if (/^, ?$/u.test(gap) && rb < ra && a.listIndex === 0 && !a.plural) {
      for (const x of listOf(i + 1)) x.parentBefore = a.index;
    }
  }
}

const FORMER = /trước đây|nguyên|trước (?:khi )?(?:sắp xếp|sáp nhập)/iu;
const FORMER_AT = /trước đây|nguyên|trước (?:khi )?(?:sắp xếp|sáp nhập)/iuy;

/**
 * `/(trước đây|nguyên|trước (khi )?(sắp xếp|sáp nhập))[^,;]{0,30}$/iu.test(clause)`, in linear
 * time: that expression tried every start position with a 30-character tail (recheck: quadratic).
 * The words hold no "," or ";", so a match lies after the clause's last one; the words end at most
 * 30 code points before the end, so they start in the last 18 + 60 code units.
 */
function formerAtEnd(clause: string): boolean {
  const seg = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';')) + 1;
  const tail = clause.slice(Math.max(seg, clause.length - 80));
  if (!FORMER.test(tail)) return false;
  for (let p = 0; p < tail.length; p++) {
    FORMER_AT.lastIndex = p;
    const m = FORMER_AT.exec(tail);
    if (m && [...tail.slice(p + m[0].length)].length <= 30) return true;
  }
  return false;
}

function historicalFrom(text: string, sentence: Span, name: Span): string | undefined {
  const after = text.slice(name.end, name.end + 8);
  if (/^\s*(?:\(\s*)?cũ(?![\p{L}\p{M}])/u.test(after)) return '0000';
  const clause = clauseBefore(text, sentence.start, name.start);
  if (formerAtEnd(clause)) return '0000';
  const dates = datesInClause(clause);
  return dates.length ? dates.sort()[0] : undefined;
}

/** Cached per lint run, shared by the place rules (and the agency rules). */
export function getUnitMentions(ctx: Pick<RuleContext, 'model' | 'cache'>): UnitMention[] {
  const key = 'extract/units';
  let v = ctx.cache.get(key) as UnitMention[] | undefined;
  if (!v) ctx.cache.set(key, (v = extractUnitMentions(ctx.model)));
  return v;
}
