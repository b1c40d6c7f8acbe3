/**
 * Date-aware gazetteer of Vietnamese administrative units (provinces, districts, communes from
 * 2004-08-31 on, the 2025-07-01 reform and later changes), over the committed, generated
 * server/data/gazetteer.json (see server/data/SOURCES.md for its sources and format).
 *
 * Loading: the data is `require`d as JSON inside the lazy loader, not read with `fs`. esbuild
 * then embeds it in the server and CLI bundles, already packed (packGazetteer below; nothing to
 * locate on disk at run time, and under tsx in tests the provider packs the file itself), and
 * wraps it in a lazily-initialised module, so a process that never asks for a place pays
 * nothing beyond parsing the bundle. The name index is built on first use, the other indexes
 * on the first query that needs them. Returned units are shared objects: do not mutate.
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

// ---- packed form (what the provider loads) ---------------------------------------------------

/**
 * Format 1 flattened, with the folding already done: what the provider loads. esbuild.mjs runs
 * packGazetteer on the committed file and embeds the result, so a cold start parses a few flat
 * arrays and folds no name (one array per state and folding every name were most of the
 * gazetteer's share of a cold start); under tsx the provider packs the file as it loads it.
 * Plain JSON data only, since it is embedded as JSON.
 *
 * States are numbered in file order: provinces, districts, communes, each level sorted by code
 * and the states of one code next to each other, oldest first.
 */
export interface PackedGazetteer {
  packed: 1;
  dates: string[]; types: UnitType[]; kinds: string[];
  /** First state of each level, then the number of states: [0, first district, first commune, n]. */
  levelStart: number[];
  /**
   * STRIDE numbers per state: code minus the previous state's code (mostly 0 or small, which
   * compresses well), then from, to (-1: open), type, parent, province as in format 1, then
   * the spelling of its name.
   */
  states: number[];
  /** Distinct spellings (names and alternatives) in the order the states first use them, one per line. */
  spellings: string;
  /** [spelling, key] where the matching key (unitNameKey) is not the spelling in lower case (tone placement, dashes). */
  keyExceptions: Array<[number, string]>;
  /** [state, spelling, …]: the alternative spellings of the states that have some, in file order. */
  alts: number[][];
  succ: RawData['succ'];
}
const STRIDE = 7;

export function packGazetteer(raw: RawData): PackedGazetteer {
  if (raw.format !== 1) throw new Error(`gazetteer.json: unsupported format ${raw.format}`);
  const types = raw.types.map((t) => {
    if (!(UNIT_TYPES as readonly string[]).includes(t)) throw new Error(`gazetteer.json: unknown type ${t}`);
    return t as UnitType;
  });
  const spellings: string[] = [];
  const spellingIds = new Map<string, number>();
  const spelling = (text: string): number => {
    let id = spellingIds.get(text);
    if (id === undefined) {
      if (text.includes('\n')) throw new Error(`gazetteer.json: line break in the name "${text}"`);
      spellingIds.set(text, (id = spellings.push(text) - 1));
    }
    return id;
  };
  const levelStart: number[] = [];
  const states: number[] = [];
  const alts: number[][] = [];
  let prevCode = 0;
  for (const [key] of LEVELS) {
    levelStart.push(states.length / STRIDE);
    let levelCode = -1;
    for (const [code, ...unitStates] of raw[key]) {
      // byCode() searches the codes of a level by bisection.
      if (code <= levelCode) throw new Error(`gazetteer.json: ${key} ${code} is out of order`);
      levelCode = code;
      let prevName = '';
      for (const [from, to, type, name, parent, prov, alt] of unitStates) {
        const n = name === 0 ? prevName : name;
        prevName = n;
        states.push(code - prevCode, from, to, type, parent, prov, spelling(n));
        prevCode = code;
        if (alt) alts.push([states.length / STRIDE - 1, ...alt.split(';').map(spelling)]);
      }
    }
  }
  levelStart.push(states.length / STRIDE);
  const keyExceptions: Array<[number, string]> = [];
  spellings.forEach((text, id) => {
    const k = unitNameKey(text);
    if (k !== text.toLowerCase()) keyExceptions.push([id, k]);
  });
  return {
    packed: 1, dates: raw.dates, types, kinds: raw.kinds, levelStart, states,
    spellings: spellings.join('\n'), keyExceptions, alts, succ: raw.succ,
  };
}

// ---- the provider ----------------------------------------------------------------------------

/**
 * Loading builds only the name index, in flat arrays: no object per state. A state becomes an
 * AdminUnit when a query first returns it (then always the same object); the indexes other
 * than names and codes are built on their first use.
 */
class GazetteerImpl implements Gazetteer {
  private readonly data: PackedGazetteer;
  private readonly states: number[];
  /** Per state: its code (as a number). */
  private readonly codes: Int32Array;
  private readonly spellings: string[];
  private readonly levelStart: number[];
  private readonly units: Array<AdminUnit | undefined>;
  /** Alternative spellings by state. */
  private readonly altNames = new Map<number, string[]>();
  /** Distinct keys in first-seen order, and per key its states (CSR: postings[postingStart[k]..postingStart[k + 1]]). */
  private readonly keyList: string[] = [];
  private readonly keyIds = new Map<string, number>();
  private readonly postingStart: Int32Array;
  private readonly postings: Int32Array;
  /** Per state: the key of its name. */
  private readonly nameKey: Int32Array;
  /** The states with alternative spellings: all their distinct keys, the name's first. */
  private readonly altKeys = new Map<number, number[]>();
  private readonly asciiMemo = new Map<string, string>();
  private readonly codeMemo = [new Map<number, string>(), new Map<number, string>(), new Map<number, string>()];
  private childIdx: Record<UnitLevel, Map<string, number[]>> | undefined;
  private idxByParent: Map<string, number[]> | undefined;
  private idxByProvince: Map<string, number[]> | undefined;
  private succIdx: Record<UnitLevel, Map<string, Edge[]>> | undefined;
  private predIdx: Record<UnitLevel, Map<string, Edge[]>> | undefined;
  private readonly loadMs: number;

  /** `startedAt`: when loading began, so loadMs can include reading the JSON. */
  constructor(data: PackedGazetteer, startedAt = performance.now()) {
    const t0 = startedAt;
    this.data = data;
    this.states = data.states;
    this.levelStart = data.levelStart;
    const n = data.levelStart[3];
    this.units = new Array<AdminUnit | undefined>(n);
    this.spellings = data.spellings.split('\n');
    const keyText = new Array<string | undefined>(this.spellings.length);
    for (const [id, k] of data.keyExceptions) keyText[id] = k;
    const keyOfSpelling = new Int32Array(this.spellings.length);
    for (let s = 0; s < this.spellings.length; s++) {
      const k = keyText[s] ?? this.spellings[s].toLowerCase();
      let id = this.keyIds.get(k);
      if (id === undefined) this.keyIds.set(k, (id = this.keyList.push(k) - 1));
      keyOfSpelling[s] = id;
    }
    // The postings of each key, in state order: count, then place.
    const count = new Int32Array(this.keyList.length);
    this.nameKey = new Int32Array(n);
    this.codes = new Int32Array(n);
    for (let i = 0, code = 0; i < n; i++) {
      this.codes[i] = code += this.states[i * STRIDE];
      const k = keyOfSpelling[this.states[i * STRIDE + 6]];
      this.nameKey[i] = k;
      count[k]++;
    }
    for (const [state, ...alts] of data.alts) {
      this.altNames.set(state, alts.map((a) => this.spellings[a]));
      const all = [this.nameKey[state]];
      for (const a of alts) {
        const k = keyOfSpelling[a];
        if (!all.includes(k)) { all.push(k); count[k]++; }
      }
      if (all.length > 1) this.altKeys.set(state, all);
    }
    this.postingStart = new Int32Array(this.keyList.length + 1);
    for (let k = 0; k < this.keyList.length; k++) this.postingStart[k + 1] = this.postingStart[k] + count[k];
    this.postings = new Int32Array(this.postingStart[this.keyList.length]);
    const fill = this.postingStart.slice(0, this.keyList.length);
    for (let i = 0; i < n; i++) {
      const extra = this.altKeys.get(i);
      if (extra) for (const k of extra) this.postings[fill[k]++] = i;
      else this.postings[fill[this.nameKey[i]]++] = i;
    }
    this.loadMs = performance.now() - t0;
  }

  /** The unit object of state i, made on first use. */
  private unit(i: number): AdminUnit {
    let u = this.units[i];
    if (u) return u;
    const at = i * STRIDE;
    const st = this.states;
    const [, level, width] = LEVELS[i < this.levelStart[1] ? 0 : i < this.levelStart[2] ? 1 : 2];
    const t = this.data.types[st[at + 3]];
    const name = this.spellings[st[at + 6]];
    u = {
      code: this.code(this.codes[i], width), level, type: t, name, fullName: fullNameOf(t, name),
      provinceCode: this.code(st[at + 5], 2), validFrom: this.data.dates[st[at + 1]],
      validTo: st[at + 2] < 0 ? null : this.data.dates[st[at + 2]], altNames: this.altNames.get(i) ?? NO_ALTS,
    };
    if (level !== 'province') u.parentCode = this.code(st[at + 4], parentLevel(u) === 'district' ? 3 : 2);
    this.units[i] = u;
    return u;
  }

  private unitsOf(indexes: ArrayLike<number>): AdminUnit[] {
    const out: AdminUnit[] = [];
    for (let j = 0; j < indexes.length; j++) out.push(this.unit(indexes[j]));
    return out;
  }

  /** The states of (level, code), oldest first: a binary search over the level's sorted codes. */
  private statesOfCode(level: UnitLevel, code: string): AdminUnit[] {
    const li = level === 'province' ? 0 : level === 'district' ? 1 : 2;
    const num = Number(code);
    // Only the zero-padded form is a code ("1" is not district 001).
    if (!Number.isInteger(num) || String(num).padStart(LEVELS[li][2], '0') !== code) return [];
    let lo = this.levelStart[li];
    let hi = this.levelStart[li + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.codes[mid] < num) lo = mid + 1;
      else hi = mid;
    }
    const out: AdminUnit[] = [];
    for (let i = lo; i < this.levelStart[li + 1] && this.codes[i] === num; i++) out.push(this.unit(i));
    return out;
  }

  /** Zero-padded code string, one string object per code. */
  private code(n: number, width: number): string {
    const m = this.codeMemo[width === 2 ? 0 : width === 3 ? 1 : 2];
    let s = m.get(n);
    if (s === undefined) m.set(n, (s = String(n).padStart(width, '0')));
    return s;
  }

  /** Children by parent (level, code), and suggest()'s candidates by parent and by province. */
  private buildScopes(): void {
    const children = levelMaps<number[]>();
    const byParent = new Map<string, number[]>();
    const byProvince = new Map<string, number[]>();
    const st = this.states;
    for (let i = 0; i < this.levelStart[3]; i++) {
      const at = i * STRIDE;
      if (i >= this.levelStart[1]) {
        // The same parent as unit(i).parentCode, without making the unit.
        const underDistrict = i >= this.levelStart[2] && this.data.dates[st[at + 1]] < REFORM_DATE;
        const parentCode = this.code(st[at + 4], underDistrict ? 3 : 2);
        push(children[underDistrict ? 'district' : 'province'], parentCode, i);
        push(byParent, parentCode, i);
      }
      push(byProvince, this.code(st[at + 5], 2), i);
    }
    this.childIdx = children;
    this.idxByParent = byParent;
    this.idxByProvince = byProvince;
  }

  /** Old → new and new → old edges of 2025-07-01, by code. */
  private buildEdges(): void {
    const succ = levelMaps<Edge[]>();
    const pred = levelMaps<Edge[]>();
    for (const [lvKey, rows] of [['p', this.data.succ.p], ['c', this.data.succ.c]] as const) {
      for (const [newCode, ...edges] of rows) {
        const nc = this.code(newCode, lvKey === 'p' ? 2 : 5);
        const newLevel: UnitLevel = lvKey === 'p' ? 'province' : 'commune';
        for (let i = 0; i < edges.length; i += 2) {
          const old = edges[i];
          const oldLevel: UnitLevel = lvKey === 'p' ? 'province' : old < 0 ? 'district' : 'commune';
          const oc = this.code(Math.abs(old), oldLevel === 'province' ? 2 : oldLevel === 'district' ? 3 : 5);
          const kind = this.data.kinds[edges[i + 1]];
          push(succ[oldLevel], oc, { code: nc, level: newLevel, kind });
          push(pred[newLevel], nc, { code: oc, level: oldLevel, kind });
        }
      }
    }
    this.succIdx = succ;
    this.predIdx = pred;
  }

  /** Letter signatures of the keys (keyList order), for nationwide suggest(); computed on first use. */
  private sigs: Int32Array | undefined;

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
    const { id, types } = this.keyOfName(name);
    if (id < 0) return [];
    const hits = this.postings.subarray(this.postingStart[id], this.postingStart[id + 1]);
    const o = types ? narrowedTo(opts, types) : opts;
    return this.unitsOf(hits).filter((u) => matches(u, o));
  }

  /**
   * The spelling key of a name as written (-1: none), and the types of its type word when only
   * the name without it is a spelling ("xã Tân Lập"). Memoised, bounded: the same names are
   * looked up by several rules in a lint and again at every lint (profiling, samples: folding
   * them was most of a look-up).
   */
  private keyOfName(name: string): { id: number; types?: UnitType[] } {
    let r = this.nameMemo.get(name);
    if (r) return r;
    const id = this.keyIds.get(unitNameKey(name));
    if (id !== undefined) r = { id };
    else {
      const split = splitTypeWord(name);
      const sid = split && this.keyIds.get(unitNameKey(split.name));
      r = split && sid !== undefined ? { id: sid, types: split.types } : { id: -1 };
    }
    if (this.nameMemo.size >= 8192) this.nameMemo.clear();
    this.nameMemo.set(name, r);
    return r;
  }

  private readonly nameMemo = new Map<string, { id: number; types?: UnitType[] }>();

  byCode(level: UnitLevel, code: string, window?: DateWindow): AdminUnit[] {
    const states = this.statesOfCode(level, code);
    return window ? states.filter((u) => inWindow(u, window)) : states;
  }

  children(unit: AdminUnit, window: DateWindow): AdminUnit[] {
    if (!this.childIdx) this.buildScopes();
    return this.unitsOf(this.childIdx![unit.level].get(unit.code) ?? [])
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
    const states = this.statesOfCode(level, code)
      .filter((p) => overlaps(p, unit.validFrom, unit.validTo) && (!window || inWindow(p, window)));
    return states.sort(laterFirst)[0];
  }

  successors(unit: AdminUnit): Successor[] {
    if (unit.validTo !== REFORM_DATE) return []; // only states that ended with the reform have successors
    if (!this.succIdx) this.buildEdges();
    return this.resolveEdges(this.succIdx![unit.level].get(unit.code), (s) => s.validFrom === REFORM_DATE);
  }

  predecessors(unit: AdminUnit): Successor[] {
    if (unit.validFrom < REFORM_DATE) return [];
    if (!this.predIdx) this.buildEdges();
    return this.resolveEdges(this.predIdx![unit.level].get(unit.code), (s) => s.validTo === REFORM_DATE);
  }

  private resolveEdges(edges: Edge[] | undefined,
    pick: (s: AdminUnit) => boolean): Successor[] {
    const out: Successor[] = [];
    for (const e of edges ?? []) {
      const u = this.statesOfCode(e.level, e.code).find(pick);
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
    const split = this.keyIds.has(unitNameKey(name)) ? undefined : splitTypeWord(name);
    const o: FindOptions = split ? narrowedTo(opts, split.types) : opts;
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
    const consider = (state: number, d: number, same: boolean) => {
      if (d > maxD && !same) return;
      const u = this.unit(state);
      if (!inWindow(u, window) || !matches(u, o)) return;
      const prev = best.get(u);
      if (!prev) best.set(u, { unit: u, distance: d, ascii: same });
      else { prev.distance = Math.min(prev.distance, d); prev.ascii ||= same; }
    };
    // District codes have 3 digits and province codes 2, so one parent map serves both.
    if ((o.parentCode || o.provinceCode) && !this.idxByParent) this.buildScopes();
    const scope = (o.parentCode && this.idxByParent!.get(o.parentCode)) ||
      (o.provinceCode && this.idxByProvince!.get(o.provinceCode)) || undefined;
    if (scope) {
      for (const i of scope) {
        const keys = this.altKeys.get(i);
        if (keys) for (const k of keys) consider(i, ...score(this.keyList[k]));
        else consider(i, ...score(this.keyList[this.nameKey[i]]));
      }
    } else if (!o.parentCode && !o.provinceCode) {
      // One edit changes at most two bits of a spelling's letter signature, so a signature
      // difference above 2*maxD rules the spelling out before any distance is computed.
      if (!this.sigs) this.sigs = Int32Array.from(this.keyList, letterSig);
      const sig = letterSig(key);
      const sigs = this.sigs!;
      for (let i = 0; i < this.keyList.length; i++) {
        const k = this.keyList[i];
        const near = popcount(sigs[i] ^ sig) <= 2 * maxD;
        const same = k.length === ascii.length && this.asciiOf(k) === ascii;
        if (!near && !same) continue;
        const d = near ? bandedDistance(key, k, maxD) : maxD + 1;
        for (let p = this.postingStart[i]; p < this.postingStart[i + 1]; p++) consider(this.postings[p], d, same);
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
    const out: AdminUnit[] = [];
    for (let i = 0; i < this.levelStart[1]; i++) if (inWindow(this.unit(i), window)) out.push(this.unit(i));
    return out;
  }

  stats(): { units: number; loadMs: number } {
    return { units: this.levelStart[3], loadMs: this.loadMs };
  }
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** The options narrowed to the types of a type word written with the name ("xã Tân Lập"). */
function narrowedTo<O extends FindOptions>(opts: O, types: UnitType[]): O {
  return { ...opts, types: opts.types ? opts.types.filter((t) => types.includes(t)) : types };
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
    // The bundles embed the file already packed (esbuild.mjs); under tsx it is format 1.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const data = require('../../../data/gazetteer.json') as RawData | PackedGazetteer;
    instance = new GazetteerImpl('packed' in data ? data : packGazetteer(data), t0);
  }
  return instance;
}

/** For tests and tools: a gazetteer over another data object in format 1, or packed. */
export function createGazetteer(data: unknown): Gazetteer {
  const d = data as RawData | PackedGazetteer;
  return new GazetteerImpl('packed' in d ? d : packGazetteer(d));
}
