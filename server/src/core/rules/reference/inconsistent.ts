/**
 * reference/inconsistent — the same number cited with different dates, types or issuers in
 * one document. Numbers restart every 1 January (NĐ 30/2020, Điều 15), so "18/KH-UBND" of
 * 2023 and of 2024 are two documents: dates are compared only within the same year.
 * Issuers are compared by their kind (UBND, HĐND, Quốc hội, a named Sở …) after expanding
 * abbreviations, so "UBND tỉnh" and "Ủy ban nhân dân tỉnh" agree.
 */
import { getCitations, type Citation } from '../../extract';
import { formatDate } from '../../extract/dates';
import { msg, type Rule } from '../types';

export const referenceInconsistent: Rule = {
  meta: {
    id: 'reference/inconsistent',
    family: 'reference',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg('Cùng một số văn bản được dẫn với ngày, tên loại hoặc cơ quan ban hành khác nhau.', 'The same number is cited with different dates, types or issuers.'),
  },
  check(ctx) {
    // The first citation of each number: later ones are compared with it (no list per number).
    const seen = new Map<string, Citation>();
    for (const c of getCitations(ctx)) {
      if (c.family === 'unknown') continue;
      const first = seen.get(c.normalized);
      if (first) {
        const clash = compare(first, c);
        if (clash) {
          ctx.report({
            start: clash.span.start,
            end: clash.span.end,
            message: msg(
              `Văn bản số ${c.normalized} được dẫn với ${clash.vi} "${clash.now}", trong khi trước đó ghi "${clash.before}": kiểm tra lại.`,
              `Document ${c.normalized} is cited with ${clash.en} "${clash.now}", but earlier with "${clash.before}": check which is right.`,
            ),
          });
        }
      } else {
        seen.set(c.normalized, c);
      }
    }
  },
};

function compare(a: Citation, b: Citation) {
  if (a.date?.year && b.date?.year && a.date.year === b.date.year && a.date.window && b.date.window && a.date.window.from !== b.date.window.from) {
    return { span: b.date.span, vi: 'ngày', en: 'date', now: formatDate(b.date), before: formatDate(a.date) };
  }
  if (a.typeWord && b.typeWord && a.typeWordCode && b.typeWordCode && a.typeWordCode !== b.typeWordCode) {
    return { span: b.typeWord.span, vi: 'tên loại', en: 'type', now: b.typeWord.text, before: a.typeWord.text };
  }
  const ka = a.issuerKey && kind(a.issuerKey);
  const kb = b.issuerKey && kind(b.issuerKey);
  if (ka && kb && ka !== kb && a.issuer && b.issuer) {
    return { span: b.issuer.span, vi: 'cơ quan ban hành', en: 'issuer', now: b.issuer.text, before: a.issuer.text };
  }
  return undefined;
}

/** "ubnd tỉnh lạng sơn" → "ubnd tỉnh"; the locality's name may be left out in one place. */
function kind(key: string): string {
  const m = /^(ubnd|hđnd)(?: (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))?/u.exec(key);
  return m ? m[0] : key;
}
