/**
 * reference/year-mismatch — a legal normative number's year differs from the year of the
 * date it is cited with ("Nghị quyết số 111/2024/QH15 ngày 18/01/2023"). The year in a legal
 * number is the year of signature (Luật 80/2015/QH13, Điều 10; NĐ 34/2016, Điều 58) [S].
 */
import { getCitations } from '../../extract';
import { formatDate } from '../../extract/dates';
import { msg, type Rule } from '../types';

export const referenceYearMismatch: Rule = {
  meta: {
    id: 'reference/year-mismatch',
    family: 'reference',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg('Năm trong số văn bản quy phạm pháp luật khác năm của ngày ban hành được dẫn.', "A legal number's year differs from its cited date's year."),
    legalBasis: msg('Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13, Điều 10', 'Law on Promulgation of Legal Documents 80/2015/QH13, Article 10'),
  },
  check(ctx) {
    for (const c of getCitations(ctx)) {
      if ((c.family !== 'legal' && c.family !== 'legal-qh') || !c.year || !c.date?.year) continue;
      if (!/^\d{4}$/.test(c.year.text) || Number(c.year.text) === c.date.year) continue;
      ctx.report({
        start: c.year.span.start,
        end: c.year.span.end,
        message: msg(
          `Năm ${c.year.text} trong số "${c.normalized}" khác năm của ngày ban hành được dẫn (${formatDate(c.date)}): số văn bản quy phạm pháp luật mang năm ban hành.`,
          `The year ${c.year.text} in "${c.normalized}" differs from the cited date (${formatDate(c.date)}): a legal number carries its year of signature.`,
        ),
      });
    }
  },
};
