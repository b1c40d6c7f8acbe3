/**
 * place/type-mismatch — a unit named with the wrong type word: "xã X" where X is a thị trấn
 * or a phường, "huyện Lạng Sơn" for thành phố Lạng Sơn (RULES.md).
 *
 * Fires when no unit of the written type has that name in scope (the parent, else the
 * document's province) on the document's date, and exactly one unit of another type of the
 * same level does. A unit of the written type that existed at another date is
 * place/defunct's, unless a unit of another type has the name now.
 */
import { msg, type Rule } from '../types';
import { LEGAL, places, reading, typeMismatchOf, typeWordFor } from './common';

export const typeMismatch: Rule = {
  meta: {
    id: 'place/type-mismatch',
    family: 'place',
    defaultSeverity: 'warning',
    fixable: true,
    needsReferenceData: true,
    description: msg('Loại đơn vị hành chính không đúng (xã/phường/thị trấn, huyện/thành phố …).',
      'Wrong administrative unit type (commune/ward/township, district/city …).'),
    legalBasis: msg(LEGAL.vi, LEGAL.en),
  },
  check(ctx) {
    const a = places(ctx);
    if (!a) return;
    const g = a.gazetteer;
    for (const r of a.readings) {
      const m = r.mention;
      const real = typeMismatchOf(a, r);
      if (!real) continue;
      const word = typeWordFor(real.type, m.typeWord);
      const rd = reading(g, real);
      // The type word of a list is shared: fix only a mention that has its own.
      const fixable = !m.inherited && m.listIndex === 0 && !a.mentions.some((x) => x.listId === m.listId && x.index !== m.index);
      ctx.report({
        start: fixable ? m.typeSpan.start : r.nameSpan.start,
        end: fixable ? m.typeSpan.end : r.nameSpan.end,
        message: msg(
          `"${m.typeWord} ${r.name}": ${r.name} là ${typeWordFor(real.type, 'x')}, không phải ${m.typeWord.toLowerCase()} — ${rd.vi}.`,
          `"${m.typeWord} ${r.name}": ${r.name} is a ${typeWordFor(real.type, 'x')}, not a ${m.typeWord.toLowerCase()} — ${rd.en}.`,
        ),
        fixes: fixable ? [{ title: msg(`Sửa thành "${word}"`, `Change to "${word}"`), edits: [{ start: m.typeSpan.start, end: m.typeSpan.end, newText: word }] }] : undefined,
      });
    }
  },
};
