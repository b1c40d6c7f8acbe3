/**
 * date/format — the issue date is not written "ngày DD tháng MM năm YYYY" with the
 * leading-zero rule: days below 10 and months 1 and 2 take a leading zero, months 3–12 do
 * not ("ngày 05 tháng 01", "tháng 6"). NĐ 30/2020, Phụ lục I, mục II.4.b. Also a numeric
 * issue date ("Hà Nội, ngày 05/3/2024"), which the decree writes out in words.
 */
import { isValidDate } from '../../domain/dates';
import type { DatePart } from '../../parse/model';
import { msg, type Rule, type TextEdit } from '../types';

const CITE = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4';
const CITE_EN = 'Decree 30/2020/ND-CP, Appendix I, II.4';

export function dayText(d: number): string {
  return d < 10 ? '0' + d : String(d);
}
export function monthText(m: number): string {
  return m <= 2 ? '0' + m : String(m);
}

export const dateFormat: Rule = {
  meta: {
    id: 'date/format',
    family: 'date',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg('Ngày ban hành không viết đúng dạng "ngày DD tháng MM năm YYYY".', 'The issue date is not written "ngày DD tháng MM năm YYYY".'),
    legalBasis: msg(CITE, CITE_EN),
  },
  check(ctx) {
    const pd = ctx.model.placeDate;
    if (!pd || !pd.day) return;
    const text = ctx.model.text;
    // "ngày 05/3/2024": a numeric date where the words belong.
    if (!pd.month && pd.day.value !== undefined) {
      const after = text.slice(pd.day.span.start, pd.span.end);
      const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(after);
      if (m && isValidDate(+m[3], +m[2], +m[1])) {
        const want = `${dayText(+m[1])} tháng ${monthText(+m[2])} năm ${m[3]}`;
        const start = pd.day.span.start;
        ctx.report({
          start,
          end: start + m[0].length,
          message: msg(
            `Ngày ban hành phải viết "ngày ${want}", không viết "${m[0]}" (${CITE}).`,
            `Write the issue date "ngày ${want}", not "${m[0]}" (${CITE_EN}).`,
          ),
          fixes: [{ title: msg(`Viết "ngày ${want}"`, `Write "ngày ${want}"`), edits: [{ start, end: start + m[0].length, newText: want }] }],
        });
      }
      return;
    }
    const edits: TextEdit[] = [];
    const bad: string[] = [];
    const check = (p: DatePart | undefined, want: (n: number) => string, vi: string): void => {
      if (!p || p.value === undefined) return;
      const w = want(p.value);
      if (p.raw === w) return;
      edits.push({ start: p.span.start, end: p.span.end, newText: w });
      bad.push(`${vi} "${p.raw}" → "${w}"`);
    };
    check(pd.day, dayText, 'ngày');
    check(pd.month, monthText, 'tháng');
    if (!edits.length) return;
    const start = edits[0].start;
    const end = edits[edits.length - 1].end;
    ctx.report({
      start,
      end,
      message: msg(
        `Ngày ban hành viết sai quy tắc số 0 (${bad.join('; ')}): ngày dưới 10 và tháng 1, 2 có số 0 phía trước, tháng 3–12 thì không (${CITE}).`,
        `The issue date breaks the leading-zero rule (${bad.join('; ')}): days below 10 and months 1–2 take a leading zero, months 3–12 do not (${CITE_EN}).`,
      ),
      fixes: [{ title: msg('Sửa cách viết ngày tháng', 'Fix the date digits'), edits }],
    });
  },
};
