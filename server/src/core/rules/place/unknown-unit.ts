/**
 * place/unknown-unit — "xã/phường/thị trấn/huyện/quận/thị xã/thành phố/tỉnh X" where no unit
 * named X exists, in the province and then nationwide, on the document's date (RULES.md).
 * Suggests the nearest spelling in the parent or the province ("xã Long Đông" → "Long Đống").
 *
 * Precision: a name that existed at another date is place/defunct's, a name of another type
 * place/type-mismatch's; a name with no near spelling in scope is not reported (it may be a
 * foreign place or a false mention), nor an all-caps name whose end is uncertain.
 */
import { levelOfType } from '../../data/unit-types';
import { msg, type Fix, type Rule } from '../types';
import { LEGAL, label, nameFor, places, reading, windowText } from './common';

/** Nationwide spelling look-ups per document (the province unknown): enough for a real notice. */
const NATIONWIDE_CAP = 40;

export const unknownUnit: Rule = {
  meta: {
    id: 'place/unknown-unit',
    family: 'place',
    defaultSeverity: 'warning',
    fixable: true,
    needsReferenceData: true,
    description: msg('Tên đơn vị hành chính không có trong danh mục vào thời điểm văn bản.',
      'An administrative unit name that is not in the official list on the document\'s date.'),
    legalBasis: msg(LEGAL.vi, LEGAL.en),
  },
  check(ctx) {
    const a = places(ctx);
    if (!a) return;
    const g = a.gazetteer;
    const memo = new Map<string, ReturnType<typeof g.suggest>>();
    let nationwide = 0;
    for (const r of a.readings) {
      const m = r.mention;
      if (r.all.length || m.caps || m.longName) continue;
      if (g.findAnyTime(m.name, { types: m.types }).length) continue; // existed at another date
      if (g.find(m.name, r.window).length) continue; // a unit of another type: not unknown
      const levels = [...new Set(m.types.map(levelOfType))];
      // Scope of suggestions: the parent named next to it, else the document's province.
      const parent = r.parentUnits?.length === 1 ? r.parentUnits[0] : undefined;
      const scope = parent
        ? (parent.level === 'province' ? { provinceCode: parent.code } : { parentCode: parent.code })
        : a.province ? { provinceCode: a.province.unit.code } : {};
      const maxD = parent || a.province ? 2 : 1;
      // Memoised per lint: a long or damaged draft repeats the same unknown name many times,
      // and a nationwide suggestion costs about a millisecond (fuzzing: 1 s on a 24 KB text).
      const key = `${m.name}\u0000${m.types.join(',')}\u0000${JSON.stringify(scope)}\u0000${r.window.from}\u0000${r.window.to}`;
      let raw = memo.get(key);
      if (!raw) {
        // Nationwide look-ups (no scope) are capped per document: past the cap, stay silent.
        if (!parent && !a.province && ++nationwide > NATIONWIDE_CAP) continue;
        raw = g.suggest(m.name, r.window, { ...scope, types: m.types, max: 3 });
        memo.set(key, raw);
      }
      const sugg = raw.filter((s) => s.distance <= maxD && levels.includes(s.unit.level));
      if (!sugg.length) continue;
      const best = sugg.filter((s) => s.distance === sugg[0].distance);
      const where = parent ? label(parent) : a.province ? label(a.province.unit) : '';
      const w = windowText(a.docWindow);
      const cands = best.map((s) => reading(g, s.unit));
      const fixes: Fix[] = best.map((s) => ({
        title: msg(`Sửa thành "${s.unit.name}"`, `Change to "${s.unit.name}"`),
        edits: [{ start: m.nameSpan.start, end: m.nameSpan.end, newText: nameFor(s.unit.name, m.caps) }],
      }));
      ctx.report({
        start: m.nameSpan.start,
        end: m.nameSpan.end,
        message: msg(
          `Không có ${m.typeWord.toLowerCase()} "${m.name}"${where ? ` trong ${where} (và trên toàn quốc)` : ' trên toàn quốc'} vào thời điểm văn bản (${w.vi}); có phải: ${cands.map((c) => c.vi).join('; ')}?`,
          `No ${m.typeWord.toLowerCase()} "${m.name}"${where ? ` in ${where} (nor anywhere in the country)` : ' anywhere in the country'} on the document's date (${w.en}); did you mean: ${cands.map((c) => c.en).join('; ')}?`,
        ),
        fixes,
      });
    }
  },
};
