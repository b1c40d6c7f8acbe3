/**
 * Calendar helpers and the document's date window. A notice dated "tháng 8 năm 2020" (day
 * left blank for the records office) stands for any day of August 2020; an undated draft
 * uses today (PRODUCT.md capability 4).
 */

/** ISO dates 'YYYY-MM-DD'; from inclusive, to exclusive. */
export interface DateWindow {
  from: string;
  to: string;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Built once, not per call (once per date of a long notice). */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1];
}

/** True when y-m-d is a date on the Gregorian calendar. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function iso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The ISO date of the day after. */
export function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (d < daysInMonth(y, m)) return iso(y, m, d + 1);
  if (m < 12) return iso(y, m + 1, 1);
  return iso(y + 1, 1, 1);
}

/**
 * Window of a possibly partial date. Invalid parts (day 32) widen to the enclosing window,
 * the date/invalid rule reports them.
 */
export function windowOf(year?: number, month?: number, day?: number): DateWindow | undefined {
  if (!year || year < 1900 || year > 2200) return undefined;
  if (!month || month < 1 || month > 12) return { from: iso(year, 1, 1), to: iso(year + 1, 1, 1) };
  if (!day || !isValidDate(year, month, day)) {
    return { from: iso(year, month, 1), to: month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1) };
  }
  const from = iso(year, month, day);
  return { from, to: nextDay(from) };
}

export function todayWindow(now: Date = new Date()): DateWindow {
  const from = iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
  return { from, to: nextDay(from) };
}

/** True when the two windows share at least one day. */
export function overlaps(a: DateWindow, b: DateWindow): boolean {
  return a.from < b.to && b.from < a.to;
}

/** Day of week, 0 = Sunday. */
export function weekday(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
