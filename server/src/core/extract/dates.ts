/**
 * Date entities in running text (DOMAIN.md §4): "24/9/2024", "ngày 24 tháng 9 năm 2024",
 * "ngày 01-10-1997" (Party style), "tháng 6/2024", "Quý III/2024", "06 tháng đầu năm 2024",
 * "năm 2024", "ngày 24 và 25/01/2020" (the 24 shares month and year with 25/01/2020), and
 * weekday phrases ("thứ Hai, ngày 16/7/2024").
 *
 * Precision first: counts and ratios ("10/21 xã", "14/19 tiêu chí", "4/4"), decimals
 * ("13,43", "17.1") and periods ("2016-2020", "2021 - 2025") are not dates. A numeric d/m
 * date needs a four-digit year, or the word "ngày" in front of d/m.
 * Pure: text in, entities out; offsets are offsets in the given text.
 */
import type { Span } from '../parse/model';
import { isValidDate, windowOf, iso, daysInMonth, type DateWindow } from '../domain/dates';

export type DateKind = 'day' | 'month' | 'quarter' | 'period' | 'year';

export interface DatePartSpan {
  value: number;
  raw: string;
  span: Span;
}

export interface WeekdayMention {
  /** 0 = Sunday … 6 = Saturday (as written). */
  value: number;
  raw: string;
  span: Span;
}

export interface DateEntity {
  kind: DateKind;
  day?: number;
  month?: number;
  year?: number;
  quarter?: number;
  /** For periods "06 tháng đầu năm": the number of months and which end of the year. */
  months?: number;
  end?: 'first' | 'last';
  /** The calendar window (from inclusive, to exclusive); undefined without a year or when invalid. */
  window?: DateWindow;
  span: Span;
  /** The written parts; a shared part ("24" in "ngày 24 và 25/01/2020") is not repeated. */
  dayPart?: DatePartSpan;
  monthPart?: DatePartSpan;
  yearPart?: DatePartSpan;
  quarterPart?: { value: number; raw: string; span: Span };
  /** How it is written. */
  style: 'numeric' | 'dash' | 'words' | 'period';
  /** Month/year were borrowed from the next date of a list ("ngày 24 và 25/01/2020"). */
  shared?: boolean;
  /** The day/month/year exist on the calendar (parts that are absent are not judged). */
  valid: boolean;
  /** Which part is off the calendar, for the message. */
  invalidPart?: 'day' | 'month' | 'quarter';
  weekday?: WeekdayMention;
  /** Set by getDates: the date belongs to a citation ("Kế hoạch số … ngày 18/01/2024"). */
  inCitation?: boolean;
}

const L = '\\p{L}\\p{M}';
/** Not inside a word or a number. */
const NB = `(?<![${L}\\d/.])`;
const NA = `(?![${L}\\d])`;

const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

function part(text: string, base: number, raw: string, offsetInMatch: number): DatePartSpan {
  const s = base + offsetInMatch;
  return { value: Number(raw), raw, span: { start: s, end: s + raw.length } };
}

function finish(e: DateEntity): DateEntity {
  const { day, month, year } = e;
  e.valid = true;
  if (month !== undefined && (month < 1 || month > 12)) {
    e.valid = false;
    e.invalidPart = 'month';
  } else if (day !== undefined) {
    const max = month === undefined ? 31 : year === undefined ? (month === 2 ? 29 : daysInMonth(2000, month)) : daysInMonth(year, month);
    if (day < 1 || day > max) {
      e.valid = false;
      e.invalidPart = 'day';
    }
  }
  if (e.quarter !== undefined && (e.quarter < 1 || e.quarter > 4)) {
    e.valid = false;
    e.invalidPart = 'quarter';
  }
  if (year !== undefined && e.valid) {
    if (e.kind === 'quarter' && e.quarter) {
      const m1 = (e.quarter - 1) * 3 + 1;
      e.window = { from: iso(year, m1, 1), to: e.quarter === 4 ? iso(year + 1, 1, 1) : iso(year, m1 + 3, 1) };
    } else if (e.kind === 'period' && e.months && e.months >= 1 && e.months <= 12) {
      e.window =
        e.end === 'last'
          ? { from: iso(year, 13 - e.months, 1), to: iso(year + 1, 1, 1) }
          : { from: iso(year, 1, 1), to: e.months === 12 ? iso(year + 1, 1, 1) : iso(year, e.months + 1, 1) };
    } else {
      e.window = windowMemo(year, month, day);
    }
  }
  return e;
}

/**
 * windowOf, memoised: a long notice repeats the same few hundred dates thousands of times and
 * windowOf formats and re-parses ISO strings for each (~5 ms on the 1 MB notice). windowOf is
 * pure; each call gets its own window object (the strings are shared, being immutable).
 */
const windowCache = new Map<number, DateWindow | undefined>();
function windowMemo(year: number, month?: number, day?: number): DateWindow | undefined {
  // year, month and day come from \d{4}, \d{1,2}, \d{1,2}: the key is unique and safe.
  const key = year * 1e6 + (month ?? 999) * 1e3 + (day ?? 999);
  let w = windowCache.get(key);
  if (w === undefined && !windowCache.has(key)) {
    if (windowCache.size >= 20000) windowCache.clear();
    w = windowOf(year, month, day);
    windowCache.set(key, w);
  }
  return w && { from: w.from, to: w.to };
}

interface Matcher {
  re: RegExp;
  /**
   * A word every match contains, with the same flags: when the text lacks it the pattern is
   * not run. Mostly for dateAt, which runs all patterns on 40 characters once per citation.
   */
  need?: RegExp;
  build(m: RegExpExecArray): DateEntity[];
}

const matchers: Matcher[] = [
  // "ngày 24 và 25/01/2020", "ngày 24, 25 và 26/01/2020", "ngày 24 - 26/01/2020": the first days share month and year.
  {
    re: new RegExp(`${NB}(ngày)\\s+((?:\\d{1,2}\\s*(?:,|và|-|–|đến)\\s*)+)(\\d{1,2})/(\\d{1,2})/(\\d{4})${NA}`, 'giu'),
    build(m) {
      const out: DateEntity[] = [];
      const list = m[2];
      const listStart = m.index + m[0].indexOf(list, m[1].length);
      const month = Number(m[4]);
      const year = Number(m[5]);
      const dre = /\d{1,2}/g;
      let d: RegExpExecArray | null;
      while ((d = dre.exec(list)) !== null) {
        const dp = part('', listStart, d[0], d.index);
        out.push(finish({ kind: 'day', day: dp.value, month, year, span: dp.span, dayPart: dp, style: 'numeric', shared: true, valid: true }));
      }
      const tailRaw = `${m[3]}/${m[4]}/${m[5]}`;
      const tailStart = m.index + m[0].length - tailRaw.length;
      out.push(numericEntity(m[3], m[4], m[5], tailStart, 'numeric'));
      return out;
    },
  },
  // "ngày 24 tháng 9 năm 2024", "ngày 14 tháng 8" (year unknown).
  {
    need: /tháng/iu,
    re: new RegExp(`${NB}ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,\\s*năm)\\s+(\\d{4}))?${NA}`, 'giu'),
    build(m) {
      const rest = m[0];
      const dOff = rest.search(/\d/);
      const mOff = rest.indexOf(m[2], rest.search(/tháng/iu));
      const dp = part('', m.index, m[1], dOff);
      const mp = part('', m.index, m[2], mOff);
      const e: DateEntity = { kind: 'day', day: dp.value, month: mp.value, span: { start: m.index, end: m.index + rest.length }, dayPart: dp, monthPart: mp, style: 'words', valid: true };
      if (m[3]) {
        e.yearPart = part('', m.index, m[3], rest.lastIndexOf(m[3]));
        e.year = e.yearPart.value;
      }
      return [finish(e)];
    },
  },
  // "24/9/2024", "ngày 24/9/2024", "ngày 01-10-1997", "ngày 01.10.1997".
  // The leading lookahead changes no match (a match starts with "n"/"N" of "ngày" or a digit;
  // nothing else folds to n under /iu) but lets the engine skip positions by a character test
  // before running the lookbehind at each: ~10 -> ~4 ms on the 1 MB notice. (The other
  // patterns start with a literal word, which the engine already scans for.)
  {
    re: new RegExp(`(?=[nN\\d])${NB}(?:(ngày)\\s+)?(\\d{1,2})([/.\\-])(\\d{1,2})\\3(\\d{4})(?![${L}\\d]|[/.\\-][${L}\\d])`, 'giu'),
    build(m) {
      // Dashes and dots only after "ngày": "2-3-2020" alone may be anything.
      if (m[3] !== '/' && !m[1]) return [];
      const raw = `${m[2]}${m[3]}${m[4]}${m[3]}${m[5]}`;
      const e = numericEntity(m[2], m[4], m[5], m.index + m[0].length - raw.length, m[3] === '/' ? 'numeric' : 'dash', m[3]);
      e.span.start = m.index;
      return [e];
    },
  },
  // "ngày 24/9" (no year): only with "ngày".
  {
    re: new RegExp(`${NB}ngày\\s+(\\d{1,2})/(\\d{1,2})(?![${L}\\d/])`, 'giu'),
    build(m) {
      const off = m[0].search(/\d/);
      const dp = part('', m.index, m[1], off);
      const mp = part('', m.index, m[2], off + m[1].length + 1);
      return [finish({ kind: 'day', day: dp.value, month: mp.value, span: { start: m.index, end: m.index + m[0].length }, dayPart: dp, monthPart: mp, style: 'numeric', valid: true })];
    },
  },
  // "06 tháng đầu năm 2024", "6 tháng cuối năm".
  {
    need: /tháng/iu,
    re: new RegExp(`${NB}(\\d{1,2})\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s+(\\d{4}))?${NA}`, 'giu'),
    build(m) {
      const e: DateEntity = {
        kind: 'period',
        months: Number(m[1]),
        end: m[2].toLowerCase() === 'cuối' ? 'last' : 'first',
        span: { start: m.index, end: m.index + m[0].length },
        style: 'period',
        valid: true,
      };
      if (m[3]) {
        e.yearPart = part('', m.index, m[3], m[0].length - m[3].length);
        e.year = e.yearPart.value;
      }
      return [finish(e)];
    },
  },
  // "tháng 6/2024", "tháng 02/2020", "tháng 6 năm 2024", "tháng 8" (no year); "tháng 8 và tháng 9/2024" shares the year.
  {
    need: /tháng/iu,
    re: new RegExp(`${NB}(?<!(?:lương|thưởng)\\s)tháng\\s+(\\d{1,2})(?:(?:/|\\s+năm\\s+)(\\d{4}))?(?![${L}\\d]|[/.,]\\d)`, 'giu'),
    build(m) {
      const mOff = m[0].search(/\d/);
      const mp = part('', m.index, m[1], mOff);
      const e: DateEntity = { kind: 'month', month: mp.value, span: { start: m.index, end: m.index + m[0].length }, monthPart: mp, style: m[0].includes('/') ? 'numeric' : 'words', valid: true };
      if (m[2]) {
        e.yearPart = part('', m.index, m[2], m[0].length - m[2].length);
        e.year = e.yearPart.value;
      }
      return [finish(e)];
    },
  },
  // "Quý III/2024", "quý I năm 2024", "quý 3/2024".
  {
    need: /quý/iu,
    re: new RegExp(`${NB}quý\\s+(IV|III|II|I|\\d)(?:(?:/|\\s+năm\\s+)(\\d{4}))?${NA}`, 'giu'),
    build(m) {
      const raw = m[1];
      const q = /\d/.test(raw) ? Number(raw) : ROMAN[raw.toUpperCase()];
      const qOff = m[0].indexOf(raw, 3);
      const e: DateEntity = {
        kind: 'quarter',
        quarter: q,
        quarterPart: { value: q, raw, span: { start: m.index + qOff, end: m.index + qOff + raw.length } },
        span: { start: m.index, end: m.index + m[0].length },
        style: 'numeric',
        valid: true,
      };
      if (m[2]) {
        e.yearPart = part('', m.index, m[2], m[0].length - m[2].length);
        e.year = e.yearPart.value;
      }
      return [finish(e)];
    },
  },
  // "năm 2024" (not "năm 2016-2020", a span of years).
  {
    need: /năm/iu,
    re: new RegExp(`${NB}năm\\s+(\\d{4})(?![${L}\\d]|\\s*[-–]\\s*\\d)`, 'giu'),
    build(m) {
      const yp = part('', m.index, m[1], m[0].length - m[1].length);
      return [finish({ kind: 'year', year: yp.value, span: { start: m.index, end: m.index + m[0].length }, yearPart: yp, style: 'words', valid: true })];
    },
  },
  // "ngày 32" alone (no month): only judged for the day number.
  {
    re: new RegExp(`${NB}ngày\\s+(\\d{1,2})(?![${L}\\d]|\\s*[/.\\-]\\s*\\d|\\s+tháng|\\s*(?:,|và|-|–|đến)\\s*\\d)`, 'giu'),
    build(m) {
      const dp = part('', m.index, m[1], m[0].length - m[1].length);
      return [finish({ kind: 'day', day: dp.value, span: { start: m.index, end: m.index + m[0].length }, dayPart: dp, style: 'words', valid: true })];
    },
  },
];

function numericEntity(d: string, mo: string, y: string, start: number, style: 'numeric' | 'dash', sep = '/'): DateEntity {
  const dp = { value: Number(d), raw: d, span: { start, end: start + d.length } };
  const ms = start + d.length + 1;
  const mp = { value: Number(mo), raw: mo, span: { start: ms, end: ms + mo.length } };
  const ys = ms + mo.length + sep.length;
  const yp = { value: Number(y), raw: y, span: { start: ys, end: ys + y.length } };
  return finish({ kind: 'day', day: dp.value, month: mp.value, year: yp.value, span: { start, end: ys + y.length }, dayPart: dp, monthPart: mp, yearPart: yp, style, valid: true });
}

/** "thứ Hai", "Thứ 2", "Chủ nhật", "CN" right before a date, with an optional comma and "ngày". */
// On one line: "2. Nội dung thứ 2" above a paragraph that opens with a date is an ordinal
// heading, not a weekday (found on the generated benchmark notice).
const SP = '[^\\S\\n\\r]';
const WEEKDAY_BEFORE = new RegExp(`(?<![${L}])(thứ${SP}+(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ${SP}+nhật)${SP}*[,(]?${SP}*(?:ngày${SP}+)?$`, 'iu');

function attachWeekday(text: string, e: DateEntity): void {
  if (e.kind !== 'day' || e.day === undefined) return;
  const from = Math.max(0, e.span.start - 24);
  if (!hasWeekdayVowel(text, from, e.span.start)) return;
  const before = text.slice(from, e.span.start);
  const m = WEEKDAY_BEFORE.exec(before);
  if (!m) return;
  const start = e.span.start - before.length + m.index;
  const raw = m[1];
  const value = m[2] ? WEEKDAYS[m[2].toLowerCase()] : 0;
  e.weekday = { value, raw, span: { start, end: start + raw.length } };
}

/**
 * Does text[from, to) hold "ứ" or "ủ" (either case)? WEEKDAY_BEFORE needs "thứ" or "chủ"
 * (precomposed, as in the pattern; no other character folds to these under /iu), so without
 * one there is no weekday: most dates are skipped without a slice and a regular expression.
 */
function hasWeekdayVowel(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x1ee6 && c <= 0x1ee9) return true; // Ủ ủ Ứ ứ
  }
  return false;
}

/**
 * All date entities of a text, in order, without overlaps (the longest reading wins:
 * "ngày 24 tháng 9 năm 2024" is one date, not a day plus a month plus a year).
 */
export function extractDates(text: string): DateEntity[] {
  // `found` is kept sorted by start. Its spans never overlap one another (an entity is only
  // added when it overlaps none of them, and the entities of one match do not overlap), so
  // their ends are sorted too and an overlap test is a binary search, not a scan of all
  // entities found so far: that scan was quadratic (~150 ms of ~180 ms on the 1 MB notice).
  // The entities of one matcher go to `added` (also sorted: a matcher's matches come in
  // order and do not overlap), merged into `found` after the matcher: no splice per entity.
  let found: DateEntity[] = [];
  for (const mt of matchers) {
    if (mt.need && !mt.need.test(text)) continue;
    mt.re.lastIndex = 0;
    const added: DateEntity[] = [];
    let m: RegExpExecArray | null;
    while ((m = mt.re.exec(text)) !== null) {
      const built = mt.build(m);
      if (built.length && !overlapsAny(found, m.index, m.index + m[0].length) && !built.some((b) => overlapsAny(found, b.span.start, b.span.end) || overlapsAny(added, b.span.start, b.span.end))) {
        for (const b of built) {
          if (added.length && added[added.length - 1].span.start > b.span.start) added.splice(firstEndingAfter(added, b.span.start), 0, b);
          else added.push(b);
        }
      }
      if (m[0].length === 0) mt.re.lastIndex++;
    }
    if (added.length) found = mergeByStart(found, added);
  }
  for (const e of found) attachWeekday(text, e);
  return found;
}

/** Two sorted, mutually non-overlapping lists of entities as one sorted list. */
function mergeByStart(a: DateEntity[], b: DateEntity[]): DateEntity[] {
  if (!a.length) return b;
  const out: DateEntity[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i].span.start < b[j].span.start ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** Index of the first entity of `sorted` (sorted, non-overlapping spans) whose span ends after `at`. */
function firstEndingAfter(sorted: DateEntity[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].span.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does [start, end) overlap a span of `sorted` (sorted, non-overlapping spans)? */
function overlapsAny(sorted: DateEntity[], start: number, end: number): boolean {
  const i = firstEndingAfter(sorted, start);
  return i < sorted.length && sorted[i].span.start < end;
}

/** Parses one date that starts exactly at `pos` (after "ngày " in a citation), or undefined. */
export function dateAt(text: string, pos: number): DateEntity | undefined {
  const slice = text.slice(pos, pos + 40);
  const all = extractDates(slice);
  const first = all[0];
  if (!first || first.span.start !== 0 || first.kind !== 'day' || first.shared) return undefined;
  return shift(first, pos);
}

/**
 * Moves an entity of extractDates(slice) by `by`, in place: the entity and its parts are
 * fresh objects of that call, so no copy is needed (the spread copies were most of
 * dateAt's time, which runs once per citation). The result has the same keys, in the same
 * order, as the copy it replaces: the five part keys are always present, undefined when absent.
 */
function shift(e: DateEntity, by: number): DateEntity {
  const move = <T extends { span: Span }>(x?: T): T | undefined => {
    if (x) x.span = { start: x.span.start + by, end: x.span.end + by };
    return x;
  };
  e.span = { start: e.span.start + by, end: e.span.end + by };
  e.dayPart = move(e.dayPart);
  e.monthPart = move(e.monthPart);
  e.yearPart = move(e.yearPart);
  e.quarterPart = move(e.quarterPart);
  e.weekday = move(e.weekday);
  return e;
}

/** A date as written for messages: "31/4/2024". */
export function formatDate(e: Pick<DateEntity, 'day' | 'month' | 'year'>): string {
  return [e.day, e.month, e.year].filter((x) => x !== undefined).join('/');
}

export { isValidDate };
