/**
 * place/inconsistent — the same unit written two ways in one document (two accepted spellings
 * of one unit, e.g. "Xà Phìn" / "Sà Phìn"), or the subject district of the title (trích yếu)
 * differs from the one in the body (RULES.md; seed 000: title "huyện Trùng Khánh", body
 * "huyện Tràng Định", and the title's commune belongs to the latter).
 *
 * The title/body contradiction is reported only when certain: the title names one district T,
 * and either a commune the title names belongs to another district B that the body names, or
 * the body never names T but names exactly one district B. Fix: T → B in the title.
 * Misspellings are place/unknown-unit's; a unit attached to two parents is place/wrong-parent's.
 */
import type { AdminUnit } from '../../data/gazetteer';
import { unitNameKey } from '../../data/name-match';
import { isUnder, type PlaceReading } from '../../extract/places';
import { msg, type Rule } from '../types';
import { LEGAL, label, nameFor, places, reading, typeWordFor } from './common';

const inTitle = (r: PlaceReading) => r.mention.zone === 'abstract' || r.mention.zone === 'title';
const uid = (u: AdminUnit) => `${u.level}:${u.code}`;

export const inconsistent: Rule = {
  meta: {
    id: 'place/inconsistent',
    family: 'place',
    defaultSeverity: 'warning',
    fixable: true,
    needsReferenceData: true,
    description: msg('Cùng một đơn vị hành chính được viết khác nhau, hoặc trích yếu và nội dung nêu hai huyện khác nhau.',
      'The same unit written two ways, or the title and the body name different districts.'),
    legalBasis: msg(LEGAL.vi, LEGAL.en),
  },
  check(ctx) {
    const a = places(ctx);
    if (!a) return;
    const g = a.gazetteer;
    const rs = a.readings;
    // 1. Two accepted spellings of one unit: the later ones follow the first. Keyed by level, then
    // code (interned strings), not by a "level:code" string built per reading; a name written as
    // the first one needs no folding (profiling, 1 MB notice: most readings repeat a unit).
    const firstSpelling: Record<AdminUnit['level'], Map<string, PlaceReading>> = { province: new Map(), district: new Map(), commune: new Map() };
    for (const r of rs) {
      if (!r.unit || r.mention.caps) continue;
      const byCode = firstSpelling[r.unit.level];
      const first = byCode.get(r.unit.code);
      if (!first) { byCode.set(r.unit.code, r); continue; }
      if (first.name === r.name || unitNameKey(first.name) === unitNameKey(r.name)) continue;
      ctx.report({
        start: r.nameSpan.start,
        end: r.nameSpan.end,
        message: msg(
          `"${r.name}" và "${first.name}" là cùng một đơn vị (${reading(g, r.unit).vi}); nên viết thống nhất "${first.name}".`,
          `"${r.name}" and "${first.name}" are the same unit (${reading(g, r.unit).en}); write it one way: "${first.name}".`,
        ),
        fixes: [{ title: msg(`Sửa thành "${first.name}"`, `Change to "${first.name}"`), edits: [{ start: r.nameSpan.start, end: r.nameSpan.end, newText: first.name }] }],
      });
    }
    // 2. The subject district of the title against the body.
    const titleDistricts = rs.filter((r) => inTitle(r) && r.unit?.level === 'district');
    const ids = new Set(titleDistricts.map((r) => uid(r.unit!)));
    if (ids.size !== 1) return;
    const t = titleDistricts[0].unit!;
    const bodyDistricts = rs.filter((r) => r.mention.zone === 'body' && r.unit?.level === 'district');
    const bodyIds = new Set(bodyDistricts.map((r) => uid(r.unit!)));
    let b: AdminUnit | undefined;
    let because: { vi: string; en: string } | undefined;
    for (const c of rs.filter((r) => inTitle(r) && r.unit?.level === 'commune')) {
      const real = g.parent(c.unit!);
      if (!real || real.level !== 'district' || isUnder(c.unit!, t) || !bodyIds.has(uid(real))) continue;
      b = real;
      const rd = reading(g, c.unit!);
      because = { vi: `${rd.vi} và nội dung nêu ${label(real)}`, en: `${rd.en}, and the body names ${label(real)}` };
      break;
    }
    if (!b && !bodyIds.has(uid(t)) && bodyIds.size === 1) {
      b = bodyDistricts[0].unit!;
      because = { vi: `nội dung chỉ nêu ${label(b)}`, en: `the body names only ${label(b)}` };
    }
    if (!b || !because) return;
    for (const r of titleDistricts) {
      // The parent of a wrong-parent child in the title is reported by place/wrong-parent.
      if (rs.some((c) => c.mention.parent === r.mention.index && c.parentMismatch)) continue;
      const m = r.mention;
      const edit = m.types.includes(b.type)
        ? { start: r.nameSpan.start, end: r.nameSpan.end, newText: nameFor(b.name, m.caps) }
        : { start: m.typeSpan.start, end: r.nameSpan.end, newText: `${typeWordFor(b.type, m.typeWord)} ${nameFor(b.name, m.caps)}` };
      ctx.report({
        start: m.typeSpan.start,
        end: r.nameSpan.end,
        message: msg(
          `Trích yếu nêu ${label(t)} nhưng ${because.vi}: địa bàn trong trích yếu và nội dung không thống nhất.`,
          `The title names ${label(t)} but ${because.en}: the title and the body disagree on the district.`,
        ),
        fixes: [{ title: msg(`Sửa thành "${label(b)}"`, `Change to "${label(b)}"`), edits: [edit] }],
      });
    }
  },
};
