/**
 * number/type-mismatch — the type code of the number disagrees with the document type of the
 * title (title THÔNG BÁO but "Số: 05/QĐ-UBND"). NĐ 30/2020, Phụ lục I, mục II.3 and
 * Phụ lục III: the symbol starts with the abbreviation of the document's own type.
 */
import { docTypeByCode } from '../../domain/docTypes';
import { msg, type Rule } from '../types';
import { BASIS_III } from './shared';

export const numberTypeMismatch: Rule = {
  meta: {
    id: 'number/type-mismatch',
    family: 'number',
    defaultSeverity: 'error',
    fixable: true,
    description: msg('Ký hiệu tên loại trong số không khớp với tên loại văn bản.', 'The type code of the number does not match the document type.'),
    legalBasis: BASIS_III,
  },
  check(ctx) {
    const { model } = ctx;
    const n = model.number;
    const want = model.titleTypeCode;
    if (!n || !n.typeCode || !n.typeCodeSpan || !want || !model.title) return;
    const code = n.typeCode.trim();
    const t = docTypeByCode(code);
    // Unknown codes are number/unknown-type-code's; công văn have no type code.
    if (!t || code === want) return;
    const start = n.typeCodeSpan.start + n.typeCode.indexOf(code);
    const title = model.title.text.trim();
    ctx.report({
      start,
      end: start + code.length,
      message: msg(
        `Ký hiệu "${code}" (${t.word}) không khớp với tên loại "${title}": phải là "${want}" (Nghị định 30/2020/NĐ-CP, Phụ lục III).`,
        `Type code "${code}" (${t.word}) does not match the document type "${title}": expected "${want}" (Decree 30/2020/ND-CP, Appendix III).`,
      ),
      fixes: [{ title: msg(`Thay bằng "${want}"`, `Replace with "${want}"`), edits: [{ start, end: start + code.length, newText: want }] }],
    });
  },
};
