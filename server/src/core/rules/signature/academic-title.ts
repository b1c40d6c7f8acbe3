/**
 * signature/academic-title — an academic title or degree before the signer's name.
 * NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.c: "Trước họ tên của người ký, không ghi học hàm, học
 * vị và các danh hiệu danh dự khác"; the armed forces and public education, health and
 * science units may add them where their sector's head so decides — those teams turn the
 * rule off in config.
 */
import { msg, type Rule } from '../types';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.7';
/**
 * GS., PGS., TSKH., TS., ThS., KS., KTS., BS., BSCKI/II, DS., CN., LS., NGƯT., NGND. — alone or
 * chained ("PGS.TS.", "ThS. Bs."), in any case, a specialist level after the degree ("BS.CKI").
 */
const TITLE = /^(?:(?:GS|PGS|TSKH|TS|THS|KS|KTS|BS|BSCK\s?I{1,2}|DS|CN|LS|NGƯT|NGND)\.\s*(?:CK\s?I{1,2}\.?\s*)?)+/iu;

export const academicTitle: Rule = {
  meta: {
    id: 'signature/academic-title',
    family: 'signature',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg('Ghi học hàm, học vị trước họ tên người ký.', "An academic title or degree before the signer's name."),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const signer = ctx.model.signature?.signer;
    if (!signer) return;
    const m = TITLE.exec(signer.text);
    if (!m) return;
    const name = signer.text.slice(m[0].length);
    if (!/^\p{Lu}/u.test(name)) return;
    const found = m[0].trim();
    ctx.report({
      start: signer.span.start,
      end: signer.span.start + found.length,
      message: msg(
        `Không ghi học hàm, học vị "${found}" trước họ tên người ký: "${name}" (${BASIS_VI}).`,
        `No academic title or degree ("${found}") before the signer's name: "${name}" (${BASIS_EN}).`,
      ),
      fixes: [{ title: msg(`Bỏ "${found}"`, `Remove "${found}"`), edits: [{ start: signer.span.start, end: signer.span.start + m[0].length, newText: '' }] }],
    });
  },
};
