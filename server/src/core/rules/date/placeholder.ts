/**
 * date/placeholder — the day or month of the issue date is blank ("ngày   tháng 8 năm 2020"):
 * the date is written when the document is signed and numbered (NĐ 30/2020, Phụ lục I,
 * mục II.4; Điều 15). Normal in a draft, hence a hint.
 */
import { msg, type Rule } from '../types';
import { BASIS } from './shared';

export const datePlaceholder: Rule = {
  meta: {
    id: 'date/placeholder',
    family: 'date',
    defaultSeverity: 'hint',
    fixable: false,
    description: msg('Ngày, tháng ban hành để trống chờ ký ban hành.', 'The issue day or month is left blank until signature.'),
    legalBasis: BASIS,
  },
  check(ctx) {
    const pd = ctx.model.placeDate;
    if (!pd) return;
    const parts = [
      { p: pd.day, vi: 'ngày', en: 'day' },
      { p: pd.month, vi: 'tháng', en: 'month' },
      { p: pd.year, vi: 'năm', en: 'year' },
    ].filter((x) => x.p && x.p.value === undefined);
    // The year alone blank is not a placeholder of this rule's kind, but it joins one.
    if (!parts.some((x) => x.en !== 'year')) return;
    const first = parts[0].p!;
    const last = parts[parts.length - 1].p!;
    ctx.report({
      start: first.keywordSpan.start,
      end: last.keywordSpan.end,
      message: msg(
        `Thời gian ban hành còn để trống (${parts.map((x) => x.vi).join(', ')}): điền khi ký ban hành (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4).`,
        `The issue date is blank (${parts.map((x) => x.en).join(', ')}): fill it in when the document is signed (Decree 30/2020/ND-CP, Appendix I, II.4).`,
      ),
    });
  },
};
