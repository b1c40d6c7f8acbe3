/**
 * structure/missing-signature — no authority/title/signer block.
 * NĐ 30/2020/NĐ-CP, Điều 8 khoản 7 and Phụ lục I, mục II.7: quyền hạn (TM./KT./TL./TUQ./Q.),
 * chức vụ and the signer's name. No fix: who signs, and with what authority, is not in the
 * text (the editor's snippets insert the block's skeleton).
 */
import { msg, type Rule } from '../types';
import { firstContentSpan } from '../util';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.7';

export const missingSignature: Rule = {
  meta: {
    id: 'structure/missing-signature',
    family: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    description: msg('Thiếu phần quyền hạn, chức vụ và họ tên người ký.', 'The authority, title and signer block is missing.'),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    if (model.signature) return;
    const anchor = model.recipients?.label.span ?? model.body?.lastLineContent ?? firstContentSpan(model);
    ctx.report({
      start: anchor.start,
      end: anchor.end,
      message: msg(
        `Thiếu phần quyền hạn, chức vụ và họ tên người ký (ví dụ "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" / họ tên) (${BASIS_VI}).`,
        `Missing the authority, title and signer's name (e.g. "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" / name) (${BASIS_EN}).`,
      ),
    });
  },
};
