/**
 * structure/missing-place-date — no "<Địa danh>, ngày … tháng … năm …" line.
 * NĐ 30/2020/NĐ-CP, Điều 8 khoản 4 and Phụ lục I, mục II.4. The fix is offered only when
 * the place is certain (a provincial issuer writes the province's name, DOMAIN.md §4); the
 * day and month are left blank for signature, the year is the current one.
 */
import { msg, type Rule } from '../types';
import { insertHeaderLine, lineSpan } from '../util';
import { certainIssuerPlace, headerLineMatching } from './header-facts';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.4';

export const missingPlaceDate: Rule = {
  meta: {
    id: 'structure/missing-place-date',
    family: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    description: msg(
      'Thiếu dòng địa danh và thời gian ban hành "<Địa danh>, ngày … tháng … năm …".',
      'The place and date line "<Place>, ngày … tháng … năm …" is missing.',
    ),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    if (model.placeDate) return;
    // A date line that is written but not in form ("Lạng Sơn ngày 5/8/2020"): no insertion.
    const near = headerLineMatching(
      model,
      (l) => l.content.length <= 80 && looksLikeDateLine(l.content),
    );
    if (near) {
      const s = lineSpan(near);
      ctx.report({
        start: s.start,
        end: s.end,
        message: msg(
          `Dòng địa danh và thời gian ban hành phải có dạng "<Địa danh>, ngày … tháng … năm …", có dấu phẩy sau địa danh (${BASIS_VI}).`,
          `The place and date line must read "<Place>, ngày … tháng … năm …", with a comma after the place (${BASIS_EN}).`,
        ),
      });
      return;
    }
    const place = certainIssuerPlace(model);
    const year = ctx.docDate.from.slice(0, 4);
    const line = `${place}, ngày      tháng      năm ${year}`;
    const { edit, anchor } = insertHeaderLine(model, line, { component: model.number, side: 'after' });
    ctx.report({
      start: anchor.start,
      end: anchor.end,
      message: msg(
        `Thiếu dòng địa danh và thời gian ban hành "<Địa danh>, ngày … tháng … năm …" (${BASIS_VI}).`,
        `Missing the place and date line "<Place>, ngày … tháng … năm …" (${BASIS_EN}).`,
      ),
      fixes: place
        ? [{ title: msg(`Chèn "${place}, ngày … tháng … năm ${year}"`, `Insert "${place}, ngày … tháng … năm ${year}"`), edits: [edit] }]
        : undefined,
    });
  },
};

/**
 * "Lạng Sơn ngày 5/8/2020", "Hà Nội, ngày 05 tháng 3": a place of 2–41 letters, an optional
 * comma, then "ngày" and a month. Written as three linear tests rather than one expression
 * whose overlapping blanks backtrack quadratically.
 */
function looksLikeDateLine(c: string): boolean {
  const at = c.search(/\sngày(?![\p{L}\p{M}])/u);
  if (at < 2) return false;
  const place = c.slice(0, at).trimEnd().replace(/,$/, '');
  return /^\p{Lu}[\p{L}\p{M} .-]{1,40}$/u.test(place) && /tháng|\//u.test(c.slice(at));
}
