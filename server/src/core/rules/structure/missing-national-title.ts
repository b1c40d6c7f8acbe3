/**
 * structure/missing-national-title — no Quốc hiệu and/or Tiêu ngữ.
 * NĐ 30/2020/NĐ-CP, Điều 8 khoản 1 and Phụ lục I, mục II.1: every administrative document
 * starts with "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc".
 * Files converted from .doc/.pdf often lose the two-column header table, so the message says
 * so (PRODUCT.md): the finding is a warning, not an error.
 */
import { msg, type Rule } from '../types';
import { eol, firstContentSpan, lineSpan } from '../util';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.1';
const LOST_VI = ' Nếu văn bản được chuyển từ tệp gốc (.doc, .pdf), phần đầu có thể đã bị mất khi chuyển đổi.';
const LOST_EN = ' If the file was converted from an original (.doc, .pdf), the header may have been lost in conversion.';

export const missingNationalTitle: Rule = {
  meta: {
    id: 'structure/missing-national-title',
    family: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      'Thiếu Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" hoặc Tiêu ngữ "Độc lập - Tự do - Hạnh phúc".',
      'The national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" or the motto "Độc lập - Tự do - Hạnh phúc" is missing.',
    ),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    const { nationalTitle, motto } = model.header;
    if (nationalTitle && motto) return;
    const nl = eol(model);
    if (!nationalTitle && !motto) {
      const anchor = firstContentSpan(model);
      ctx.report({
        start: anchor.start,
        end: anchor.end,
        message: msg(
          `Thiếu Quốc hiệu "${NATIONAL_TITLE}" và Tiêu ngữ "${MOTTO}" ở đầu văn bản (${BASIS_VI}).${LOST_VI}`,
          `Missing the national title "${NATIONAL_TITLE}" and the motto "${MOTTO}" at the top (${BASIS_EN}).${LOST_EN}`,
        ),
        fixes: [
          {
            title: msg('Chèn Quốc hiệu và Tiêu ngữ', 'Insert the national title and motto'),
            edits: [{ start: 0, end: 0, newText: NATIONAL_TITLE + nl + MOTTO + nl + nl }],
          },
        ],
      });
      return;
    }
    if (nationalTitle && !motto) {
      const line = model.lines[nationalTitle.lines[0]];
      ctx.report({
        start: nationalTitle.span.start,
        end: nationalTitle.span.end,
        message: msg(
          `Thiếu Tiêu ngữ "${MOTTO}" dưới Quốc hiệu (${BASIS_VI}).`,
          `Missing the motto "${MOTTO}" under the national title (${BASIS_EN}).`,
        ),
        fixes: [{ title: msg('Chèn Tiêu ngữ', 'Insert the motto'), edits: [{ start: line.end, end: line.end, newText: nl + MOTTO }] }],
      });
      return;
    }
    // Tiêu ngữ without Quốc hiệu.
    const line = model.lines[motto!.lines[0]];
    const span = lineSpan(line);
    ctx.report({
      start: span.start,
      end: span.end,
      message: msg(
        `Thiếu Quốc hiệu "${NATIONAL_TITLE}" phía trên Tiêu ngữ (${BASIS_VI}).`,
        `Missing the national title "${NATIONAL_TITLE}" above the motto (${BASIS_EN}).`,
      ),
      fixes: [{ title: msg('Chèn Quốc hiệu', 'Insert the national title'), edits: [{ start: line.start, end: line.start, newText: NATIONAL_TITLE + nl }] }],
    });
  },
};
