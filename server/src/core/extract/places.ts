/**
 * Reading of unit mentions against the gazetteer (RULES.md, family `place`, "Ambiguity"):
 * many communes share names, so a mention is resolved with the parent named next to it, then
 * the document's province, then the other units named in the same sentence; only a unique
 * reading is certain. Also `documentProvince`: the province a notice is issued in.
 */
import type { NoticeModel, Span } from '../parse/model';
import type { RuleContext } from '../rules/types';
import type { AdminUnit, DateWindow, Gazetteer } from '../data/gazetteer';
import { nameKey, unfoldedPattern } from '../text/fold';
import { extractUnitMentions, getUnitMentions, type UnitMention } from './units';

/** The earliest day the data knows (history starts 2004-08-31). */
const DATA_START = '2004-08-31';

export interface ProvinceReading {
  unit: AdminUnit;
  /** Where it was read: the issuer/superior line, the place/date line, or the units named most. */
  source: 'header' | 'placeDate' | 'mentions';
}

const provinceAt = (g: Gazetteer, u: AdminUnit): AdminUnit | undefined => g.province(u);

/** The state with the latest validFrom (of states of one unit): a loop, not a sort of a copy. */
function latestState(us: AdminUnit[]): AdminUnit {
  let best = us[0];
  for (const u of us) if (u.validFrom >= best.validFrom) best = u;
  return best;
}

type FindFn = (name: string, window: DateWindow, types: UnitMention['types']) => AdminUnit[];

/**
 * g.find memoised for one analysis: the province vote and the readings look up the same names
 * (the same few units recur thousands of times in a long notice). Callers never mutate the result.
 * Keyed by the name, then compared on the window and the types (a name is read in one or two of
 * them): a key string joined per call cost more than the look-up (profiling, 1 MB notice).
 */
function memoFind(g: Gazetteer): FindFn {
  const memo = new Map<string, Array<{ from: string; to: string; types: UnitMention['types']; us: AdminUnit[] }>>();
  const sameTypes = (a: UnitMention['types'], b: UnitMention['types']) => a === b || (a.length === b.length && a.every((t, i) => t === b[i]));
  return (name, window, types) => {
    let seen = memo.get(name);
    if (!seen) memo.set(name, (seen = []));
    for (const e of seen) if (e.from === window.from && e.to === window.to && sameTypes(e.types, types)) return e.us;
    const us = g.find(name, window, { types });
    seen.push({ from: window.from, to: window.to, types, us });
    return us;
  };
}

/** Provinces a name denotes in the window ("Lạng Sơn", "Thành phố Hồ Chí Minh"). */
function provincesNamed(g: Gazetteer, name: string, window: DateWindow): AdminUnit[] {
  return g.find(name, window, { level: 'province' });
}

/**
 * The issuing province (PRODUCT.md: the province decides which units and agencies are local):
 * the issuer/superior line ("UBND TỈNH LẠNG SƠN"), else the place/date line ("Lạng Sơn, ngày …";
 * a commune's or district's name there → its province when unique), else the province the
 * text's units name most.
 */
export function documentProvince(model: NoticeModel, gazetteer: Gazetteer, window: DateWindow,
  mentions: UnitMention[] = extractUnitMentions(model), find: FindFn = memoFind(gazetteer)): ProvinceReading | undefined {
  const g = gazetteer;
  const unique = (us: AdminUnit[]): AdminUnit | undefined => {
    const codes = new Set(us.map((u) => u.code));
    return codes.size === 1 ? latestState(us) : undefined;
  };
  // 1. The header: a province named in the superior or issuer line; else the province of a unit named there.
  const inHeader = mentions.filter((m) => m.zone === 'header');
  for (const m of inHeader) {
    const p = unique(resolveAlone(g, m, window, find).filter((u) => u.level === 'province'));
    if (p) return { unit: p, source: 'header' };
  }
  for (const m of inHeader) {
    const us = resolveAlone(g, m, window, find);
    const p = unique(us.map((u) => provinceAt(g, u)).filter((u): u is AdminUnit => !!u));
    if (p) return { unit: p, source: 'header' };
  }
  // 2. The place of the place/date line.
  const place = model.placeDate?.place?.trim();
  if (place) {
    const p = unique(provincesNamed(g, place, window));
    if (p) return { unit: p, source: 'placeDate' };
    const any = g.find(place, window);
    const viaUnit = unique(any.map((u) => provinceAt(g, u)).filter((u): u is AdminUnit => !!u));
    if (viaUnit) return { unit: viaUnit, source: 'placeDate' };
  }
  // 3. The province the text's units name most (each mention counted when unambiguous).
  const votes = new Map<string, { unit: AdminUnit; n: number }>();
  // The province of each reading once: `find` hands out the same list for a name that recurs.
  const provinceOf = new Map<AdminUnit[], AdminUnit | undefined>();
  for (const m of mentions) {
    const us = resolveAlone(g, m, window, find);
    let p = provinceOf.get(us);
    if (!provinceOf.has(us)) provinceOf.set(us, (p = unique(us.map((u) => provinceAt(g, u)).filter((u): u is AdminUnit => !!u))));
    if (!p) continue;
    const v = votes.get(p.code);
    if (v) v.n++;
    else votes.set(p.code, { unit: p, n: 1 });
  }
  const ranked = [...votes.values()].sort((a, b) => b.n - a.n);
  if (ranked.length && (ranked.length === 1 || ranked[0].n > ranked[1].n)) return { unit: ranked[0].unit, source: 'mentions' };
  return undefined;
}

/** Units a mention can denote in the window, with no context (longest reading first). */
function resolveAlone(g: Gazetteer, m: UnitMention, window: DateWindow, find: FindFn = (n, w, t) => g.find(n, w, { types: t })): AdminUnit[] {
  for (const name of namesToTry(m)) {
    const us = find(name.name, window, m.types);
    if (us.length) return us;
  }
  return [];
}

/** Readings of the name: the dash reading, the name; for all-caps mentions, shorter prefixes. */
export function namesToTry(m: UnitMention): Array<{ name: string; span: Span }> {
  const out: Array<{ name: string; span: Span }> = [];
  if (m.longName && m.longNameSpan) out.push({ name: m.longName, span: m.longNameSpan });
  out.push({ name: m.name, span: m.nameSpan });
  if (m.caps) {
    const words = m.name.split(' ');
    for (let k = words.length - 1; k >= 1; k--) {
      const name = words.slice(0, k).join(' ');
      out.push({ name, span: { start: m.nameSpan.start, end: m.nameSpan.start + name.length } });
    }
  }
  return out;
}

export interface PlaceReading {
  mention: UnitMention;
  /** The window the mention is read in: the document's, widened back to a date cited before it. */
  window: DateWindow;
  /** The reading of the name actually used (a prefix for all-caps mentions). */
  name: string;
  nameSpan: Span;
  /** Units of the word's types with that name valid in the window, nationwide. */
  all: AdminUnit[];
  /** After narrowing by parent, document province and nearby units. */
  candidates: AdminUnit[];
  /** How `candidates` were narrowed. */
  scope: 'parent' | 'province' | 'nearby' | 'nation';
  /** The unique reading, when certain. */
  unit?: AdminUnit;
  /** The explicit parent (named after it) was resolved but none of `all` lies under it. */
  parentMismatch?: boolean;
  parentUnits?: AdminUnit[];
}

export interface PlaceAnalysis {
  mentions: UnitMention[];
  readings: PlaceReading[];
  province?: ProvinceReading;
  gazetteer: Gazetteer;
  docWindow: DateWindow;
}

/** Whether unit u lies under unit p (district or province). */
export function isUnder(u: AdminUnit, p: AdminUnit): boolean {
  if (p.level === 'province') return u.level !== 'province' && u.provinceCode === p.code;
  if (p.level === 'district') return u.level === 'commune' && u.parentCode === p.code;
  return false;
}

/** Whether unit u lies under one of `ps`. */
function underAny(u: AdminUnit, ps: AdminUnit[]): boolean {
  for (let k = 0; k < ps.length; k++) if (isUnder(u, ps[k])) return true;
  return false;
}

/** The units of `all` under one of `ps`: `all` itself, not a copy, when each is (the usual case). */
function underParents(all: AdminUnit[], ps: AdminUnit[]): AdminUnit[] {
  for (let k = 0; k < all.length; k++) if (!underAny(all[k], ps)) return all.filter((u) => underAny(u, ps));
  return all;
}

/** The unit all of `us` are states of (same level and code), the latest state; compared in place, no key strings per reading. */
function sameUnit(us: AdminUnit[]): AdminUnit | undefined {
  if (!us.length) return undefined;
  const a = us[0];
  for (const u of us) if (u.level !== a.level || u.code !== a.code) return undefined;
  return us.length === 1 ? a : latestState(us);
}

/** Reads every mention (cached per lint run, shared by the place and agency rules). */
export function analysePlaces(ctx: Pick<RuleContext, 'model' | 'cache' | 'data' | 'docDate'>): PlaceAnalysis | undefined {
  const g = ctx.data?.gazetteer;
  if (!g) return undefined;
  const key = 'extract/places';
  const hit = ctx.cache.get(key) as PlaceAnalysis | undefined;
  if (hit) return hit;
  const mentions = getUnitMentions(ctx);
  const docWindow = ctx.docDate;
  const find = memoFind(g);
  const province = documentProvince(ctx.model, g, docWindow, mentions, find);
  // Mentions by sentence start, built on first need: mentions.filter() per ambiguous mention was quadratic.
  let bySentence: Map<number, UnitMention[]> | undefined;
  const inSentence = (start: number): UnitMention[] => {
    if (!bySentence) {
      bySentence = new Map();
      for (const x of mentions) {
        const l = bySentence.get(x.sentence.start);
        if (l) l.push(x);
        else bySentence.set(x.sentence.start, [x]);
      }
    }
    return bySentence.get(start)!; // the sentence of a mention: in the map
  };
  const readings: PlaceReading[] = new Array(mentions.length);
  // Mentions being read (a parent link or a nearby unit may lead back to one): flags, not a Set
  // that an add and a delete per mention keep rehashing.
  const resolving = new Uint8Array(mentions.length);
  // Units named in the same sentence as mention i that are already certain: keep candidates near
  // them. (Out of `read`, whose locals no closure then captures: no context per mention.)
  const nearby = (i: number, m: UnitMention, candidates: AdminUnit[]): AdminUnit[] => {
    const near = inSentence(m.sentence.start).filter((x) => x.index !== i && !resolving[x.index])
      .map((x) => read(x.index).unit).filter((u): u is AdminUnit => !!u);
    return candidates.filter((c) => near.some((u) => isUnder(c, u) || (c.parentCode !== undefined && c.parentCode === u.parentCode && c.level === u.level)));
  };
  // Per analysis, to allocate once rather than per mention (profiling, 1 MB notice: the same
  // few units recur): the window of each start date, the one-unit parent list of each parent
  // reading, and the narrowing of each shared `all` list to the province. Readers never mutate them.
  const windows = new Map<string, DateWindow>();
  const parentLists = new Map<PlaceReading, AdminUnit[]>();
  const inProvince = new Map<AdminUnit[], AdminUnit[]>();
  const inProv = (all: AdminUnit[], p: AdminUnit): AdminUnit[] => {
    let us = inProvince.get(all); // p is the document's province: the same in every call
    // The province's own states too: a province's provinceCode is its code.
    if (!us) inProvince.set(all, (us = all.filter((u) => u.provinceCode === p.code)));
    return us;
  };

  const read = (i: number): PlaceReading => {
    if (readings[i]) return readings[i];
    const m = mentions[i];
    resolving[i] = 1;
    const from = m.historicalFrom && m.historicalFrom < docWindow.from
      ? (m.historicalFrom < DATA_START ? DATA_START : m.historicalFrom) : docWindow.from;
    let window = windows.get(from);
    if (!window) windows.set(from, (window = { from, to: docWindow.to }));
    let name = m.name;
    let nameSpan = m.nameSpan;
    let all: AdminUnit[];
    if (!m.longName && !m.caps) {
      // namesToTry gives the name alone then: no list of readings per mention.
      all = find(name, window, m.types);
    } else {
      all = [];
      for (const n of namesToTry(m)) {
        const us = find(n.name, window, m.types);
        if (us.length) { all = us; name = n.name; nameSpan = n.span; break; }
      }
    }
    let candidates = all;
    let scope: PlaceReading['scope'] = 'nation';
    let parentMismatch = false;
    let parentUnits: AdminUnit[] | undefined;
    const parentIdx = m.parent ?? m.parentBefore;
    if (parentIdx !== undefined && !resolving[parentIdx]) {
      const pr = read(parentIdx);
      if (pr.unit) {
        parentUnits = parentLists.get(pr);
        if (!parentUnits) parentLists.set(pr, (parentUnits = [pr.unit]));
      } else parentUnits = pr.candidates;
      const under = underParents(all, parentUnits);
      if (under.length) { candidates = under; scope = 'parent'; }
      else if (m.parent !== undefined && parentUnits.length && all.length) parentMismatch = true;
    }
    if (scope === 'nation' && province) {
      const inP = inProv(all, province.unit);
      if (inP.length) { candidates = inP; scope = 'province'; }
    }
    if (!sameUnit(candidates) && candidates.length > 1) {
      const close = nearby(i, m, candidates);
      if (close.length && close.length < candidates.length) { candidates = close; scope = 'nearby'; }
    }
    resolving[i] = 0;
    const r: PlaceReading = { mention: m, window, name, nameSpan, all, candidates, scope, unit: sameUnit(candidates), parentMismatch, parentUnits };
    readings[i] = r;
    return r;
  };
  mentions.forEach((_, i) => read(i));
  const a: PlaceAnalysis = { mentions, readings, province, gazetteer: g, docWindow };
  ctx.cache.set(key, a);
  return a;
}

/**
 * Whether the document names a province anywhere (by its name, with or without a type word),
 * as the folded text would show it (case, tone placement, dashes, white space), found in the
 * text itself: no fold of the whole document per lint.
 */
export function documentNamesProvince(ctx: Pick<RuleContext, 'model'>, p: AdminUnit): boolean {
  const names = [p.name, ...p.altNames].map((n) => unfoldedPattern(nameKey(n)));
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${names.join('|')})(?![\\p{L}\\p{M}])`, 'iu').test(ctx.model.text);
}

