/**
 * structure/missing-issuer — no issuing-agency line.
 * NĐ 30/2020/NĐ-CP, Điều 8 khoản 2 and Phụ lục I, mục II.2: the name of the issuing agency,
 * in capitals, optionally under its superior agency.
 *
 * No fix: the issuer cannot be derived with certainty. "Số: …/TB-UBND" with "Lạng Sơn, ngày …"
 * fits both Ủy ban nhân dân tỉnh Lạng Sơn and Ủy ban nhân dân thành phố Lạng Sơn, and
 * district bodies' place names vary by practice (DOMAIN.md §4, [U]).
 */
import { msg, type Rule } from '../types';
import { firstContentSpan } from '../util';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.2';

export const missingIssuer: Rule = {
  meta: {
    id: 'structure/missing-issuer',
    family: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg('Thiếu tên cơ quan, tổ chức ban hành văn bản.', 'The issuing agency line is missing.'),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    if (model.header.issuer) return;
    const anchor = firstContentSpan(model);
    const place = model.placeDate?.place;
    const code = model.number?.issuerCode;
    const clueVi = place && code ? ` Theo ký hiệu "${code}" và địa danh "${place}", cơ quan ban hành ở ${place}; hãy ghi đúng tên cơ quan, chữ in hoa.` : '';
    const clueEn = place && code ? ` The code "${code}" and the place "${place}" point to an agency in ${place}; write its exact name in capitals.` : '';
    ctx.report({
      start: anchor.start,
      end: anchor.end,
      message: msg(
        `Thiếu tên cơ quan ban hành văn bản (chữ in hoa, ví dụ "ỦY BAN NHÂN DÂN TỈNH …") ở đầu văn bản (${BASIS_VI}). Nếu văn bản được chuyển từ tệp gốc, phần đầu có thể đã bị mất khi chuyển đổi.${clueVi}`,
        `Missing the issuing agency line (capitals, e.g. "ỦY BAN NHÂN DÂN TỈNH …") at the top (${BASIS_EN}). If the file was converted from an original, the header may have been lost in conversion.${clueEn}`,
      ),
    });
  },
};
