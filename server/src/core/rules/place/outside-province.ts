/**
 * place/outside-province — a district or commune of another province named in a provincial
 * notice without naming that province (RULES.md; seed 000: huyện Trùng Khánh is in Cao Bằng,
 * the notice is Lạng Sơn's).
 *
 * The issuing province must be certain (the issuer line or the place/date line). Silent when
 * the province of the unit is named anywhere in the text, when a unit of that name and type
 * exists (or existed) in the issuing province, and on the parent of a place/wrong-parent
 * finding (that message already says where the unit belongs).
 */
import type { AdminUnit } from '../../data/gazetteer';
import { documentNamesProvince } from '../../extract/places';
import { msg, type Rule } from '../types';
import { LEGAL, label, places, reading } from './common';

/** Some unit is a province or lies in `home`: one loop, not two closures per reading (profiling, 1 MB notice). */
function provinceOrIn(us: AdminUnit[], home: AdminUnit): boolean {
  for (let k = 0; k < us.length; k++) if (us[k].level === 'province' || us[k].provinceCode === home.code) return true;
  return false;
}

export const outsideProvince: Rule = {
  meta: {
    id: 'place/outside-province',
    family: 'place',
    defaultSeverity: 'warning',
    fixable: false,
    needsReferenceData: true,
    description: msg('Đơn vị hành chính của tỉnh khác trong văn bản của tỉnh mà không nêu tỉnh đó.',
      'A unit of another province in a provincial notice that does not name that province.'),
    legalBasis: msg(LEGAL.vi, LEGAL.en),
  },
  check(ctx) {
    const a = places(ctx);
    if (!a || !a.province || a.province.source === 'mentions') return;
    const g = a.gazetteer;
    const home = a.province.unit;
    // One finding per unit, at its first occurrence: a reviewer needs to see the mistake
    // once, not once per repetition (a notice may name the district a dozen times).
    const pending = new Map<string, { start: number; end: number; vi: string; en: string; count: number }>();
    // Computed once per run, not once per reading: both were linear in the document, which
    // made the rule quadratic (minutes on a notice of a few thousand lines).
    const wrongParents = new Set(a.readings.filter((c) => c.parentMismatch).map((c) => c.mention.parent));
    const namedProvince = new Map<string, boolean>();
    const documentNames = (p: AdminUnit): boolean => {
      let named = namedProvince.get(p.code);
      if (named === undefined) namedProvince.set(p.code, (named = documentNamesProvince(ctx, p)));
      return named;
    };
    for (const r of a.readings) {
      const m = r.mention;
      if (!r.all.length || provinceOrIn(r.all, home)) continue;
      if (g.findAnyTime(r.name, { types: m.types, provinceCode: home.code }).length) continue;
      // The parent of a wrong-parent child: reported there.
      if (wrongParents.has(m.index)) continue;
      const provs = new Map<string, AdminUnit>();
      for (const u of r.all) {
        const p = g.province(u);
        if (p) provs.set(p.code, p);
      }
      // One province only: the reading must be certain.
      if (provs.size !== 1 || [...provs.values()].some(documentNames)) continue;
      const rs = r.all.filter((u, i, xs) => xs.findIndex((x) => x.code === u.code) === i).slice(0, 3).map((u) => reading(g, u));
      const key = r.all.map((u) => u.code).sort().join(',');
      const seen = pending.get(key);
      if (seen) {
        seen.count++;
        continue;
      }
      pending.set(key, {
        start: m.typeSpan.start,
        end: r.nameSpan.end,
        vi: `${m.typeWord.toLowerCase()} ${r.name} không thuộc ${label(home)} (nơi ban hành văn bản): ${rs.map((x) => x.vi).join('; ')}; văn bản không nêu ${[...provs.values()].map(label).join(', ')}. Kiểm tra lại tên đơn vị.`,
        en: `${m.typeWord.toLowerCase()} ${r.name} is not in ${label(home)} (where the notice is issued): ${rs.map((x) => x.en).join('; ')}; the notice does not name ${[...provs.values()].map(label).join(', ')}. Check the unit's name.`,
        count: 1,
      });
    }
    for (const p of pending.values()) {
      const more = p.count > 1;
      ctx.report({
        start: p.start,
        end: p.end,
        message: msg(
          more ? `${p.vi} (Tên này còn xuất hiện ${p.count - 1} lần nữa trong văn bản.)` : p.vi,
          more ? `${p.en} (The name occurs ${p.count - 1} more time(s) in the notice.)` : p.en,
        ),
      });
    }
  },
};
