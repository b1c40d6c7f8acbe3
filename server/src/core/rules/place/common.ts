/**
 * Helpers shared by the place rules: how a unit is named in a message (with the reading used,
 * its code, its validity and the data source, as RULES.md "Ambiguity" asks), and the case
 * style of replacements. Not a rule.
 */
import type { AdminUnit, Gazetteer } from '../../data/gazetteer';
import { REFORM_DATE, typeWord, type UnitType } from '../../data/unit-types';
import { analysePlaces, isUnder, type PlaceAnalysis, type PlaceReading } from '../../extract/places';
import { levelOfType, type UnitLevel } from '../../data/unit-types';
import type { RuleContext } from '../types';

export { REFORM_DATE };

/** "xã Chí Minh" */
export function label(u: AdminUnit): string {
  return `${typeWord(u.type).toLowerCase()} ${u.name}`;
}

function dmy(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

/**
 * The day before an ISO date. Memoised (bounded): the gazetteer has a few hundred distinct
 * dates, and a Date parse and print per message was a visible part of the place rules
 * (profiling, samples).
 */
const dayBeforeMemo = new Map<string, string>();
function dayBefore(isoDate: string): string {
  let out = dayBeforeMemo.get(isoDate);
  if (out === undefined) {
    const t = new Date(`${isoDate}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() - 1);
    if (dayBeforeMemo.size >= 4096) dayBeforeMemo.clear();
    dayBeforeMemo.set(isoDate, (out = t.toISOString().slice(0, 10)));
  }
  return out;
}

/** "huyện Tràng Định, tỉnh Lạng Sơn" — the parents of a unit in its own interval. */
export function parents(g: Gazetteer, u: AdminUnit): string {
  const out: string[] = [];
  const p = g.parent(u);
  if (p && p.level === 'district') out.push(label(p));
  const prov = g.province(u);
  if (prov && prov !== u) out.push(label(prov));
  return out.join(', ');
}

/** The data set a state of a unit comes from (README of the gazetteer data, "Provenance"). */
export function sourceOf(u: AdminUnit): { vi: string; en: string } {
  return u.validFrom >= REFORM_DATE
    ? { vi: 'Danh mục ĐVHC từ 01/7/2025, Cục Thống kê', en: 'list of administrative units from 2025-07-01, National Statistics Office' }
    : { vi: 'Danh mục ĐVHC, Tổng cục Thống kê', en: 'list of administrative units, General Statistics Office' };
}

/** Validity of a state: "từ 31/8/2004 đến 30/6/2025" / "from 2004-08-31 to 2025-06-30". */
export function validity(u: AdminUnit): { vi: string; en: string } {
  const to = u.validTo ? dayBefore(u.validTo) : undefined;
  return {
    vi: `từ ${dmy(u.validFrom)}${to ? ` đến ${dmy(to)}` : ''}`,
    en: `from ${u.validFrom}${to ? ` to ${to}` : ''}`,
  };
}

/**
 * The reading used, e.g. "xã Chí Minh thuộc huyện Tràng Định, tỉnh Lạng Sơn (mã 06013) từ
 * 31/8/2004 đến 30/6/2025 (Danh mục ĐVHC, Tổng cục Thống kê)".
 */
export function reading(g: Gazetteer, u: AdminUnit): { vi: string; en: string } {
  const ps = parents(g, u);
  const v = validity(u);
  const s = sourceOf(u);
  return {
    vi: `${label(u)}${ps ? ` thuộc ${ps}` : ''} (mã ${u.code}) ${v.vi} (${s.vi})`,
    en: `${label(u)}${ps ? `, ${ps}` : ''} (code ${u.code}) ${v.en} (${s.en})`,
  };
}

/** Writes `word` in the case style of `like` ("xã" / "Xã" / "XÃ"). */
export function sameCase(word: string, like: string): string {
  if (like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (like[0] === like[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1).toLowerCase();
  return word.toLowerCase();
}

export function typeWordFor(t: UnitType, like: string): string {
  return sameCase(typeWord(t), like);
}

/** The name in the mention's style (all-caps mentions stay all caps). */
export function nameFor(name: string, caps: boolean): string {
  return caps ? name.toUpperCase() : name;
}

/** The document's date window as words, for messages: "tháng 11/2023" is a window. */
export function windowText(w: { from: string; to: string }): { vi: string; en: string } {
  const last = dayBefore(w.to);
  if (w.from === last) return { vi: `ngày ${dmy(w.from)}`, en: w.from };
  return { vi: `${dmy(w.from)}–${dmy(last)}`, en: `${w.from} to ${last}` };
}

/** The analysis, or undefined when the gazetteer is absent. */
export function places(ctx: RuleContext): PlaceAnalysis | undefined {
  return analysePlaces(ctx);
}

export const LEGAL = {
  vi: 'Danh mục đơn vị hành chính (QĐ 124/2004/QĐ-TTg; QĐ 19/2025/QĐ-TTg); Nghị quyết 202/2025/QH15',
  en: 'List of administrative units (Decision 124/2004/QD-TTg; Decision 19/2025/QD-TTg); Resolution 202/2025/QH15',
};

/** Under the parent if any, else in the province if any, else anywhere. */
function inParentOrHome(u: AdminUnit, parent: AdminUnit | undefined, home: AdminUnit | undefined): boolean {
  return parent ? isUnder(u, parent) : home ? u.provinceCode === home.code : true;
}

/**
 * The unit of another type of the same level that a mention names, when certain (for
 * place/type-mismatch; place/defunct stays silent then): no unit of the written type with that
 * name in scope (the parent, else the document's province) in the window, exactly one of
 * another type. A written type that ended with the 2025 reform ("thị trấn Đồng Đăng" in 2026)
 * is place/defunct's, which names the successor.
 */
export function typeMismatchOf(a: PlaceAnalysis, r: PlaceReading): AdminUnit | undefined {
  const parent = r.parentUnits?.length === 1 && !r.parentMismatch ? r.parentUnits[0] : undefined;
  const home = a.province?.unit;
  // Most readings have a unit in scope: tested here, without the closures (and their context)
  // of the rest, as two rules ask for every reading (profiling, 1 MB notice).
  for (let k = 0; k < r.all.length; k++) if (inParentOrHome(r.all[k], parent, home)) return undefined;
  // The other two look-ups once per reading of this lint, for both rules (profiling, samples).
  let other = otherTypeMemo.get(r);
  if (other === undefined) otherTypeMemo.set(r, (other = otherTypeNamed(a, r, parent, home) ?? null));
  return other ?? undefined;
}

/** Per reading object (one lint's): the answer of otherTypeNamed, null for none. */
const otherTypeMemo = new WeakMap<PlaceReading, AdminUnit | null>();

function otherTypeNamed(a: PlaceAnalysis, r: PlaceReading, parent: AdminUnit | undefined, home: AdminUnit | undefined): AdminUnit | undefined {
  const g = a.gazetteer;
  const m = r.mention;
  const inScope = (u: AdminUnit) => inParentOrHome(u, parent, home);
  const former = g.findAnyTime(r.name, { types: m.types }).filter(inScope);
  if (former.some((u) => u.validTo === REFORM_DATE && r.window.from >= REFORM_DATE)) return undefined;
  // A former unit of the written type: only its own level counts ("thành phố Lạng Sơn" in
  // 2026 is the former city, not the province).
  const levels = new Set<UnitLevel>(former.length ? former.map((u) => u.level) : m.types.map(levelOfType));
  const others = g.find(r.name, r.window).filter((u) => levels.has(u.level) && !m.types.includes(u.type) && inScope(u));
  const codes = new Set(others.map((u) => `${u.level}:${u.code}`));
  return codes.size === 1 ? others[others.length - 1] : undefined;
}
