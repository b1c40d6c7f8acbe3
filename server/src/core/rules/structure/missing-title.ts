/**
 * structure/missing-title — no "THÔNG BÁO" title line.
 * NĐ 30/2020/NĐ-CP, Điều 8 khoản 5 and Phụ lục I, mục II.5: every văn bản có tên loại shows
 * its tên loại; a notice's is THÔNG BÁO (Mẫu 1.4).
 */
import { msg, type Rule } from '../types';
import { insertionPointAfterHeader } from '../util';

export const missingTitle: Rule = {
  meta: {
    id: 'structure/missing-title',
    family: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    description: msg('Thiếu tên loại văn bản "THÔNG BÁO".', 'The document type line "THÔNG BÁO" is missing.'),
    legalBasis: msg('Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5', 'Decree 30/2020/ND-CP, Appendix I, section II.5'),
  },
  check(ctx) {
    const { model } = ctx;
    if (model.title) return;
    const at = insertionPointAfterHeader(model);
    ctx.report({
      start: at.anchor.start,
      end: at.anchor.end,
      message: msg(
        'Thiếu tên loại văn bản "THÔNG BÁO" (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5).',
        'Missing the document type line "THÔNG BÁO" (Decree 30/2020/ND-CP, Appendix I, II.5).',
      ),
      fixes: [{ title: msg('Chèn dòng "THÔNG BÁO"', 'Insert the "THÔNG BÁO" line'), edits: [{ start: at.offset, end: at.offset, newText: at.prefix + 'THÔNG BÁO' + at.suffix }] }],
    });
  },
};
