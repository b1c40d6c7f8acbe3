/**
 * date/invalid — a date that is not on the calendar, in the issue date or anywhere in the
 * text: 31/4/2024, 29/02/2023, "ngày 32", "tháng 13", "Quý V/2024".
 */
import { daysInMonth } from '../../domain/dates';
import { getDates } from '../../extract';
import { formatDate } from '../../extract/dates';
import type { Span } from '../../parse/model';
import { msg, type Rule } from '../types';

export const dateInvalid: Rule = {
  meta: {
    id: 'date/invalid',
    family: 'date',
    defaultSeverity: 'error',
    fixable: false,
    description: msg('Ngày tháng không có thật trên lịch.', 'A date that does not exist on the calendar.'),
  },
  check(ctx) {
    const pd = ctx.model.placeDate;
    if (pd) {
      const d = pd.day?.value;
      const m = pd.month?.value;
      const y = pd.year?.value;
      const r = judge(d, m, y);
      if (r) {
        const span = r.part === 'month' ? pd.month!.span : pd.day!.span;
        report(ctx, span, [d, m, y].map((x) => x ?? '…').join('/'), r);
      }
    }
    for (const e of getDates(ctx)) {
      if (e.valid) continue;
      if (e.invalidPart === 'quarter' && e.quarterPart) {
        ctx.report({
          start: e.quarterPart.span.start,
          end: e.quarterPart.span.end,
          message: msg(`Quý "${e.quarterPart.raw}" không có: một năm có bốn quý (I–IV).`, `There is no quarter "${e.quarterPart.raw}": a year has four (I–IV).`),
        });
        continue;
      }
      const r = judge(e.day, e.month, e.year);
      const span = r?.part === 'month' ? e.monthPart?.span : e.dayPart?.span;
      if (r && span) report(ctx, span, formatDate(e), r);
    }
  },
};

type Verdict = { part: 'day' | 'month'; vi: string; en: string };

function judge(d?: number, m?: number, y?: number): Verdict | undefined {
  if (m !== undefined && (m < 1 || m > 12)) return { part: 'month', vi: `không có tháng ${m}`, en: `there is no month ${m}` };
  if (d === undefined) return undefined;
  if (d < 1 || d > 31) return { part: 'day', vi: `không có ngày ${d}`, en: `there is no day ${d}` };
  if (m === undefined) return undefined;
  const max = y === undefined ? (m === 2 ? 29 : daysInMonth(2000, m)) : daysInMonth(y, m);
  if (d <= max) return undefined;
  if (m === 2 && y !== undefined && d === 29) return { part: 'day', vi: `năm ${y} không nhuận, tháng 2 chỉ có 28 ngày`, en: `${y} is not a leap year: February has 28 days` };
  return { part: 'day', vi: `tháng ${m} chỉ có ${max} ngày`, en: `month ${m} has only ${max} days` };
}

function report(ctx: Parameters<Rule['check']>[0], span: Span, written: string, r: Verdict): void {
  ctx.report({
    start: span.start,
    end: span.end,
    message: msg(`Ngày "${written}" không có thật: ${r.vi}.`, `"${written}" is not a real date: ${r.en}.`),
  });
}
