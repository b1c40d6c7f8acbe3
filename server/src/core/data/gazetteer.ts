/**
 * Date-aware gazetteer of Vietnamese administrative units (provinces, districts, communes from
 * 2004-08-31 on, the 2025-07-01 reform and later changes), over the committed, generated
 * server/data/gazetteer.json (see server/data/SOURCES.md for its sources and format).
 *
 * Loading: the data is `require`d as JSON inside the lazy loader, not read with `fs`. esbuild
 * then embeds it in the server and CLI bundles (nothing to locate on disk at run time, works
 * the same under tsx in tests), and wraps it in a lazily-initialised module, so a process that
 * never asks for a place pays nothing beyond parsing the bundle. Indexes are built once, on
 * first use; lookups then touch only maps. Returned units are shared objects: do not mutate.
 */
import { stripAccents } from '../text/fold';
import { bandedDistance, letterSig, popcount, unitNameKey } from './name-match';
import {
  REFORM_DATE, UNIT_TYPES, fullNameOf, splitTypeWord,
  type UnitLevel, type UnitType,
} from './unit-types';

export { REFORM_DATE, typeWord, typesOfWord, levelOfType, splitTypeWord, fullNameOf, UNIT_TYPES } from './unit-types';
export type { UnitLevel, UnitType } from './unit-types';
export { bandedDistance, unitNameKey } from './name-match';

/** ISO dates 'YYYY-MM-DD'; from inclusive, to exclusive. A partial document date is a window. */
export interface DateWindow { from: string; to: string }

/** One state of a unit over an interval. */
export interface AdminUnit {
  code: string;
  level: UnitLevel;
  type: UnitType;
  /** Without the type word: "Long Đống". */
  name: string;
  /** "Xã Long Đống". */
  fullName: string;
  /** District code for a pre-2025 commune, province code for a district or a post-2025 commune. */
  parentCode?: string;
  provinceCode: string;
  validFrom: string;
  /** Exclusive; null = still valid. */
  validTo: string | null;
  /** Other accepted spellings, without the type word. */
  altNames: string[];
}

export interface FindOptions { types?: UnitType[]; level?: UnitLevel; provinceCode?: string; parentCode?: string }
export interface SuggestOptions extends FindOptions { max?: number }
export interface Successor { unit: AdminUnit; kind: string }

export interface Gazetteer {
  /** Units whose name (or an accepted alternative spelling) matches, valid at some point of the window. */
  find(name: string, window: DateWindow, opts?: FindOptions): AdminUnit[];
  /** Same, at any date (to say "this unit existed until …"). */
  findAnyTime(name: string, opts?: FindOptions): AdminUnit[];
  byCode(level: UnitLevel, code: string, window?: DateWindow): AdminUnit[];
  children(unit: AdminUnit, window: DateWindow): AdminUnit[];
  parent(unit: AdminUnit, window?: DateWindow): AdminUnit | undefined;
  /** The province state valid during the unit's interval (the latest, if several). */
  province(unit: AdminUnit): AdminUnit | undefined;
  /** New units that took over an old unit on 2025-07-01 (conversion table), with the kind. */
  successors(unit: AdminUnit): Successor[];
  /** The reverse: old units (states ending 2025-07-01) that went into a new unit. */
  predecessors(unit: AdminUnit): Successor[];
  /** Spelling suggestions: tone-folded, accent-insensitive and edit-distance candidates, best first. */
  suggest(name: string, window: DateWindow, opts?: SuggestOptions): Array<{ unit: AdminUnit; distance: number }>;
  provinces(window: DateWindow): AdminUnit[];
  stats(): { units: number; loadMs: number };
}

// ---- dates ---------------------------------------------------------------------------------

/** Whole-day window of an ISO date, or of a partial one: '2025' → the year, '2025-06' → June. */
export function windowOf(date: string): DateWindow {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) throw new Error(`windowOf: not an ISO date: ${date}`);
  const [, y, mo, d] = m;
  if (!mo) return { from: `${y}-01-01`, to: `${Number(y) + 1}-01-01` };
  if (!d) {
    const next = new Date(Date.UTC(Number(y), Number(mo), 1));
    return { from: `${y}-${mo}-01`, to: next.toISOString().slice(0, 10) };
  }
  const next = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d) + 1));
  return { from: date, to: next.toISOString().slice(0, 10) };
}

/** The interval [a.from, a.to) meets [from, to). ISO strings compare as dates. */
function overlaps(u: AdminUnit, from: string, to: string | null): boolean {
  return (to === null || u.validFrom < to) && (u.validTo === null || u.validTo > from);
}
const inWindow = (u: AdminUnit, w: DateWindow) => overlaps(u, w.from, w.to);
const laterFirst = (a: AdminUnit, b: AdminUnit) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0);

// ---- raw format (format 1, written by scripts/build-gazetteer.mjs) ---------------------------

type RawState = [number, number, number, string | 0, number, number, string?];
type RawUnit = [number, ...RawState[]];
interface RawData {
  format: number; dates: string[]; types: string[]; kinds: string[];
  p: RawUnit[]; d: RawUnit[]; c: RawUnit[]; succ: { p: number[][]; c: number[][] };
}
const LEVELS: Array<[keyof Pick<RawData, 'p' | 'd' | 'c'>, UnitLevel, number]> =
  [['p', 'province', 2], ['d', 'district', 3], ['c', 'commune', 5]];
interface Edge { code: string; level: UnitLevel; kind: string }
const levelMaps = <T>(): Record<UnitLevel, Map<string, T>> =>
  ({ province: new Map(), district: new Map(), commune: new Map() });
/** Shared by the units without alternatives (most of them); frozen because units are shared. */
const NO_ALTS = Object.freeze([]) as unknown as string[];

/** The level of a unit's parent: none for a province; the district for a commune before the reform. */
function parentLevel(u: AdminUnit): UnitLevel | undefined {
  if (u.level === 'province') return undefined;
  if (u.level === 'commune' && u.validFrom < REFORM_DATE) return 'district';
  return 'province';
}

// ---- the provider ----------------------------------------------------------------------------

class GazetteerImpl implements Gazetteer {
  private readonly all: AdminUnit[] = [];
  // Maps per level keyed by the code string itself: codes are interned by `code()`, so their hashes
  // are computed once (concatenated keys like "commune:06013" made loading twice as slow).
  private readonly byCodeIdx = levelMaps<AdminUnit[]>();
  private readonly byNameIdx = new Map<string, AdminUnit[]>();
  private readonly childIdx = levelMaps<AdminUnit[]>();
  /** Per unit (same index as `all`): folded keys of its name and alternatives, for suggest. */
  private readonly keys: string[][] = [];
  private readonly keyMemo = new Map<string, string[]>();
  private readonly asciiMemo = new Map<string, string>();
  private readonly idxByParent = new Map<string, number[]>();
  private readonly idxByProvince = new Map<string, number[]>();
  private readonly succIdx = levelMaps<Edge[]>();
  private readonly predIdx = levelMaps<Edge[]>();
  private readonly codeMemo = [new Map<number, string>(), new Map<number, string>(), new Map<number, string>()];
  private readonly loadMs: number;

  /** `startedAt`: when loading began, so loadMs can include reading the JSON. */
  constructor(raw: RawData, startedAt = performance.now()) {
    const t0 = startedAt;
    if (raw.format !== 1) throw new Error(`gazetteer.json: unsupported format ${raw.format}`);
    const types = raw.types.map((t) => {
      if (!(UNIT_TYPES as readonly string[]).includes(t)) throw new Error(`gazetteer.json: unknown type ${t}`);
      return t as UnitType;
    });
    for (const [key, level, width] of LEVELS) {
      for (const [codeNum, ...states] of raw[key]) {
        const code = this.code(codeNum, width);
        let prevName = '';
        for (const [from, to, type, name, parent, prov, alts] of states) {
          const n = name === 0 ? prevName : name;
          prevName = n;
          const t = types[type];
          const u: AdminUnit = {
            code, level, type: t, name: n, fullName: fullNameOf(t, n),
            provinceCode: this.code(prov, 2), validFrom: raw.dates[from], validTo: to < 0 ? null : raw.dates[to],
            altNames: alts ? alts.split(';') : NO_ALTS,
          };
          if (level !== 'province') u.parentCode = this.code(parent, parentLevel(u) === 'district' ? 3 : 2);
          this.add(u);
        }
      }
    }
    for (const [lvKey, rows] of [['p', raw.succ.p], ['c', raw.succ.c]] as const) {
      for (const [newCode, ...edges] of rows) {
        const nc = this.code(newCode, lvKey === 'p' ? 2 : 5);
        const newLevel: UnitLevel = lvKey === 'p' ? 'province' : 'commune';
        for (let i = 0; i < edges.length; i += 2) {
          const old = edges[i];
          const oldLevel: UnitLevel = lvKey === 'p' ? 'province' : old < 0 ? 'district' : 'commune';
          const oc = this.code(Math.abs(old), oldLevel === 'province' ? 2 : oldLevel === 'district' ? 3 : 5);
          const kind = raw.kinds[edges[i + 1]];
          push(this.succIdx[oldLevel], oc, { code: nc, level: newLevel, kind });
          push(this.predIdx[newLevel], nc, { code: oc, level: oldLevel, kind });
        }
      }
    }
    this.keyMemo.clear(); // only needed while loading
    this.loadMs = performance.now() - t0;
  }

  private add(u: AdminUnit): void {
    const i = this.all.length;
    this.all.push(u);
    push(this.byCodeIdx[u.level], u.code, u);
    let keys = this.keyOf(u.name);
    if (u.altNames.length) keys = [...new Set([...keys, ...u.altNames.flatMap((a) => this.keyOf(a))])];
    for (const k of keys) push(this.byNameIdx, k, u);
    this.keys.push(keys);
    const pl = parentLevel(u);
    if (pl) push(this.childIdx[pl], u.parentCode!, u);
    // Candidate lists for suggest(), by the scope callers usually know (parent, then province).
    if (u.parentCode) push(this.idxByParent, u.parentCode, i);
    push(this.idxByProvince, u.provinceCode, i);
  }

  /** Zero-padded code string, one string object per code. */
  private code(n: number, width: number): string {
    const m = this.codeMemo[width === 2 ? 0 : width === 3 ? 1 : 2];
    let s = m.get(n);
    if (s === undefined) m.set(n, (s = String(n).padStart(width, '0')));
    return s;
  }

  /** Folding costs more than everything else at load; names repeat across states, so memoise. */
  private keyOf(name: string): string[] {
    let k = this.keyMemo.get(name);
    if (!k) this.keyMemo.set(name, (k = [unitNameKey(name)]));
    return k;
  }

  private keyList: string[] = [];
  private sigs: Int32Array | undefined;
  /** Letter signatures of every distinct spelling, for nationwide suggest(); built on first use. */
  private buildSigs(): void {
    this.keyList = [...this.byNameIdx.keys()];
    this.sigs = Int32Array.from(this.keyList, letterSig);
  }

  /** Accent-stripped form of a folded key, only needed by suggest(): computed on demand, kept. */
  private asciiOf(k: string): string {
    let s = this.asciiMemo.get(k);
    if (s === undefined) this.asciiMemo.set(k, (s = stripAccents(k)));
    return s;
  }

  find(name: string, window: DateWindow, opts: FindOptions = {}): AdminUnit[] {
    return this.lookup(name, opts).filter((u) => inWindow(u, window));
  }

  findAnyTime(name: string, opts: FindOptions = {}): AdminUnit[] {
    return this.lookup(name, opts);
  }

  /**
   * Exact (folded) name lookup. A leading type word ("Xã Long Đống") is accepted and narrows the
   * types, but only when the whole text is not itself a name, so a unit named like a type word
   * phrase still matches.
   */
  private lookup(name: string, opts: FindOptions): AdminUnit[] {
    let hits = this.byNameIdx.get(unitNameKey(name));
    let o = opts;
    if (!hits) {
      const split = splitTypeWord(name);
      if (!split) return [];
      hits = this.byNameIdx.get(unitNameKey(split.name));
      if (!hits) return [];
      o = { ...opts, types: opts.types ? opts.types.filter((t) => split.types.includes(t)) : split.types };
    }
    return hits.filter((u) => matches(u, o));
  }

  byCode(level: UnitLevel, code: string, window?: DateWindow): AdminUnit[] {
    const states = this.byCodeIdx[level].get(code) ?? [];
    return window ? states.filter((u) => inWindow(u, window)) : [...states];
  }

  children(unit: AdminUnit, window: DateWindow): AdminUnit[] {
    return (this.childIdx[unit.level].get(unit.code) ?? [])
      .filter((c) => inWindow(c, window) && overlaps(c, unit.validFrom, unit.validTo));
  }

  parent(unit: AdminUnit, window?: DateWindow): AdminUnit | undefined {
    const pl = parentLevel(unit);
    if (!pl || !unit.parentCode) return undefined;
    return this.latestOverlapping(pl, unit.parentCode, unit, window);
  }

  province(unit: AdminUnit): AdminUnit | undefined {
    if (unit.level === 'province') return unit;
    return this.latestOverlapping('province', unit.provinceCode, unit);
  }

  /** The latest state of (level, code) overlapping the unit's interval, and the window if given. */
  private latestOverlapping(level: UnitLevel, code: string, unit: AdminUnit, window?: DateWindow): AdminUnit | undefined {
    const states = (this.byCodeIdx[level].get(code) ?? [])
      .filter((p) => overlaps(p, unit.validFrom, unit.validTo) && (!window || inWindow(p, window)));
    return states.sort(laterFirst)[0];
  }

  successors(unit: AdminUnit): Successor[] {
    if (unit.validTo !== REFORM_DATE) return []; // only states that ended with the reform have successors
    return this.resolveEdges(this.succIdx[unit.level].get(unit.code), (s) => s.validFrom === REFORM_DATE);
  }

  predecessors(unit: AdminUnit): Successor[] {
    if (unit.validFrom < REFORM_DATE) return [];
    return this.resolveEdges(this.predIdx[unit.level].get(unit.code), (s) => s.validTo === REFORM_DATE);
  }

  private resolveEdges(edges: Edge[] | undefined,
    pick: (s: AdminUnit) => boolean): Successor[] {
    const out: Successor[] = [];
    for (const e of edges ?? []) {
      const u = (this.byCodeIdx[e.level].get(e.code) ?? []).find(pick);
      if (u) out.push({ unit: u, kind: e.kind });
    }
    return out;
  }

  /**
   * Candidates ranked by edit distance between folded keys (so tone-placement variants are at 0
   * and one wrong diacritic costs 1), then accent-insensitive equality, then code. The allowed
   * distance grows with the length of the name: short names only get near misses.
   * With a parent or province, only that scope's units are compared; nationwide, each distinct
   * spelling is compared once (about half as many as unit states) and its units checked after.
   */
  suggest(name: string, window: DateWindow, opts: SuggestOptions = {}): Array<{ unit: AdminUnit; distance: number }> {
    const split = this.byNameIdx.has(unitNameKey(name)) ? undefined : splitTypeWord(name);
    const o: FindOptions = split
      ? { ...opts, types: opts.types ? opts.types.filter((t) => split.types.includes(t)) : split.types }
      : opts;
    const key = unitNameKey(split ? split.name : name);
    const ascii = stripAccents(key);
    const maxD = Math.max(2, Math.ceil(key.length / 3));
    // Distance of one spelling, or -1 when it is neither near nor equal without accents.
    // An NFC key and its accent-stripped form have the same length, so only same-length keys can tie.
    const score = (k: string): [number, boolean] => {
      const d = bandedDistance(key, k, maxD);
      const same = k.length === ascii.length && this.asciiOf(k) === ascii;
      return [d, same];
    };
    const best = new Map<AdminUnit, { unit: AdminUnit; distance: number; ascii: boolean }>();
    const consider = (u: AdminUnit, d: number, same: boolean) => {
      if ((d > maxD && !same) || !inWindow(u, window) || !matches(u, o)) return;
      const prev = best.get(u);
      if (!prev) best.set(u, { unit: u, distance: d, ascii: same });
      else { prev.distance = Math.min(prev.distance, d); prev.ascii ||= same; }
    };
    // District codes have 3 digits and province codes 2, so one parent map serves both.
    const scope = (o.parentCode && this.idxByParent.get(o.parentCode)) ||
      (o.provinceCode && this.idxByProvince.get(o.provinceCode)) || undefined;
    if (scope) {
      for (const i of scope) for (const k of this.keys[i]) consider(this.all[i], ...score(k));
    } else if (!o.parentCode && !o.provinceCode) {
      // One edit changes at most two bits of a spelling's letter signature, so a signature
      // difference above 2*maxD rules the spelling out before any distance is computed.
      if (!this.sigs) this.buildSigs();
      const sig = letterSig(key);
      const sigs = this.sigs!;
      for (let i = 0; i < this.keyList.length; i++) {
        const k = this.keyList[i];
        const near = popcount(sigs[i] ^ sig) <= 2 * maxD;
        const same = k.length === ascii.length && this.asciiOf(k) === ascii;
        if (!near && !same) continue;
        const d = near ? bandedDistance(key, k, maxD) : maxD + 1;
        if (d <= maxD || same) for (const u of this.byNameIdx.get(k)!) consider(u, d, same);
      }
    }
    // One entry per unit and name: with a wide window, keep the latest state.
    const byName = new Map<string, { unit: AdminUnit; distance: number; ascii: boolean }>();
    for (const c of best.values()) {
      const id = `${c.unit.level}:${c.unit.code}:${c.unit.name}`;
      const prev = byName.get(id);
      if (!prev || c.distance < prev.distance || (c.distance === prev.distance && prev.unit.validFrom < c.unit.validFrom)) {
        byName.set(id, c);
      }
    }
    return [...byName.values()]
      .sort((a, b) => a.distance - b.distance || Number(b.ascii) - Number(a.ascii) ||
        (a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : 0))
      .slice(0, opts.max ?? 5)
      .map(({ unit, distance }) => ({ unit, distance }));
  }

  provinces(window: DateWindow): AdminUnit[] {
    return this.all.filter((u) => u.level === 'province' && inWindow(u, window));
  }

  stats(): { units: number; loadMs: number } {
    return { units: this.all.length, loadMs: this.loadMs };
  }
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function matches(u: AdminUnit, o: FindOptions): boolean {
  return (!o.types || o.types.includes(u.type)) && (!o.level || o.level === u.level) &&
    (!o.provinceCode || o.provinceCode === u.provinceCode) && (!o.parentCode || o.parentCode === u.parentCode);
}

let instance: Gazetteer | undefined;

/** The shared gazetteer, built on first call (about the cost reported by stats().loadMs). */
export function getGazetteer(): Gazetteer {
  if (!instance) {
    const t0 = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const raw = require('../../../data/gazetteer.json') as RawData;
    instance = new GazetteerImpl(raw, t0);
  }
  return instance;
}

/** For tests and tools: a gazetteer over another data object of the same format. */
export function createGazetteer(raw: unknown): Gazetteer {
  return new GazetteerImpl(raw as RawData);
}
