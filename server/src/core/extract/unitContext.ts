/**
 * Context of a unit mention: the dates cited in the clause before it. A notice dated after
 * 2025-07-01 may still cite "Quyết định số 12/QĐ-UBND ngày 05/3/2024 của UBND huyện Bắc Sơn"
 * (DOMAIN.md §10): such a mention names the unit as it was on the cited date. Pure.
 */
import * as calendar from '../domain/dates';

// Bound once: run through tsx (tests, benchmarks), an imported function is read through a
// getter at each call (profiling, 1 MB notice: a sixth of datesInClause).
const { iso, isValidDate } = calendar;

const MAX_LOOKBACK = 250;

/** The part of the sentence before the mention (at most MAX_LOOKBACK characters). */
export function clauseBefore(text: string, sentenceStart: number, at: number): string {
  return text.slice(Math.max(sentenceStart, at - MAX_LOOKBACK), at);
}

// Module-level, not per call: datesInClause runs once per agency and unit mention.
const NUMERIC = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)/g;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)/giu;
const YEAR = /(?:năm\s+|\/)((?:19|20)\d\d)(?!\d)/giu;
/** Every pattern below needs a year 19xx/20xx: without one there is nothing to find. */
const ANY_YEAR = /(?:19|20)\d\d/;
/** The words pattern needs "tháng" (same flags: a match of WORDS contains a match of this). */
const THANG = /tháng/iu;

/**
 * ISO strings of the dates read, by y·10⁴ + m·10² + d (unique: m and d have at most two
 * digits; at most 256 years): a long notice cites the same dates once per mention, and
 * formatting each again was a third of datesInClause (profiling, 1 MB notice).
 */
const isoMemo = new Map<number, string>();

function addDate(out: string[], y: number, m = 1, d = 1): void {
  if (y < 1945 || y > 2200) return;
  if (!isValidDate(y, m, d)) { m = 1; d = 1; }
  const key = y * 10000 + m * 100 + d;
  let s = isoMemo.get(key);
  if (s === undefined) isoMemo.set(key, (s = iso(y, m, d)));
  out.push(s);
}

/** ISO start dates of the dates and years written in a clause, in order of appearance. */
export function datesInClause(clause: string): string[] {
  const out: string[] = [];
  if (!ANY_YEAR.test(clause)) return out;
  let m: RegExpExecArray | null;
  NUMERIC.lastIndex = 0;
  while ((m = NUMERIC.exec(clause)) !== null) addDate(out, +m[3], +m[2], +m[1]);
  if (THANG.test(clause)) {
    WORDS.lastIndex = 0;
    while ((m = WORDS.exec(clause)) !== null) addDate(out, +m[3], +m[2], +m[1]);
  }
  // Years alone: "năm 2024", "tháng 6/2024", "111/2024/QH15", "Quý III/2024".
  // (A full date also yields its year's 1 January here: a slightly wider window, never narrower.)
  YEAR.lastIndex = 0;
  while ((m = YEAR.exec(clause)) !== null) addDate(out, +m[1]);
  return out;
}
