/**
 * structure/missing-number — no "Số: …" line.
 * NĐ 30/2020/NĐ-CP, Điều 8 khoản 3 and Phụ lục I, mục II.3: "Số: <số>/<tên loại>-<cơ quan>".
 * The fix inserts the line with the number left blank for the records office (the number is
 * given after signature, DOMAIN.md §3) and the issuer code only when it is certain.
 */
import { msg, type Rule } from '../types';
import { insertHeaderLine, lineSpan } from '../util';
import { certainIssuerCode, headerLineMatching } from './header-facts';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.3';

export const missingNumber: Rule = {
  meta: {
    id: 'structure/missing-number',
    family: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    description: msg('Thiếu dòng số, ký hiệu "Số: …".', 'The number line "Số: …" is missing.'),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    if (model.number) return;
    // "Số 05/TB-UBND" (no colon) is written but not in form: say so, and insert nothing.
    const near = headerLineMatching(model, (l) => l.content.length <= 40 && l.content.includes('/') && /^Số\s*(?:[.\-–]\s*)?[\d/…_.]/u.test(l.content));
    if (near) {
      const s = lineSpan(near);
      ctx.report({
        start: s.start,
        end: s.end,
        message: msg(
          `Dòng số, ký hiệu phải có dạng "Số: <số>/<tên loại>-<cơ quan>", có dấu hai chấm sau "Số" (${BASIS_VI}).`,
          `The number line must read "Số: <number>/<type>-<issuer>", with a colon after "Số" (${BASIS_EN}).`,
        ),
      });
      return;
    }
    const type = model.titleTypeCode ?? 'TB';
    const code = certainIssuerCode(model);
    const line = `Số:      /${type}-${code ?? ''}`;
    // Số sits in the left column, on the row of the place/date line: put it just before.
    const { edit, anchor } = insertHeaderLine(model, line, { component: model.placeDate, side: 'before' });
    ctx.report({
      start: anchor.start,
      end: anchor.end,
      message: msg(
        `Thiếu dòng số, ký hiệu "Số:      /${type}-${code ?? '…'}" (${BASIS_VI}). Số để trống cho văn thư cấp sau khi ký.`,
        `Missing the number line "Số:      /${type}-${code ?? '…'}" (${BASIS_EN}). The number itself is left blank for the records office.`,
      ),
      fixes: [{ title: msg(`Chèn "${line.replace(/ +/, ' ')}"`, `Insert "${line.replace(/ +/, ' ')}"`), edits: [edit] }],
    });
  },
};
