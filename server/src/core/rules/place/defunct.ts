/**
 * place/defunct — a unit that did not exist on the document's date (RULES.md): from 01/7/2025
 * there are no districts at all (two-level local government, DOMAIN.md §10; Nghị quyết
 * 202/2025/QH15) and no thị trấn; merged or renamed communes and provinces; a unit not yet
 * created. Says what replaced it (the official conversion table, Cục Thống kê).
 *
 * A later notice may cite earlier documents of districts ("Quyết định số 12/QĐ-UBND ngày
 * 05/3/2024 của UBND huyện Bắc Sơn") or name a former unit as such ("huyện Bắc Sơn (cũ)"):
 * such mentions are read at the cited date (extract/units.ts) and are not reported.
 */
import type { AdminUnit, Gazetteer } from '../../data/gazetteer';
import { isUnder, type PlaceReading } from '../../extract/places';
import { msg, type Rule } from '../types';
import { LEGAL, REFORM_DATE, label, places, reading, typeMismatchOf, windowText } from './common';

/** What took over a unit on 2025-07-01: its own successors, or (a district) its communes'. */
function replacedBy(g: Gazetteer, u: AdminUnit): AdminUnit[] {
  let succ = g.successors(u).map((s) => s.unit);
  if (!succ.length && u.level === 'district' && u.validTo === REFORM_DATE) {
    const kids = g.children(u, { from: '2025-06-30', to: REFORM_DATE });
    succ = kids.flatMap((k) => g.successors(k).map((s) => s.unit));
  }
  const seen = new Set<string>();
  return succ.filter((s) => !seen.has(s.code) && !!seen.add(s.code));
}

/** The latest state, when all of `us` are states of one unit (the gazetteer gives them oldest first). */
function sameUnit(us: AdminUnit[]): AdminUnit | undefined {
  const codes = new Set(us.map((u) => `${u.level}:${u.code}`));
  return codes.size === 1 ? us[us.length - 1] : undefined;
}

export const defunct: Rule = {
  meta: {
    id: 'place/defunct',
    family: 'place',
    defaultSeverity: 'warning',
    fixable: false,
    needsReferenceData: true,
    description: msg('Đơn vị hành chính không tồn tại vào thời điểm văn bản (đã sáp nhập, đổi tên, giải thể hoặc chưa thành lập).',
      'An administrative unit that did not exist on the document\'s date (merged, renamed, dissolved or not yet created).'),
    legalBasis: msg('Nghị quyết 202/2025/QH15; Luật Tổ chức chính quyền địa phương 72/2025/QH15; ' + LEGAL.vi,
      'Resolution 202/2025/QH15; Law on Local Government 72/2025/QH15; ' + LEGAL.en),
  },
  check(ctx) {
    const a = places(ctx);
    if (!a) return;
    const g = a.gazetteer;
    const home = a.province?.unit;
    for (const r of a.readings) {
      const m = r.mention;
      if (m.historicalFrom !== undefined && m.historicalFrom < REFORM_DATE && r.window.from < REFORM_DATE && r.all.length) continue;
      if (typeMismatchOf(a, r)) continue; // place/type-mismatch names the unit meant
      const former = formerUnit(g, r, home);
      if (!former) continue;
      const w = windowText(a.docWindow);
      const rd = reading(g, former);
      let vi: string;
      let en: string;
      if (former.validTo !== null && former.validTo <= r.window.from) {
        const succ = replacedBy(g, former);
        const reform = former.validTo === REFORM_DATE;
        const why = reform && former.level === 'district'
          ? { vi: 'từ 01/7/2025 không còn đơn vị hành chính cấp huyện (chính quyền địa phương hai cấp)', en: 'there are no districts from 2025-07-01 (two-level local government)' }
          : reform && former.type === 'thi_tran'
            ? { vi: 'từ 01/7/2025 không còn thị trấn', en: 'there are no townships (thị trấn) from 2025-07-01' }
            : reform
              ? { vi: 'đã được sắp xếp từ 01/7/2025', en: 'reorganised on 2025-07-01' }
              : { vi: 'đơn vị này không còn tồn tại', en: 'the unit no longer exists' };
        const s = succ.length
          ? { vi: `; nay là ${succ.slice(0, 8).map(label).join(', ')}${succ.length > 8 ? ` và ${succ.length - 8} đơn vị khác` : ''} (Bảng chuyển đổi ĐVHC mới – cũ, Cục Thống kê)`,
            en: `; now ${succ.slice(0, 8).map(label).join(', ')}${succ.length > 8 ? ` and ${succ.length - 8} more` : ''} (official old-to-new conversion table, National Statistics Office)` }
          : { vi: '', en: '' };
        vi = `${m.typeWord.toLowerCase()} ${r.name} không còn tồn tại vào thời điểm văn bản (${w.vi}): ${why.vi}; ${rd.vi}${s.vi}. Chỉ nêu đơn vị cũ khi trích dẫn văn bản trước đó hoặc ghi rõ "(cũ)".`;
        en = `${m.typeWord.toLowerCase()} ${r.name} did not exist on the document's date (${w.en}): ${why.en}; ${rd.en}${s.en}. Name a former unit only when citing an earlier document, or mark it "(cũ)".`;
      } else {
        // formerUnit's unit is not valid in the window and did not end before it: it began after it.
        // New communes were announced weeks before 2025-07-01: a 2025 notice may name them.
        if (former.validFrom === REFORM_DATE && r.window.from >= '2025-01-01') continue;
        vi = `${m.typeWord.toLowerCase()} ${r.name} chưa được thành lập vào thời điểm văn bản (${w.vi}): ${rd.vi}.`;
        en = `${m.typeWord.toLowerCase()} ${r.name} did not exist yet on the document's date (${w.en}): ${rd.en}.`;
      }
      ctx.report({ start: m.typeSpan.start, end: r.nameSpan.end, message: msg(vi, en) });
    }
  },
};

/** Under (or, for a province, in) the parent if any, else in the province if any, else anywhere. */
function inScope(u: AdminUnit, parent: AdminUnit | undefined, home: AdminUnit | undefined): boolean {
  if (parent) return isUnder(u, parent) || (parent.level === 'province' && u.provinceCode === parent.code);
  return home ? u.provinceCode === home.code : true;
}

/**
 * The unit meant, when it is certain that it is not valid in the window: no unit of that name
 * and type in scope (the parent, else the document's province, else the country) in the
 * window, and exactly one at another date.
 */
function formerUnit(g: Gazetteer, r: PlaceReading, home?: AdminUnit): AdminUnit | undefined {
  if (r.mention.caps && !r.all.length) return undefined;
  const parent = r.parentUnits?.length === 1 ? r.parentUnits[0] : undefined;
  const p = parent && !r.parentMismatch ? parent : undefined;
  const h = p ? undefined : home;
  // Most readings have a unit in scope: tested here, without the closures (and their context)
  // of the rest (profiling, 1 MB notice).
  for (let k = 0; k < r.all.length; k++) if (inScope(r.all[k], p, h)) return undefined;
  return formerUnitIn(g, r, p, h);
}

/** The former unit of the name and type in the scope of formerUnit, when certain. */
function formerUnitIn(g: Gazetteer, r: PlaceReading, p: AdminUnit | undefined, h: AdminUnit | undefined): AdminUnit | undefined {
  const m = r.mention;
  const any = g.findAnyTime(r.name, { types: m.types }).filter((u) => inScope(u, p, h));
  if (!any.length) return undefined;
  const u = sameUnit(any);
  if (u) return u;
  // Several former units share the name (different districts of the province): still certain
  // after the reform for a district word, as no district exists then (every state has ended);
  // report the latest.
  if (m.level === 'district' && !m.types.some((t) => t === 'thanh_pho_tw') && r.window.from >= REFORM_DATE) {
    return [...any].sort((a, b) => (a.validTo! < b.validTo! ? 1 : -1))[0];
  }
  return undefined;
}
