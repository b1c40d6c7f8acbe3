/**
 * reference/malformed-number — a cited number breaks the grammar of its family
 * (DOMAIN.md §3): administrative `15/KH-UBND`, công văn `537/UBND-KT` [P]; legal
 * `111/2024/QH15`, `30/2020/NĐ-CP`; Party `1556-QĐ/TU` [S]. Reported: spaces inside, en
 * dashes, lower-case codes, a legal year not of four digits, missing parts, letters in the
 * serial number. A Party number's hyphen is correct and never reported.
 */
import { getCitations } from '../../extract';
import type { CitationProblem } from '../../extract/citations';
import { msg, type Rule } from '../types';

const WHY: Record<CitationProblem, [string, string]> = {
  spaces: ['có khoảng trắng bên trong', 'spaces inside'],
  dash: ['dùng dấu "–" thay cho dấu gạch nối "-"', 'an en dash instead of a hyphen'],
  lowercase: ['ký hiệu phải viết in hoa (trừ mã QyĐ, CTr, TTr, TrS)', 'the symbol must be in capitals (except QyĐ, CTr, TTr, TrS)'],
  'year-digits': ['năm trong số văn bản quy phạm pháp luật phải đủ 4 chữ số', 'the year of a legal number needs four digits'],
  'missing-part': ['thiếu phần ký hiệu (tên loại hoặc cơ quan ban hành)', 'a part of the symbol (type or issuer) is missing'],
  'letters-in-number': ['số thứ tự có chữ cái', 'letters in the serial number'],
};

export const referenceMalformedNumber: Rule = {
  meta: {
    id: 'reference/malformed-number',
    family: 'reference',
    defaultSeverity: 'error',
    fixable: false,
    description: msg('Số, ký hiệu văn bản được dẫn sai cấu trúc.', 'A cited document number breaks its grammar.'),
    legalBasis: msg('Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3', 'Decree 30/2020/ND-CP, Appendix I, section II.3'),
  },
  check(ctx) {
    for (const c of getCitations(ctx)) {
      if (!c.problems.length) continue;
      // Without a type word, a number with a missing part may be something else ("số 3/KH").
      if (!c.typeWord && c.problems.every((p) => p === 'missing-part')) continue;
      const vi = c.problems.map((p) => WHY[p][0]).join('; ');
      const en = c.problems.map((p) => WHY[p][1]).join('; ');
      ctx.report({
        start: c.number.span.start,
        end: c.number.span.end,
        message: msg(
          `Số, ký hiệu văn bản được dẫn "${c.number.text}" sai cấu trúc: ${vi}. Dạng đúng: "15/KH-UBND", "537/UBND-KT", "30/2020/NĐ-CP", "111/2024/QH15", "1556-QĐ/TU".`,
          `Cited number "${c.number.text}" is malformed: ${en}. Expected like "15/KH-UBND", "537/UBND-KT", "30/2020/NĐ-CP", "111/2024/QH15", "1556-QĐ/TU".`,
        ),
      });
    }
  },
};
