/**
 * Near misses of known agency names, word by word (for agency/unknown). The registry's own
 * `suggest` ranks by character distance, which cannot tell a slip ("Ủy nhân dân tỉnh": one
 * word dropped) from a different, real body ("Trung tâm Y tế" is not a misspelt "Trung tâm
 * TH-CB"). A phrase is a near miss of a name when, word by word, it differs by exactly one
 * dropped, added or mistyped word (one letter; never an abbreviation), or by up to two
 * missing/wrong diacritics, and starts with the same headword. Pure.
 */
import type { AgencyEntry, AgencyRegistry } from '../data/agencies';
import type { DateWindow } from '../domain/dates';
import { tokenize, trailingLevelWord } from '../data/agencyText';
import { editDistance, stripAccents } from '../text/fold';

export interface Word { key: string; start: number; end: number; caps: boolean }
/** A word and its accent-free key, for the near-miss comparison. */
interface BareWord extends Word { bare: string }

/** Words (not soft separators) of an NFC text, with offsets relative to it. */
export function words(text: string): Word[] {
  // In an all-capitals line ("ỦY BAN NHÂN DÂN TỈNH") capitals say nothing about abbreviations.
  const mixed = /\p{Ll}/u.test(text);
  return tokenize(text).filter((t) => !t.soft && /[\p{L}\p{N}]/u.test(t.key)).map((t) => {
    const raw = text.slice(t.start, t.end);
    return { key: t.key, start: t.start, end: t.end, caps: mixed && raw.length >= 2 && raw === raw.toUpperCase() && /\p{L}/u.test(raw) };
  });
}

/**
 * `words` with their accent-free keys: only the near-miss search needs them, and stripAccents
 * per word was most of the time agency/inconsistent-name spent reading names (profiling, samples).
 */
function bareWords(text: string): BareWord[] {
  return words(text).map((w) => ({ ...w, bare: stripAccents(w.key) }));
}

interface Form { entry: AgencyEntry; text: string; words: BareWord[] }

export interface NearMiss {
  entry: AgencyEntry;
  /** The registry form it is a slip of. */
  form: string;
  /** Words of the phrase it covers. */
  covered: number;
  edits: number;
  slips: number;
  /** The form without its trailing level word, when the phrase restates that word (replacement text). */
  replacement: string;
  /** Words of the phrase the replacement replaces. */
  replaced: number;
}

const LEVEL = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'phố', 'trấn', 'khu', 'tp']);

const cache = new WeakMap<AgencyRegistry, { names: Map<string, Form[]>; shorts: Map<string, Form[]> }>();

function formsOf(reg: AgencyRegistry) {
  let c = cache.get(reg);
  if (!c) {
    const names = new Map<string, Form[]>();
    const shorts = new Map<string, Form[]>();
    const add = (map: Map<string, Form[]>, entry: AgencyEntry, text: string) => {
      const w = bareWords(text);
      if (w.length === 0) return;
      const list = map.get(w[0].bare) ?? [];
      list.push({ entry, text, words: w });
      map.set(w[0].bare, list);
    };
    for (const e of reg.all()) {
      for (const n of [e.name, ...e.aliases]) add(names, e, n);
      for (const s of e.shortNames) add(shorts, e, s);
    }
    cache.set(reg, (c = { names, shorts }));
  }
  return c;
}

const INF = 1e9;

/**
 * Cost (edits * 10 + slips) of aligning each prefix of the phrase words `p` (up to `upTo`
 * words) with all the form words `f`: out[n] for p[0..n). One table for every prefix, not one
 * per prefix, and only the cells with |i − j| ≤ 1: an alignment that strays further has two
 * word edits, more than a near miss allows, so the costs a near miss can have are unchanged
 * (profiling, samples: a table per prefix and form was a quarter of a small notice's lint).
 */
function alignPrefixes(p: BareWord[], f: BareWord[], upTo: number): number[] {
  const m = f.length;
  let prev = new Array<number>(m + 1).fill(INF);
  let cur = new Array<number>(m + 1).fill(INF);
  prev[0] = 0;
  // Adding a form word: dropping or adding an abbreviation ("Văn phòng HĐND tỉnh" ≠ "Văn
  // phòng UBND") is another body.
  if (m >= 1) prev[1] = f[0].caps ? INF : 10;
  const out: number[] = [prev[m]];
  for (let i = 1; i <= upTo; i++) {
    cur.fill(INF);
    const del = p[i - 1].caps ? INF : 10;
    for (let j = Math.max(0, i - 1); j <= Math.min(m, i + 1); j++) {
      let c = prev[j] + del;
      if (j > 0) {
        c = Math.min(c, cur[j - 1] + (f[j - 1].caps ? INF : 10), prev[j - 1] + subst(p[i - 1], f[j - 1]));
      }
      cur[j] = Math.min(c, INF);
    }
    out.push(cur[m]);
    [prev, cur] = [cur, prev];
  }
  return out;
}

function decode(c: number): { edits: number; slips: number } {
  return c >= INF ? { edits: 99, slips: 99 } : { edits: Math.floor(c / 10), slips: c % 10 };
}

function subst(a: BareWord, b: BareWord): number {
  if (a.key === b.key) return 0;
  if (a.caps || b.caps) return 1e6; // "HĐND" for "UBND" is another body, not a typo
  if (a.bare === b.bare) return 1; // a diacritic slip: "nguyen" for "nguyên"
  if (a.bare.length >= 3 && b.bare.length >= 3 && editDistance(a.bare, b.bare, 1) <= 1) return 10;
  return 1e6;
}

function acceptable(c: { edits: number; slips: number }): boolean {
  return c.edits + c.slips >= 1 && c.edits <= 1 && c.slips <= 2 && c.edits + c.slips <= 2;
}

/**
 * The best near miss of `phrase` among the names valid in `window`, or undefined. `list` =
 * a list item: compared with short names, and the whole item must be covered.
 */
export function nearMiss(reg: AgencyRegistry, phrase: string, window: DateWindow, list: boolean): NearMiss | undefined {
  const p = bareWords(phrase).slice(0, 16);
  if (p.length === 0) return undefined;
  const { names, shorts } = formsOf(reg);
  const forms = (list ? shorts : names).get(p[0].bare) ?? [];
  let best: NearMiss | undefined;
  for (const f of forms) {
    const k = f.words.length;
    if (k < (list ? 2 : 3)) continue;
    if (p[0].key !== f.words[0].key && !(list && p[0].bare === f.words[0].bare)) continue;
    if (!reg.isValid(f.entry, window)) continue;
    const lo = list ? p.length : Math.max(1, k - 1);
    const hi = list ? p.length : Math.min(p.length, k + 1);
    if (lo > hi) continue;
    const costs = alignPrefixes(p, f.words, hi);
    for (let n = lo; n <= hi; n++) {
      // The phrase must not go on with the name: a capitalised word after it continues it,
      // unless a level word precedes (then it is the place name: "… tỉnh Lạng Sơn").
      const next = p[n];
      if (next && /^\p{Lu}/u.test(phrase.slice(next.start, next.end)) && !LEVEL.has(p[n - 1].key)) continue;
      const c = decode(costs[n]);
      if (!acceptable(c)) continue;
      if (k === 2 && c.edits > 0 && p.length !== k) continue;
      const score = c.edits * 10 + c.slips;
      const bs = best ? best.edits * 10 + best.slips : Infinity;
      if (!best || score < bs || (score === bs && n > best.covered)) {
        best = { entry: f.entry, form: f.text, covered: n, edits: c.edits, slips: c.slips, replacement: f.text, replaced: n };
      }
    }
  }
  if (!best) return undefined;
  // "Ủy nhân dân tỉnh" → replace "Ủy nhân dân" by "Ủy ban nhân dân": keep the level word written.
  const fw = words(best.form);
  const lw = trailingLevelWord(fw.map((w) => w.key));
  const last = p[best.covered - 1];
  if (lw > 0 && best.covered > 1 && last.key === fw[fw.length - 1].key && lw === fw.length - 1) {
    best.replacement = best.form.slice(0, fw[lw - 1].end);
    best.replaced = best.covered - 1;
  }
  return best;
}
