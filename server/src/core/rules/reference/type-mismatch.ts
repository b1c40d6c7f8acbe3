/**
 * reference/type-mismatch — the type word of a citation and the type code of its number
 * disagree ("Quyết định số 18/KH-UBND"). Codes: Phụ lục III of NĐ 30/2020 and, for legal
 * and Party documents, NĐ (nghị định), TT (thông tư), KL (kết luận). "Văn bản số" is
 * generic and "Công văn số 537/UBND-KT" has no type code: neither is judged.
 */
import { getCitations } from '../../extract';
import { msg, type Rule } from '../types';

export const referenceTypeMismatch: Rule = {
  meta: {
    id: 'reference/type-mismatch',
    family: 'reference',
    defaultSeverity: 'error',
    fixable: true,
    description: msg('Tên loại văn bản được dẫn không khớp với ký hiệu trong số.', "A citation's type word and the type code of its number disagree."),
    legalBasis: msg('Nghị định 30/2020/NĐ-CP, Phụ lục III', 'Decree 30/2020/ND-CP, Appendix III'),
  },
  check(ctx) {
    for (const c of getCitations(ctx)) {
      const want = c.typeWordCode;
      const tc = c.typeCode;
      if (!c.typeWord || !want || !tc || c.family === 'unknown' || c.family === 'congvan') continue;
      if (tc.text === want || tc.text.toUpperCase() === want.toUpperCase()) continue;
      ctx.report({
        start: tc.span.start,
        end: tc.span.end,
        message: msg(
          `${c.typeWord.text} số "${c.number.text}" mang ký hiệu "${tc.text}" của loại văn bản khác: ký hiệu của ${c.typeWord.text.toLowerCase()} là "${want}" (Nghị định 30/2020/NĐ-CP, Phụ lục III).`,
          `"${c.typeWord.text}" number "${c.number.text}" carries the type code "${tc.text}" of another type: it should be "${want}" (Decree 30/2020/ND-CP, Appendix III).`,
        ),
        fixes: [{ title: msg(`Thay bằng "${want}"`, `Replace with "${want}"`), edits: [{ start: tc.span.start, end: tc.span.end, newText: want }] }],
      });
    }
  },
};
