/**
 * Agency mentions (RULES.md, family `agency`): names of state bodies in the header lines, the
 * abstract, the body and the Nơi nhận items, matched longest-first against the agency registry
 * (server/src/core/data/agencies.ts) with the trailing locality split off ("Sở Tài chính tỉnh
 * Cao Bằng" → "Sở Tài chính" + "tỉnh Cao Bằng"); the items of "các Sở, ngành: Kế hoạch và Đầu
 * tư, Tài chính, …" lists, each a department short name (RULES.md: "The lists of sở/ngành in
 * running text count"); and the phrases a headword starts that the registry does not know
 * (candidates for agency/unknown). Pure: model + registry in, entities out (offsets in model.text).
 */
import type { NoticeModel, Span } from '../parse/model';
import type { RuleContext } from '../rules/types';
import type { DateWindow } from '../domain/dates';
import {
  AGENCY_HEADWORDS, AGENCY_WEAK_HEADWORDS, type AgencyEntry, type AgencyMatch, type AgencyRegistry, type ListItem, getAgencyRegistry,
} from '../data/agencies';
import { TokenTable, firstWordKey, isSpaceCode, keyHash, nameTokens, tokenize, trailingLevelWord } from '../data/agencyText';
import { getCitations } from './index';
import { datesInClause } from './unitContext';
import { documentProvince } from './places';
import { getUnitMentions } from './units';

export type AgencyZone = 'superior' | 'issuer' | 'abstract' | 'body' | 'recipients';

export interface AgencyMention {
  /** The name as written, without the trailing locality ("UBND tỉnh", "Sở Tài chính", "Tài chính"). */
  span: Span;
  text: string;
  /** The name without a trailing level word ("UBND" of "UBND tỉnh"): what a replacement replaces. */
  coreSpan: Span;
  /** With the locality ("Sở Tài chính tỉnh Cao Bằng"). */
  fullSpan: Span;
  locality?: string;
  /** Registry entries it denotes (a list short name may denote a ministry and a department). */
  entries: AgencyEntry[];
  via: 'name' | 'alias' | 'abbreviation' | 'short-name';
  zone: AgencyZone;
  /** An item of a "các Sở, ngành: …" list. */
  inList: boolean;
  /**
   * Names the body as it was at an earlier time: the issuer of a cited document ("Kế hoạch số
   * 20/KH-STNMT ngày 07/02/2023 của Sở Tài nguyên và Môi trường"), "(cũ)", "nay là", or the body
   * was valid on a date cited earlier in its clause. Such mentions are history, not errors.
   * (Worked out when first read.)
   */
  readonly historical: boolean;
  levelMismatch?: string;
}

/** A phrase a headword starts (or a list item) that matches no known name. */
export interface UnknownAgencyPhrase {
  span: Span;
  text: string;
  zone: AgencyZone;
  inList: boolean;
}

export interface AgencyExtraction {
  mentions: AgencyMention[];
  unknown: UnknownAgencyPhrase[];
  /** The issuing province when the header names it ("UBND TỈNH LẠNG SƠN"), else the place name. */
  province?: string;
  /** True when `province` comes from the header (certain), false for the place/date line's place. */
  provinceCertain: boolean;
}

interface Zone { span: Span; zone: AgencyZone }

/** The zones agency names are read from; "Lưu: …" is free-form (VT + drafting unit) and skipped. */
export function agencyZones(model: NoticeModel): Zone[] {
  const z: Zone[] = [];
  if (model.header.superior) z.push({ span: model.header.superior.span, zone: 'superior' });
  if (model.header.issuer) z.push({ span: model.header.issuer.span, zone: 'issuer' });
  if (model.abstract) z.push({ span: model.abstract.span, zone: 'abstract' });
  if (model.body) z.push({ span: model.body.span, zone: 'body' });
  for (const item of model.recipients?.items ?? []) {
    if (/^\s*lưu\s*:/iu.test(item.value)) continue;
    z.push({ span: item.valueSpan, zone: 'recipients' });
  }
  return z;
}

const HEADWORD_KEYS = [...AGENCY_HEADWORDS, ...AGENCY_WEAK_HEADWORDS].map((h) => nameTokens(h)).sort((a, b) => b.length - a.length);
const HEADWORD_FIRST = new Set(HEADWORD_KEYS.map((h) => h[0]));
/** Their keyHash: a test of a word without slicing it, before the exact one. */
const HEADWORD_FIRST_HASH = new Set(HEADWORD_KEYS.map((h) => keyHash(h[0])));

/** Words of a headword at the start of `s` (folded), or 0. */
function headwordAt(s: string): number {
  if (!HEADWORD_FIRST.has(firstWordKey(s, 40).key)) return 0;
  const keys = nameTokens(s.slice(0, 40));
  for (const h of HEADWORD_KEYS) if (h.every((k, i) => keys[i] === k)) return h.length;
  return 0;
}

/**
 * `headwordAt(rest) > 0` for the word at token i, read on the zone's tokens instead of
 * re-tokenising 40 characters (profiling, 1 MB notice); undefined when only headwordAt can
 * tell: a word cut at its 40th character, or a first word that runs on past a dash other than
 * "-" (firstWordKey does not split there; the tokens do).
 */
function startsWithHeadword(zt: string, toks: TokenTable, i: number): boolean | undefined {
  const limit = toks.start(i) + 40;
  const next = zt.charCodeAt(toks.end(i));
  if ((next >= 0x2010 && next <= 0x2015) || next === 0x2212) return undefined;
  for (const h of HEADWORD_KEYS) {
    let j = i;
    let all = true;
    for (const k of h) {
      while (toks.soft(j)) j++;
      if (j >= toks.length || toks.start(j) >= limit) { all = false; break; }
      if (toks.end(j) > limit) return undefined;
      if (!toks.is(j, k)) { all = false; break; }
      j++;
    }
    if (all) return true;
  }
  return false;
}

/** "các Sở, ngành:", "các sở, ban, ngành, cơ quan:", "các Sở:" — then a list of short names. */
const LIST_HEAD = /(?<![\p{L}\p{M}])các\s+sở(?:\s*,\s*(?:ban|ngành|cơ\s+quan|đơn\s+vị))*\s*:/giu;
/**
 * A capital at `at`, a word token's start: where a name may begin. (A word token starts the zone
 * or follows white space or a separator, never a letter, digit, "&" or "/".)
 */
function isCapitalAt(t: string, at: number): boolean {
  // Decided on char codes (upper case by a table): this runs at every token of the zone
  // (profiling, 1 MB notice).
  const c = t.charCodeAt(at);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : isUpperCode(c);
}
const UPPER = /\p{Lu}/u;
/** UPPER of each UTF-16 code, filled on first sight (1 upper, 2 not): most words are lower case. */
const UPPER_CODE = new Uint8Array(0x10000);
function isUpperCode(c: number): boolean {
  let u = UPPER_CODE[c];
  if (u === 0) UPPER_CODE[c] = u = UPPER.test(String.fromCharCode(c)) ? 1 : 2;
  return u === 1;
}
/** How far after "các Sở, ngành:" a list of short names is read. */
const LIST_WINDOW = 4000;
/** The end of an unknown phrase: hard punctuation or a line break. */
const PHRASE_END = /[,;:.()\n"“”*]/u;

/** Length of a short name without a trailing level word ("Ban Dân tộc tỉnh" → "Ban Dân tộc"). */
function coreLength(text: string, memo: Map<string, number>): number {
  // The same few names recur thousands of times in a long notice: their core length is
  // memoised per extraction instead of re-tokenising each mention (profiling, 1 MB notice).
  let len = memo.get(text);
  if (len === undefined) {
    const toks = tokenize(text).filter((t) => !t.soft);
    const lw = trailingLevelWord(toks.map((t) => t.key));
    len = lw > 0 ? toks[lw - 1].end : text.length;
    memo.set(text, len);
  }
  return len;
}

const AFTER_FORMER = /^[^.;\n]{0,30}?(\(\s*cũ\s*\)|\bcũ(?![\p{L}\p{M}])|nay\s+là|trước\s+đây)/iu;
const BEFORE_FORMER = /(trước\s+đây|nguyên|trước\s+khi\s+(sắp\s+xếp|sáp\s+nhập|hợp\s+nhất))\s*$/iu;
const BEFORE_FORMER_ENDS = ['đây', 'nguyên', 'xếp', 'nhập', 'nhất'];
// "… số 20/KH-STNMT ngày 07/02/2023 của <agency>" when the citation extraction missed the issuer.
// (Written so that no two parts can take the same characters: the earlier form backtracked
// in the 4th degree of the window's length — test/unit/redos.test.ts.)
const CITED_ISSUER = /số\s+\d[^\s,;/]*\/[^\s,;]+(?:\s+ngày(?:\s+[\d/.]+)+(?:\s+tháng\s+\d+\s+năm\s+\d{4})?)?,?\s+của\s+$/iu;

const HISTORICAL = Symbol('historical');

/**
 * An agency mention whose `historical` is worked out when first read: a lint reads it only for
 * the few mentions agency/defunct would report, and working it out for every mention was a
 * fifth of the extraction (profiling, 1 MB notice: ~16,000 mentions).
 */
class Mention implements AgencyMention {
  /** The answer once read, before that what works it out (a symbol: not one of the mention's fields). */
  private [HISTORICAL]: boolean | History;

  constructor(
    public span: Span,
    public fullSpan: Span,
    public locality: string | undefined,
    public entries: AgencyEntry[],
    public via: AgencyMention['via'],
    public zone: AgencyZone,
    public inList: boolean,
    public levelMismatch: string | undefined,
    public text: string,
    public coreSpan: Span,
    history: History,
  ) {
    this[HISTORICAL] = history;
  }

  get historical(): boolean {
    const h = this[HISTORICAL];
    return typeof h === 'boolean' ? h : (this[HISTORICAL] = h.of(this.fullSpan, this.entries));
  }
}

/**
 * Is a mention the issuer of a cited document, or marked as a former body? One per extraction.
 * Each expression runs only when a character test implied by its match passes, and the text
 * around a mention is sliced only then (slices and three expressions per mention were a sixth
 * of the extraction: profiling, 1 MB notice, ~16,000 mentions).
 */
class History {
  /**
   * The last mention's start, its clause's start and whether that clause had a digit before it:
   * the clause of the next mention in the same clause is read back to there only (mentions are
   * mostly asked in text order, several to a clause: "phối hợp với Sở Tư pháp, Sở Y tế, …").
   */
  private prevStart = -1;
  private prevClause = -1;
  private prevDigit = false;
  /** One window per distinct date: a long notice cites the same dates again and again. */
  private readonly windows = new Map<string, DateWindow>();
  /**
   * The last citation starting at or before `citeAt`: found from the previous one when the
   * mentions go forward (a binary search per mention was ~1 ms: profiling, 1 MB notice).
   */
  private cite = -1;
  private citeAt = -1;

  constructor(private readonly text: string, private readonly reg: AgencyRegistry, private readonly cites: Span[]) {}

  /** `at` falls inside a citation (`cites` sorted by start, not overlapping). */
  private inCitation(at: number): boolean {
    const cites = this.cites;
    let c = this.cite;
    if (at < this.citeAt) c = lastStartingBy(cites, at);
    else while (c + 1 < cites.length && cites[c + 1].start <= at) c++;
    this.cite = c;
    this.citeAt = at;
    return c >= 0 && at < cites[c].end;
  }

  of(span: Span, entries: AgencyEntry[]): boolean {
    const text = this.text;
    if (this.inCitation(span.start)) return true;
    if (mayBeFormerAfter(text, span.end) && AFTER_FORMER.test(text.slice(span.end, span.end + 40))) return true;
    const from = Math.max(0, span.start - 200);
    let last = span.start - 1;
    while (last >= from && isSpaceCode(text.charCodeAt(last))) last--;
    // The last letter of "đây", "nguyên", "xếp", "nhập", "nhất" or "của", in either case.
    const lc = last >= from ? text.charCodeAt(last) | 0x20 : 0;
    if (lc === 0x79 || lc === 0x6e || lc === 0x70 || lc === 0x74 || lc === 0x61) {
      const before = text.slice(from, span.start);
      const trimmed = before.trimEnd();
      const tail = trimmed.slice(-8).toLowerCase();
      if (BEFORE_FORMER_ENDS.some((w) => tail.endsWith(w)) && BEFORE_FORMER.test(before)) return true;
      if (tail.endsWith('của') && trimmed.length < before.length && CITED_ISSUER.test(before)) return true;
    }
    // A date cited earlier in the clause at which the body existed: it is named as it was then.
    // The clause runs back to the last ";", "." or line break of the window; every date
    // datesInClause reads has a digit, so a clause without one is not read.
    const { clause, digit } = this.clauseBefore(span.start, from);
    if (!digit) return false;
    for (const d of datesInClause(text.slice(clause, span.start))) {
      let w = this.windows.get(d);
      if (!w) this.windows.set(d, (w = { from: d, to: nextDayIso(d) }));
      if (entries.some((e) => this.reg.isValid(e, w))) return true;
    }
    return false;
  }

  /** Start of the clause that ends at `at` (not before `from`), and whether it has a digit. */
  private clauseBefore(at: number, from: number): { clause: number; digit: boolean } {
    const text = this.text;
    const known = this.prevStart >= from && this.prevStart <= at && this.prevClause >= from;
    const stop = known ? this.prevStart : from;
    let k = at;
    let digit = false;
    for (; k > stop; k--) {
      const c = text.charCodeAt(k - 1);
      if (c === 0x3b || c === 0x2e || c === 0x0a) break;
      if (c >= 0x30 && c <= 0x39) digit = true;
    }
    let clause = k;
    if (k === stop && known) {
      clause = this.prevClause;
      digit ||= this.prevDigit;
    }
    this.prevStart = at;
    this.prevClause = clause;
    this.prevDigit = digit;
    return { clause, digit };
  }
}

/**
 * Can AFTER_FORMER match the 40 characters at `at`? A test its matches imply, on char codes and
 * without the slice: a key word starts in the first 31 characters, before any ".", ";" or line
 * break — "(" (for "(cũ)"), "cũ", "nay" + space + "l", "trước" + space + "đ", in any case.
 */
function mayBeFormerAfter(text: string, at: number): boolean {
  const to = Math.min(text.length, at + 31);
  for (let k = at; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x3b || c === 0x0a) return false;
    if (c === 0x28) return true;
    const l = c | 0x20;
    if (l === 0x63 && (text.charCodeAt(k + 1) | 1) === 0x169) return true;
    if (l === 0x6e && (text.charCodeAt(k + 1) | 0x20) === 0x61 && (text.charCodeAt(k + 2) | 0x20) === 0x79 && wordAfterSpace(text, k + 3, 0x6c, 0x4c)) return true;
    if (l === 0x74 && (text.charCodeAt(k + 1) | 0x20) === 0x72 && isUHorn(text.charCodeAt(k + 2)) && (text.charCodeAt(k + 3) | 1) === 0x1edb
      && (text.charCodeAt(k + 4) | 0x20) === 0x63 && wordAfterSpace(text, k + 5, 0x111, 0x110)) return true;
  }
  return false;
}

/** "ư" or "Ư". */
function isUHorn(c: number): boolean {
  return c === 0x1b0 || c === 0x1af;
}

/** White space at `at`, then the letter `lower` or `upper`. */
function wordAfterSpace(text: string, at: number, lower: number, upper: number): boolean {
  let k = at;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return k > at && (c === lower || c === upper);
}

/**
 * Index of the last of `spans` (sorted by start) that starts at or before `at`, or -1: a binary
 * search, since a long notice has thousands of citations and thousands of agency names.
 */
function lastStartingBy(spans: Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

function nextDayIso(d: string): string {
  const t = new Date(d + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/** The province of the issuer: from "UBND TỈNH X" / "THÀNH PHỐ X" in the header, else the place name. */
export function issuingProvince(model: NoticeModel): { province?: string; certain: boolean } {
  for (const c of [model.header.superior, model.header.issuer]) {
    const m = c && /(?:TỈNH|THÀNH PHỐ|Tỉnh|Thành phố)\s+([\p{Lu}][\p{L}\p{M}]*(?:[ -]+[\p{Lu}][\p{L}\p{M}]*)*)/u.exec(c.text);
    if (m) return { province: m[1].trim(), certain: true };
  }
  const place = model.placeDate?.place?.trim();
  return place ? { province: place, certain: false } : { certain: false };
}

/**
 * The agency mentions of a notice. `citationSpans`: the document's citations, sorted by start;
 * kept, and read when a mention's `historical` is first read (so not to be changed afterwards).
 */
export function extractAgencies(model: NoticeModel, reg: AgencyRegistry, citationSpans: Span[] = []): AgencyExtraction {
  const text = model.text;
  const mentions: AgencyMention[] = [];
  const unknown: UnknownAgencyPhrase[] = [];
  const cores = new Map<string, number>();
  // One `[entry]` per body named: mentions' entries are read-only, and a long notice names the
  // same bodies thousands of times (profiling, 1 MB notice).
  const singles = new Map<AgencyEntry, AgencyEntry[]>();
  const only = (e: AgencyEntry): AgencyEntry[] => {
    let a = singles.get(e);
    if (!a) singles.set(e, (a = [e]));
    return a;
  };
  const history = new History(text, reg, citationSpans);
  const lists = new Map<string, Array<{ item: ListItem; full: AgencyMatch | undefined; short: ReturnType<AgencyRegistry['matchShortNamePrefix']> }>>();
  for (const { span: zs, zone } of agencyZones(model)) {
    // Offsets of the zone already taken by a name or list item: a bitmap, so the checks below
    // are O(1) per word start (taken.some() per word start was quadratic on long documents).
    const covered = new Uint8Array(zs.end - zs.start);
    function take(t: Span): void {
      // A loop: a name is a few dozen characters, and the fill builtin's call cost dominated.
      const to = Math.max(0, Math.min(zs.end, t.end) - zs.start);
      for (let k = Math.max(0, t.start - zs.start); k < to; k++) covered[k] = 1;
    }
    function isCovered(s: Span): boolean {
      return covered.subarray(Math.max(0, s.start - zs.start), Math.max(0, s.end - zs.start)).includes(1);
    }
    /**
     * A mention at [start, end), its locality to fullEnd; `match` = a registry name match (not a
     * short name), whose core ends at coreEnd.
     */
    function push(start: number, end: number, fullEnd: number, entries: AgencyEntry[], via: AgencyMention['via'], inList: boolean, match?: AgencyMatch, coreEnd?: number): void {
      let locality = match?.locality;
      // A locality never runs across a line break ("huyện Bắc Sơn\n\n- Tăng cường"). (Looked
      // for between the name and its end only, on char codes: profiling, 1 MB notice.)
      let nl = end;
      while (nl < fullEnd && text.charCodeAt(nl) !== 10) nl++;
      if (nl < fullEnd) {
        if (nl > end && text.charCodeAt(nl - 1) === 13) nl--;
        fullEnd = nl;
        if (locality) locality = text.slice(end, fullEnd).trim() || undefined;
      }
      // Spans are read-only: equal ones are one object (fewer objects to collect: profiling, 1 MB).
      const span = { start, end };
      const fullSpan = fullEnd === end ? span : { start, end: fullEnd };
      const t = text.slice(start, end);
      if (coreEnd === undefined) coreEnd = start + coreLength(t, cores);
      const coreSpan = coreEnd === end ? span : { start, end: coreEnd };
      const mention = new Mention(span, fullSpan, locality, entries, via, zone, inList, match?.levelMismatch, t, coreSpan, history);
      take(fullSpan);
      if (inList) listed.push(mention);
      else {
        while (nextListed < listed.length && listed[nextListed].span.start < start) mentions.push(listed[nextListed++]);
        mentions.push(mention);
      }
    }
    // The list items of the zone are read first and wait here to join `mentions` in text order
    // (their sort was ~1 ms: profiling, 1 MB notice).
    const listed: AgencyMention[] = [];
    let nextListed = 0;
    // 1. Lists of short names after "các Sở, ngành:" (RULES.md, agency family, last note).
    const zt = text.slice(zs.start, zs.end);
    const toks = new TokenTable(text, zs.start, zs.end);
    for (const lh of zt.matchAll(LIST_HEAD)) {
      const from = zs.start + lh.index! + lh[0].length;
      // A bounded window: splitList normalises all it is given, and the rest of a 1 MB body per
      // list head was quadratic. A list of short names is far shorter than this.
      // A list ends at its line's end (the registry stops there too): read no further.
      const eol = text.indexOf('\n', from);
      const to = Math.min(zs.end, from + LIST_WINDOW, eol < 0 ? zs.end : eol);
      // The same list recurs across a long notice ("các Sở, ngành: Tài chính, Nội vụ, …" in every
      // section): its items and their matches (pure functions of the text) are read once per
      // extraction (profiling, 1 MB notice: 968 lists × 8 items × 4 tokenisations).
      const listText = text.slice(from, to);
      let read = lists.get(listText);
      if (!read) {
        read = reg.splitList(listText).map((item) => ({ item, full: reg.matchPrefix(item.text), short: reg.matchShortNamePrefix(item.text) }));
        lists.set(listText, read);
      }
      for (const { item, full, short } of read) {
        const s = from + item.start;
        if (full && (!short || full.end >= short.end)) {
          push(s, s + full.matchedText.length, s + full.end, only(full.entry), full.via, true, full, s + full.coreEnd);
        } else if (short) {
          const prov = short.entries.filter((e) => e.level === 'province');
          push(s, s + short.end, s + short.end, prov.length ? prov : short.entries, 'short-name', true);
        } else if (item.text.trim()) {
          unknown.push({ span: { start: s, end: s + item.text.length }, text: item.text, zone, inList: true });
          take({ start: s, end: s + item.text.length });
        }
      }
    }
    // 2. Names anywhere, at capitalised word starts, longest known name first. The zone is
    // tokenised once; each word start is then a map lookup of its first word (tokenising a
    // window at every capitalised word was the hot spot of a long document).
    for (let i = 0; i < toks.length; i++) {
      // (In the document's text, not the zone's slice of it: reading a sliced string is slower.)
      const at = zs.start + toks.start(i);
      if (toks.soft(i) || !isCapitalAt(text, at) || covered[at - zs.start]) continue;
      const m = reg.matchAt(zt, toks, i);
      // A bare "Báo" before a lower-case word is "Báo cáo", not the provincial newspaper.
      const bare = m && m.entry.localityName && !m.locality && nameTokens(m.matchedText).length === 1;
      if (m && !bare) {
        push(at, at + m.matchedText.length, zs.start + m.end, only(m.entry), m.via, false, m, zs.start + m.coreEnd);
        continue;
      }
      if (!HEADWORD_FIRST_HASH.has(toks.hash(i)) || !HEADWORD_FIRST.has(toks.key(i))) continue;
      const rest = text.slice(at, Math.min(zs.end, at + 400));
      if (!(startsWithHeadword(zt, toks, i) ?? headwordAt(rest) > 0)) continue;
      const stop = rest.search(PHRASE_END);
      const phrase = (stop < 0 ? rest : rest.slice(0, stop)).trimEnd();
      const span = { start: at, end: at + phrase.length };
      if (!isCovered(span)) unknown.push({ span, text: phrase, zone, inList: false });
    }
    while (nextListed < listed.length) mentions.push(listed[nextListed++]);
  }
  // `mentions` is in text order as pushed: the zones come in text order (header, abstract, body,
  // Nơi nhận items), and so do a zone's mentions. Not `unknown`: a zone's lists are read first.
  unknown.sort((a, b) => a.span.start - b.span.start);
  const p = issuingProvince(model);
  return { mentions, unknown, province: p.province, provinceCertain: p.certain };
}

/**
 * Cached per lint run; shared by the agency and abbreviation rules. Needs the registry. With the
 * gazetteer, the issuing province is `documentProvince` (places.ts: header, else the place/date
 * line's place resolved to its province), which is certain enough to judge province-only bodies.
 */
export function getAgencyMentions(ctx: Pick<RuleContext, 'model' | 'cache' | 'data' | 'docDate'>): AgencyExtraction {
  const key = 'extract/agencies';
  let v = ctx.cache.get(key) as AgencyExtraction | undefined;
  if (!v) {
    const reg = ctx.data?.agencies ?? getAgencyRegistry();
    const cites = getCitations(ctx).map((c) => c.span).sort((a, b) => a.start - b.start);
    v = extractAgencies(ctx.model, reg, cites);
    const g = ctx.data?.gazetteer;
    const reading = g ? documentProvince(ctx.model, g, ctx.docDate, getUnitMentions(ctx)) : undefined;
    if (reading) v = { ...v, province: reading.unit.name, provinceCertain: reading.source !== 'mentions' };
    ctx.cache.set(key, v);
  }
  return v;
}
