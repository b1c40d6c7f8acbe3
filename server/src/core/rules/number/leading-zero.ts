/**
 * number/leading-zero — a number below 10 without its leading zero ("Số: 5/TB-UBND").
 * NĐ 30/2020, Phụ lục I, mục II.3: "với những số nhỏ hơn 10 phải ghi thêm số 0 phía trước".
 */
import { msg, type Rule } from '../types';
import { BASIS } from './shared';

export const numberLeadingZero: Rule = {
  meta: {
    id: 'number/leading-zero',
    family: 'number',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg('Số nhỏ hơn 10 phải có số 0 phía trước.', 'A number below 10 needs a leading zero.'),
    legalBasis: BASIS,
  },
  check(ctx) {
    const n = ctx.model.number;
    if (!n || !n.numberText || !n.numberSpan || !/^[1-9]$/.test(n.numberText)) return;
    const want = '0' + n.numberText;
    ctx.report({
      start: n.numberSpan.start,
      end: n.numberSpan.end,
      message: msg(
        `Số "${n.numberText}" nhỏ hơn 10 phải có số 0 phía trước: "${want}" (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3).`,
        `Number "${n.numberText}" is below 10 and needs a leading zero: "${want}" (Decree 30/2020/ND-CP, Appendix I, II.3).`,
      ),
      fixes: [{ title: msg(`Sửa thành "${want}"`, `Change to "${want}"`), edits: [{ start: n.numberSpan.start, end: n.numberSpan.start, newText: '0' }] }],
    });
  },
};
