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
import * as scan from '../text/scan';
import * as spans from './spans';
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

// Bound once: run through tsx (tests, benchmarks), an imported function is read through a
// getter at each call (profiling, 1 MB notice: ~0.4 ms of extractDates).
const { isWhite, letterOrMarkAt, letterOrMarkBefore } = scan;
const { firstEndingAfter } = spans;

const L = '\\p{L}\\p{M}';
/** Not inside a word or a number. */
const NB = `(?<![${L}\\d/.])`;
const NA = `(?![${L}\\d])`;

const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };

/** Quarters in Roman numerals, V–VIII included so that a wrong one ("Quý V/2024") is read and reported. */
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8 };

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
  // year, month and day come from \d{4}, \d{1,2}, \d{1,2}: the key is unique, and below 2³⁰
  // (a small integer: no number allocated and hashed per lookup, as year·10⁶ was).
  const key = (year * 101 + (month ?? 100)) * 101 + (day ?? 100);
  let w = windowCache.get(key);
  if (w === undefined && !windowCache.has(key)) {
    if (windowCache.size >= 20000) windowCache.clear();
    w = windowOf(year, month, day);
    windowCache.set(key, w);
  }
  return w && { from: w.from, to: w.to };
}

/**
 * Where a match of each pattern may start, found in one scan of the text (findStarts). Each
 * pattern runs only at these positions (sticky), instead of nine global scans of the whole
 * text with a \p{L} look-behind at every position (profiling, 1 MB notice: ~13 ms of
 * regular-expression scanning; and dateAt ran all nine on each 40-character slice).
 * Each list is a superset of the positions where its pattern can match, in increasing order,
 * so trying them in order from the end of the previous match finds what a global scan found.
 * Every pattern with "ngày" needs "ngày", white space, and one or two digits: the lists of
 * "ngày" are split by the character after those digits.
 */
interface Starts {
  /** "ngày" with digits then white space, ",", "-", "–", "và" or "đến" ("ngày 24 và 25/01/2020"). */
  ngayList: number[];
  /** "ngày" with digits then white space ("ngày 24 tháng 9"). */
  ngayWords: number[];
  /** "ngày" with digits then "/", "." or "-", and the runs of one or two digits followed by "/", in order. */
  numeric: number[];
  /** "ngày" with digits then "/", not followed by one or two digits and "/" ("ngày 24/9"). */
  ngayDayMonth: number[];
  /** "ngày" with digits not followed by "/", "." or "-" and a digit ("ngày 32"). */
  ngayDay: number[];
  /** Runs of one or two digits followed by white space and "tháng" ("06 tháng đầu năm"). */
  period: number[];
  /** "tháng" followed by white space and a digit. */
  thang: number[];
  quy: number[];
  /** "năm" followed by white space and a digit. */
  nam: number[];
}

interface Matcher {
  starts(s: Starts): number[];
  /** Reads a match at `at`: pushes its entities (maybe none) to `out` and returns its end, or -1 when no match starts there. */
  read(text: string, at: number, out: DateEntity[]): number;
}

/** A matcher from a sticky expression and the entities of its match. */
function sticky(re: RegExp, starts: (s: Starts) => number[], build: (m: RegExpExecArray) => DateEntity[]): Matcher {
  return {
    starts,
    read(text, at, out) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null) return -1;
      for (const e of build(m)) out.push(e);
      return at + m[0].length;
    },
  };
}

const matchers: Matcher[] = [
  // "ngày 24 và 25/01/2020", "ngày 24, 25 và 26/01/2020", "ngày 24 - 26/01/2020": the first days share month and year.
  sticky(
    new RegExp(`${NB}(ngày)\\s+((?:\\d{1,2}\\s*(?:,|và|-|–|đến)\\s*)+)(\\d{1,2})/(\\d{1,2})/(\\d{4})${NA}`, 'iuy'),
    (s) => s.ngayList,
    (m) => {
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
  ),
  // "ngày 24 tháng 9 năm 2024", "ngày 14 tháng 8" (year unknown).
  sticky(
    new RegExp(`${NB}ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,\\s*năm)\\s+(\\d{4}))?${NA}`, 'iuy'),
    (s) => s.ngayWords,
    (m) => {
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
  ),
  // "24/9/2024", "ngày 24/9/2024", "ngày 01-10-1997", "ngày 01.10.1997": the commonest form,
  // read by hand (numericAt; its expression's match arrays and substrings were the largest
  // cost of the extraction, profiling 1 MB notice).
  {
    starts: (s) => s.numeric,
    read(text, at, out) {
      const r = numericAt(text, at);
      if (typeof r === 'number') return r;
      out.push(r);
      return r.span.end;
    },
  },
  // "ngày 24/9" (no year): only with "ngày".
  sticky(
    new RegExp(`${NB}ngày\\s+(\\d{1,2})/(\\d{1,2})(?![${L}\\d/])`, 'iuy'),
    (s) => s.ngayDayMonth,
    (m) => {
      const off = m[0].search(/\d/);
      const dp = part('', m.index, m[1], off);
      const mp = part('', m.index, m[2], off + m[1].length + 1);
      return [finish({ kind: 'day', day: dp.value, month: mp.value, span: { start: m.index, end: m.index + m[0].length }, dayPart: dp, monthPart: mp, style: 'numeric', valid: true })];
    },
  ),
  // "06 tháng đầu năm 2024", "6 tháng cuối năm".
  sticky(
    new RegExp(`${NB}(\\d{1,2})\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s+(\\d{4}))?${NA}`, 'iuy'),
    (s) => s.period,
    (m) => {
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
  ),
  // "tháng 6/2024", "tháng 02/2020", "tháng 6 năm 2024", "tháng 8" (no year); "tháng 8 và tháng 9/2024" shares the year.
  sticky(
    new RegExp(`${NB}(?<!(?:lương|thưởng)\\s)tháng\\s+(\\d{1,2})(?:(?:/|\\s+năm\\s+)(\\d{4}))?(?![${L}\\d]|[/.,]\\d)`, 'iuy'),
    (s) => s.thang,
    (m) => {
      const mOff = m[0].search(/\d/);
      const mp = part('', m.index, m[1], mOff);
      const e: DateEntity = { kind: 'month', month: mp.value, span: { start: m.index, end: m.index + m[0].length }, monthPart: mp, style: m[0].includes('/') ? 'numeric' : 'words', valid: true };
      if (m[2]) {
        e.yearPart = part('', m.index, m[2], m[0].length - m[2].length);
        e.year = e.yearPart.value;
      }
      return [finish(e)];
    },
  ),
  // "Quý III/2024", "quý I năm 2024", "quý 3/2024".
  sticky(
    new RegExp(`${NB}quý\\s+(VIII|VII|VI|IV|V|III|II|I|\\d)(?:(?:/|\\s+năm\\s+)(\\d{4}))?${NA}`, 'iuy'),
    (s) => s.quy,
    (m) => {
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
  ),
  // "năm 2024" (not "năm 2016-2020", a span of years).
  sticky(
    new RegExp(`${NB}năm\\s+(\\d{4})(?![${L}\\d]|\\s*[-–]\\s*\\d)`, 'iuy'),
    (s) => s.nam,
    (m) => {
      const yp = part('', m.index, m[1], m[0].length - m[1].length);
      return [finish({ kind: 'year', year: yp.value, span: { start: m.index, end: m.index + m[0].length }, yearPart: yp, style: 'words', valid: true })];
    },
  ),
  // "ngày 32" alone (no month): only judged for the day number.
  sticky(
    new RegExp(`${NB}ngày\\s+(\\d{1,2})(?![${L}\\d]|\\s*[/.\\-]\\s*\\d|\\s+tháng|\\s*(?:,|và|-|–|đến)\\s*\\d)`, 'iuy'),
    (s) => s.ngayDay,
    (m) => {
      const dp = part('', m.index, m[1], m[0].length - m[1].length);
      return [finish({ kind: 'day', day: dp.value, span: { start: m.index, end: m.index + m[0].length }, dayPart: dp, style: 'words', valid: true })];
    },
  ),
];

/** NB at `at`: not after a letter, mark, digit, "/" or ".". */
function boundaryBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return !(isDigit(c) || c === 0x2f || c === 0x2e || letterOrMarkBefore(text, at));
}

/** `[${L}\d]` at `at`. */
function letterMarkOrDigitAt(text: string, at: number): boolean {
  return isDigit(text.charCodeAt(at)) || letterOrMarkAt(text, at);
}

const isDateSep = (c: number) => c === 0x2f || c === 0x2e || c === 0x2d;

/** "ngày" in either case at `i` (under /iu only the two cases of each of its letters fold together). */
function ngayAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i + 2);
  return (text.charCodeAt(i) | 0x20) === 0x6e && (text.charCodeAt(i + 1) | 0x20) === 0x67 && (a === 0xe0 || a === 0xc0) && (text.charCodeAt(i + 3) | 0x20) === 0x79;
}

/** The end of one or two digits at `i` (not followed by a third, which no pattern takes), or -1. */
function dayOrMonthEnd(text: string, i: number): number {
  if (!isDigit(text.charCodeAt(i))) return -1;
  return isDigit(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
}

/**
 * The numeric date at `at` (see matchers), or the end of a match without one, or -1 when
 * nothing matches there, as
 *   `${NB}(?:(ngày)\s+)?(\d{1,2})([/.\-])(\d{1,2})\3(\d{4})(?![${L}\d]|[/.\-][${L}\d])`
 * matched it, with the same spans. Nothing backtracks there: each part is followed by a
 * character its predecessor cannot take. Dashes and dots only after "ngày": "2-3-2020"
 * alone may be anything (the match is read and dropped).
 */
function numericAt(text: string, at: number, lookBehind = true): DateEntity | number {
  if (lookBehind && !boundaryBefore(text, at)) return -1;
  const withNgay = !isDigit(text.charCodeAt(at));
  let i = at;
  if (withNgay) {
    if (!ngayAt(text, at)) return -1;
    i = skipWhite(text, at + 4);
    if (i === at + 4) return -1;
  }
  const dEnd = dayOrMonthEnd(text, i);
  if (dEnd < 0) return -1;
  const sep = text.charCodeAt(dEnd);
  if (!isDateSep(sep)) return -1;
  const mEnd = dayOrMonthEnd(text, dEnd + 1);
  if (mEnd < 0 || text.charCodeAt(mEnd) !== sep) return -1;
  const y = mEnd + 1;
  for (let k = y; k < y + 4; k++) if (!isDigit(text.charCodeAt(k))) return -1;
  const end = y + 4;
  if (letterMarkOrDigitAt(text, end) || (isDateSep(text.charCodeAt(end)) && letterMarkOrDigitAt(text, end + 1))) return -1;
  if (sep !== 0x2f && !withNgay) return end;
  const sepText = text[dEnd];
  const e = numericEntity(text.slice(i, dEnd), text.slice(dEnd + 1, mEnd), text.slice(y, end), i, sep === 0x2f ? 'numeric' : 'dash', sepText);
  e.span.start = at;
  return e;
}

function numericEntity(d: string, mo: string, y: string, start: number, style: 'numeric' | 'dash', sep = '/'): DateEntity {
  const dp = { value: Number(d), raw: d, span: { start, end: start + d.length } };
  const ms = start + d.length + 1;
  const mp = { value: Number(mo), raw: mo, span: { start: ms, end: ms + mo.length } };
  const ys = ms + mo.length + sep.length;
  const yp = { value: Number(y), raw: y, span: { start: ys, end: ys + y.length } };
  const day = dp.value;
  const month = mp.value;
  const year = yp.value;
  const span = { start, end: ys + y.length };
  // What finish() gives a day with month and year, as one literal with the keys it would leave
  // (the invalid part or the window after `valid`): no key added after creation, once per
  // numeric date (profiling, 1 MB notice: the entity's construction was the costliest step).
  const invalid = month < 1 || month > 12 ? 'month' : day < 1 || day > daysInMonth(year, month) ? 'day' : undefined;
  if (invalid) return { kind: 'day', day, month, year, span, dayPart: dp, monthPart: mp, yearPart: yp, style, valid: false, invalidPart: invalid };
  return { kind: 'day', day, month, year, span, dayPart: dp, monthPart: mp, yearPart: yp, style, valid: true, window: windowMemo(year, month, day) };
}

/** "thứ Hai", "Thứ 2", "Chủ nhật", "CN" right before a date, with an optional comma and "ngày". */
// On one line: "2. Nội dung thứ 2" above a paragraph that opens with a date is an ordinal
// heading, not a weekday (found on the generated benchmark notice).
const SP = '[^\\S\\n\\r]';
const WEEKDAY_BEFORE = new RegExp(`(?<![${L}])(thứ${SP}+(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ${SP}+nhật)${SP}*[,(]?${SP}*(?:ngày${SP}+)?$`, 'iu');

/**
 * "(thứ Tư)", "(Chủ nhật)" right after a date, on its line: the other common place of the
 * weekday ("ngày 10/02/2026 (thứ Tư)"). Only the closed parenthesis counts: ", thứ hai" after a
 * date may begin an enumeration ("thứ hai là …").
 */
const WEEKDAY_AFTER = new RegExp(`${SP}*\\(${SP}*(thứ${SP}+(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ${SP}+nhật)${SP}*\\)`, 'iuy');

function attachWeekday(text: string, e: DateEntity): void {
  if (e.kind !== 'day' || e.day === undefined) return;
  if (!attachWeekdayBefore(text, e)) attachWeekdayAfter(text, e);
}

function attachWeekdayAfter(text: string, e: DateEntity): void {
  // The "(" within the next few characters, looked for there only (an indexOf over the rest of
  // the document per date was quadratic: npm run bench, 1 MB notice 80 → 111 ms).
  let open = e.span.end;
  const lim = Math.min(text.length, open + 4);
  while (open < lim && text.charCodeAt(open) !== 0x28) open++;
  if (open >= lim) return;
  WEEKDAY_AFTER.lastIndex = e.span.end;
  const m = WEEKDAY_AFTER.exec(text);
  if (!m) return;
  const start = e.span.end + m[0].indexOf(m[1]);
  e.weekday = { value: m[2] ? WEEKDAYS[m[2].toLowerCase()] : 0, raw: m[1], span: { start, end: start + m[1].length } };
}

function attachWeekdayBefore(text: string, e: DateEntity): boolean {
  const from = Math.max(0, e.span.start - 24);
  if (!hasWeekdayVowel(text, from, e.span.start)) return false;
  const before = text.slice(from, e.span.start);
  const m = WEEKDAY_BEFORE.exec(before);
  if (!m) return false;
  const start = e.span.start - before.length + m.index;
  const raw = m[1];
  const value = m[2] ? WEEKDAYS[m[2].toLowerCase()] : 0;
  e.weekday = { value, raw, span: { start, end: start + raw.length } };
  return true;
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
  // The entities of one matcher go to `added`, merged into `found` after the matcher. The
  // entities of a match lie within it, in order, and a matcher's matches come in order without
  // overlapping: `added` is sorted, and an entity overlaps one of `found` only if its match
  // does (one test per match; its entities are then taken back), never one of `added`.
  let found: DateEntity[] = [];
  const starts = findStarts(text);
  for (const mt of matchers) {
    const at = mt.starts(starts);
    if (!at.length) continue;
    const added: DateEntity[] = [];
    let from = 0; // where a global scan would resume: the end of the previous match
    for (let k = 0; k < at.length; k++) {
      if (at[k] < from) continue;
      const before = added.length;
      const end = mt.read(text, at[k], added);
      if (end < 0) continue;
      from = end;
      if (added.length > before && overlapsAny(found, at[k], end)) added.length = before;
    }
    if (added.length) found = mergeByStart(found, added);
  }
  for (const e of found) attachWeekday(text, e);
  return found;
}

/**
 * The four words, with the patterns' flags (so it finds what they find). No word starts
 * inside another but "ngày" in "thángày" (see findStarts).
 */
const WORDS = /ngày|năm|tháng|quý/giu;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** The end of the white space at `i`. */
function skipWhite(text: string, i: number): number {
  while (i < text.length && isWhite(text.charCodeAt(i))) i++;
  return i;
}

/** "," "-" "–" and the first letters of "và" and "đến", either case. */
function listSepStart(c: number): boolean {
  return c === 0x2c || c === 0x2d || c === 0x2013 || c === 0x76 || c === 0x56 || c === 0x111 || c === 0x110;
}

/**
 * The candidate starts of every pattern (see Starts): the words by one expression without
 * look-behind and the slashes by indexOf, which the engine scans for far faster than a
 * character loop or a \p{L} look-behind at every position. No pattern starts inside a run of
 * digits (each refuses a digit before). Numeric dates written with "-" or "." need "ngày"
 * (numericAt drops them otherwise), and no match can start inside such a dropped one (a digit
 * or "." stands before each of its digit runs but the first, or a digit after), so their digit
 * runs need not be tried.
 */
function findStarts(text: string): Starts {
  const s: Starts = { ngayList: [], ngayWords: [], numeric: [], ngayDayMonth: [], ngayDay: [], period: [], thang: [], quy: [], nam: [] };
  const slashRuns: number[] = [];
  for (let i = text.indexOf('/'); i !== -1; i = text.indexOf('/', i + 1)) {
    let d = i;
    while (d > 0 && isDigit(text.charCodeAt(d - 1))) d--;
    if (i - d === 1 || i - d === 2) slashRuns.push(d);
  }
  const re = WORDS;
  re.lastIndex = 0;
  let r = 0;
  while (re.test(text)) {
    const end = re.lastIndex;
    const last = text.charCodeAt(end - 1) | 0x20;
    if (last === 0x79) {
      // "ngày": white space, one or two digits (no pattern takes a third), and what follows them.
      const i = end - 4;
      const j = skipWhite(text, end);
      const k = j > end ? dayOrMonthEnd(text, j) : -1;
      if (k < 0) continue;
      const c = text.charCodeAt(k);
      if (isDigit(c)) continue;
      if (isWhite(c) || listSepStart(c)) s.ngayList.push(i);
      if (isWhite(c)) s.ngayWords.push(i);
      if (isDateSep(c)) {
        while (r < slashRuns.length && slashRuns[r] < i) s.numeric.push(slashRuns[r++]);
        s.numeric.push(i);
      }
      if (c === 0x2f) {
        // "ngày 24/9" is no date when a "/" follows the month ("ngày 24/9/2024": read above).
        const m = dayOrMonthEnd(text, k + 1);
        if (m < 0 || text.charCodeAt(m) !== 0x2f) s.ngayDayMonth.push(i);
      }
      if (!(isDateSep(c) && isDigit(text.charCodeAt(k + 1)))) s.ngayDay.push(i);
    } else if (last === 0x6d) {
      const j = skipWhite(text, end);
      if (j > end && isDigit(text.charCodeAt(j))) s.nam.push(end - 3);
    } else if (last === 0x67) {
      const i = end - 5;
      const j = skipWhite(text, end);
      if (j > end && isDigit(text.charCodeAt(j))) s.thang.push(i);
      let k = i;
      while (k > 0 && isWhite(text.charCodeAt(k - 1))) k--;
      let d = k;
      while (d > 0 && isDigit(text.charCodeAt(d - 1))) d--;
      if (k < i && k - d >= 1 && k - d <= 2) s.period.push(d);
      // "thángày": the "ngày" starts inside this word.
      re.lastIndex = i + 3;
    } else {
      s.quy.push(end - 3);
    }
  }
  while (r < slashRuns.length) s.numeric.push(slashRuns[r++]);
  return s;
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

/** Does [start, end) overlap a span of `sorted` (sorted, non-overlapping spans)? */
function overlapsAny(sorted: DateEntity[], start: number, end: number): boolean {
  const i = firstEndingAfter(sorted, start);
  return i < sorted.length && sorted[i].span.start < end;
}

/** Parses one date that starts exactly at `pos` (after "ngày " in a citation), or undefined. */
export function dateAt(text: string, pos: number): DateEntity | undefined {
  // Once per citation, mostly "ngày 18/01/2024", read in `text` itself (no slice, extraction
  // or shifted copy): a numeric date at the start of the slice is the first entity
  // extractDates(slice) gives (the patterns tried before it start at "ngày" and need white
  // space or a list separator after the day, then a "/" date; none starts inside it), with no
  // weekday (nothing before it). The slice has no look-behind, and numericAt reads at most two
  // characters past the date: those must lie in the 40.
  const e = numericAt(text, pos, false);
  if (typeof e !== 'number' && e.span.end + 2 < pos + 40) {
    // The keys shift gives, in its order.
    e.quarterPart = undefined;
    e.weekday = undefined;
    return e;
  }
  const all = extractDates(text.slice(pos, pos + 40));
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
  e.span = { start: e.span.start + by, end: e.span.end + by };
  e.dayPart = move(e.dayPart, by);
  e.monthPart = move(e.monthPart, by);
  e.yearPart = move(e.yearPart, by);
  e.quarterPart = move(e.quarterPart, by);
  e.weekday = move(e.weekday, by);
  return e;
}

/** `x` with its span moved by `by` (in place). */
function move<T extends { span: Span }>(x: T | undefined, by: number): T | undefined {
  if (x) x.span = { start: x.span.start + by, end: x.span.end + by };
  return x;
}

/** A date as written for messages: "31/4/2024". */
export function formatDate(e: Pick<DateEntity, 'day' | 'month' | 'year'>): string {
  return [e.day, e.month, e.year].filter((x) => x !== undefined).join('/');
}

export { isValidDate };
