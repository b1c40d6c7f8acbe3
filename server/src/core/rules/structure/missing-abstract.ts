/**
 * structure/missing-abstract — no trích yếu under the title.
 * NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5.b: a văn bản có tên loại gives a one-line (or few
 * lines) summary of its content right under the tên loại (Mẫu 1.4).
 */
import { msg, type Rule } from '../types';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.5';

export const missingAbstract: Rule = {
  meta: {
    id: 'structure/missing-abstract',
    family: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg('Thiếu trích yếu nội dung dưới tên loại "THÔNG BÁO".', 'No abstract (trích yếu) under the "THÔNG BÁO" title.'),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    // Without a title, structure/missing-title reports; the abstract is placed relative to it.
    if (!model.title || model.abstract) return;
    ctx.report({
      start: model.title.span.start,
      end: model.title.span.end,
      message: msg(
        `Thiếu trích yếu nội dung ngay dưới tên loại "${model.title.text}" (ví dụ "Kết luận của Chủ tịch UBND tỉnh tại …") (${BASIS_VI}).`,
        `Missing the abstract right under the title "${model.title.text}" (e.g. "Kết luận của Chủ tịch UBND tỉnh tại …") (${BASIS_EN}).`,
      ),
    });
  },
};
