/**
 * number/placeholder — the number is left blank ("Số:      /TB-UBND") for the records
 * office, which numbers a paper document after it is signed (NĐ 30/2020, Điều 15; Phụ lục I,
 * mục II.3). Normal in a draft, hence a hint, never an error.
 */
import { msg, type Rule } from '../types';
import { BASIS } from './shared';

export const numberPlaceholder: Rule = {
  meta: {
    id: 'number/placeholder',
    family: 'number',
    defaultSeverity: 'hint',
    fixable: false,
    description: msg('Số văn bản để trống chờ văn thư cấp số.', 'The document number is left blank for the records office.'),
    legalBasis: BASIS,
  },
  check(ctx) {
    const n = ctx.model.number;
    if (!n) return;
    const blank = n.blankNumber || n.value === '' || /^[\s._…]+$/.test(n.value);
    if (!blank) return;
    ctx.report({
      start: n.span.start,
      end: n.span.end,
      message: msg(
        `Số văn bản còn để trống ("${n.text}"): văn thư sẽ ghi số sau khi ký ban hành (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3).`,
        `The document number is blank ("${n.text}"): the records office fills it in after signature (Decree 30/2020/ND-CP, Appendix I, II.3).`,
      ),
    });
  },
};
