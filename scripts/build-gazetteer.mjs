#!/usr/bin/env node
// Derives the committed gazetteer (server/data/gazetteer.json + SOURCES.md) from the raw
// reference data in ../shared/data/gazetteer (ARCHITECTURE.md §8: generated, committed,
// with a header naming its source). Plain Node ESM, no dependencies.
//
//   node scripts/build-gazetteer.mjs [--shared DIR] [--out DIR] [--quiet]
//
// Output is deterministic: no clock, no locale, stable ordering, so a regeneration from
// the same raw data is byte-identical (scripts/check-data.mjs relies on that).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseCsv } from './lib/csv.mjs';
import { renderSources } from './lib/gazetteer-sources.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const TYPES = ['tinh', 'thanh_pho_tw', 'huyen', 'quan', 'thi_xa', 'thanh_pho_thuoc_tinh',
  'thanh_pho_thuoc_tp_tw', 'xa', 'phuong', 'thi_tran', 'dac_khu'];
const TYPE_WORD = {
  tinh: 'Tỉnh', thanh_pho_tw: 'Thành phố', huyen: 'Huyện', quan: 'Quận', thi_xa: 'Thị xã',
  thanh_pho_thuoc_tinh: 'Thành phố', thanh_pho_thuoc_tp_tw: 'Thành phố', xa: 'Xã',
  phuong: 'Phường', thi_tran: 'Thị trấn', dac_khu: 'Đặc khu',
};
const ALL_WORDS = [...new Set(Object.values(TYPE_WORD))];
export const KINDS = ['full', 'partial', 'unchanged', 'renamed', 'retyped'];
const LEVELS = { 1: 'p', 2: 'd', 3: 'c' };
const WIDTH = { p: 2, d: 3, c: 5 };
const REFORM = '2025-07-01';

// The same folding as server/src/core/text/fold.ts nameKey, reduced to what the build needs
// (deciding whether two spellings differ); duplicated because this script must not import TS.
const lowerKey = (s) => s.normalize('NFC').toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-')
  .replace(/\s+/g, ' ').trim();
const toneKey = (s) => lowerKey(s).normalize('NFD')
  .replace(/o([\u0300\u0301\u0303\u0309\u0323])([ae])(?![\p{L}\p{M}])/gu, 'o$2$1')
  .replace(/u([\u0300\u0301\u0303\u0309\u0323])y(?![\p{L}\p{M}])/gu, 'uy$1').normalize('NFC');
const ascii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

function args(argv) {
  const o = { shared: join(ROOT, '..', 'shared', 'data', 'gazetteer'), out: join(ROOT, 'server', 'data'), quiet: false };
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === '--shared') o.shared = resolve(argv[++i]);
    else if (argv[i] === '--out') o.out = resolve(argv[++i]);
    else if (argv[i] === '--quiet') o.quiet = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return o;
}

const warnings = [];
/** "Xã Long Đống" → "Long Đống" for the unit's own type word (any letter case). */
function stripOwn(full, type, where) {
  const w = TYPE_WORD[type];
  if (lowerKey(full).startsWith(lowerKey(w) + ' ')) return full.slice(w.length + 1).trim();
  warnings.push(`${where}: "${full}" does not start with "${w}"`);
  return full;
}
/**
 * An alternative spelling without its type word. It may carry another or a misspelt type word
 * ("Phường Lộc Ninh", "Thi trấn Ngan Dừa") or none at all ("Xuân Phước"); an accent-insensitive
 * strip is accepted only when it leaves the primary name, so a bare alt like "Xà Phìn" is never cut.
 */
function stripAlt(alt, primaryBare) {
  for (const w of ALL_WORDS) if (lowerKey(alt).startsWith(lowerKey(w) + ' ')) return alt.slice(w.length + 1).trim();
  for (const w of ALL_WORDS) {
    if (ascii(alt).startsWith(ascii(w) + ' ')) {
      const rest = alt.slice(w.length + 1).trim();
      if (toneKey(rest) === toneKey(primaryBare)) return rest;
    }
  }
  return alt;
}

function read(dir, file) {
  return parseCsv(readFileSync(join(dir, file), 'utf8'));
}

/** Parses the provenance table and the "assembled on" date out of the raw README. */
function readReadme(dir) {
  const text = readFileSync(join(dir, 'README.md'), 'utf8');
  const m = text.match(/assembled on (\d{4}-\d{2}-\d{2})/);
  if (!m) throw new Error('raw README: no "assembled on YYYY-MM-DD" date');
  const commits = [...new Set([...text.matchAll(/`([0-9a-f]{40})`/g)].map((x) => x[1]))];
  const repos = [...new Set([...text.matchAll(/\b([\w.-]+\/[\w.-]+) @ `[0-9a-f]{40}`/g)].map((x) => x[1]))];
  return { assembled: m[1], commits, repos };
}

export function build(shared) {
  warnings.length = 0;
  const readme = readReadme(shared);
  const units = { p: new Map(), d: new Map(), c: new Map() }; // code → states (oldest first)
  const alts = new Map(); // `${lv}:${code}:${toneKey(bare)}` → Set of bare alternative spellings
  const addAlts = (lv, code, bare, list, where) => {
    for (const a0 of list.split(';').map((s) => s.trim()).filter(Boolean)) {
      const a = stripAlt(a0, bare);
      if (toneKey(a) === toneKey(bare)) continue; // only case/tone/type-word differences: matched anyway
      const k = `${lv}:${code}:${toneKey(bare)}`;
      if (!alts.has(k)) alts.set(k, new Set());
      alts.get(k).add(a);
      if (a === a0 && !/^\p{Lu}/u.test(a)) warnings.push(`${where}: odd alt "${a0}"`);
    }
  };

  // 1. Snapshot 2025-03-01 → 2025-06-30: the fixed spellings, primary over the raw GSO ones.
  const snap = { p: new Map(), d: new Map(), c: new Map() };
  for (const [lv, file] of [['p', 'provinces'], ['d', 'districts'], ['c', 'communes']]) {
    for (const r of read(shared, `pre-2025-07-01/${file}.csv`)) {
      const bare = stripOwn(r.name, r.type, `pre ${lv} ${r.code}`);
      snap[lv].set(r.code, { full: r.name, bare });
      addAlts(lv, r.code, bare, r.alt_names, `pre ${lv} ${r.code}`);
    }
  }

  // 2. History 2004-08-31 → 2025-06-30. A raw spelling that the snapshot fixed is replaced in
  // every state of that unit where it occurs, and kept as an alternative.
  const hist = read(shared, 'history-2004-2025/units_intervals.csv');
  const lastRaw = new Map();
  for (const r of hist) if (r.valid_to === REFORM) lastRaw.set(`${LEVELS[r.level]}:${r.code}`, r.name);
  for (const r of hist) {
    const lv = LEVELS[r.level];
    let full = r.name;
    const fix = snap[lv].get(r.code);
    if (fix && lastRaw.get(`${lv}:${r.code}`) === r.name && r.name !== fix.full) {
      full = fix.full;
      addAlts(lv, r.code, fix.bare, r.name, `history ${lv} ${r.code}`);
    }
    push(units[lv], r.code, {
      from: r.valid_from, to: r.valid_to, type: r.type, name: stripOwn(full, r.type, `history ${lv} ${r.code}`),
      parent: lv === 'p' ? '' : r.parent_code, prov: r.province_code,
    });
  }
  for (const lv of ['p', 'd', 'c']) {
    const open = [...units[lv]].filter(([, s]) => s[s.length - 1].to === REFORM).map(([c]) => c);
    if (open.length !== snap[lv].size || open.some((c) => !snap[lv].has(c))) {
      throw new Error(`history: units valid on 2025-06-30 (${lv}: ${open.length}) differ from the snapshot (${snap[lv].size})`);
    }
  }

  // 3. From 2025-07-01: 34 provinces, 3,321 communes (two levels: a commune's parent is its province).
  for (const r of read(shared, 'post-2025-07-01/provinces.csv')) {
    const bare = stripOwn(r.name, r.type, `post p ${r.code}`);
    push(units.p, r.code, { from: REFORM, to: null, type: r.type, name: bare, parent: '', prov: r.code });
    addAlts('p', r.code, bare, r.alt_names, `post p ${r.code}`);
  }
  for (const r of read(shared, 'post-2025-07-01/communes.csv')) {
    const bare = stripOwn(r.name, r.type, `post c ${r.code}`);
    push(units.c, r.code, { from: REFORM, to: null, type: r.type, name: bare, parent: r.province_code, prov: r.province_code });
    addAlts('c', r.code, bare, r.alt_names, `post c ${r.code}`);
  }
  // Later changes close the current state and open a new one (levels here are 1 = province, 2 = commune).
  const later = read(shared, 'post-2025-07-01/changes-after-2025-07-01.csv');
  for (const r of later) {
    const lv = r.level === '1' ? 'p' : 'c';
    const states = units[lv].get(r.code);
    const cur = states?.[states.length - 1];
    if (!cur || cur.to !== null || cur.type !== r.old_type || cur.name !== stripOwn(r.old_name, r.old_type, 'later')) {
      throw new Error(`changes-after-2025-07-01: ${r.code} "${r.old_name}" is not the current state`);
    }
    cur.to = r.effective_date;
    states.push({ ...cur, from: r.effective_date, to: null, type: r.new_type, name: stripOwn(r.new_name, r.new_type, 'later') });
  }

  // 4. Successor links of 2025-07-01, grouped by the new unit.
  const succ = { p: new Map(), d: new Map(), c: new Map() }; // new code → [[oldLv, oldCode, kind]]
  let skipped = 0;
  for (const r of read(shared, 'mapping-2025-07-01/communes_old_to_new.csv')) {
    if (!r.old_code) { skipped++; continue; } // the Kim Sơn coastal area is not a unit
    const oldLv = r.old_level === '2' ? 'd' : 'c';
    if (!units[oldLv].has(r.old_code) || !units.c.has(r.new_code)) throw new Error(`conversion: unknown code ${r.old_code}→${r.new_code}`);
    if (!KINDS.includes(r.kind)) throw new Error(`conversion: unknown kind ${r.kind}`);
    pushEdge(succ.c, r.new_code, [oldLv, r.old_code, r.kind]);
  }
  const formed = new Map(read(shared, 'post-2025-07-01/provinces.csv').map((r) => [r.code, r.formed_from_old_province_codes.split(';')]));
  const provEdges = read(shared, 'mapping-2025-07-01/provinces_old_to_new.csv');
  for (const r of provEdges) {
    const kind = formed.get(r.new_code).length > 1 ? 'full' : r.old_name === r.new_name ? 'unchanged' : r.old_type === r.new_type ? 'renamed' : 'retyped';
    pushEdge(succ.p, r.new_code, ['p', r.old_code, kind]);
  }

  // 5. Serialise compactly.
  const dates = new Set();
  for (const lv of ['p', 'd', 'c']) for (const s of units[lv].values()) for (const st of s) { dates.add(st.from); if (st.to) dates.add(st.to); }
  const dateList = [...dates].sort();
  const di = new Map(dateList.map((d, i) => [d, i]));
  const out = {
    _source: {
      generated: readme.assembled,
      generator: 'scripts/build-gazetteer.mjs',
      from: '../shared/data/gazetteer (README.md, *.csv)',
      repositories: readme.repos,
      commits: readme.commits,
      doc: 'server/data/SOURCES.md',
    },
    format: 1,
    legend: 'units: [code, state…]; state: [from, to|-1, type, name|0(=previous), parent, province, alts?]; ' +
      'dates/types/kinds are index tables; succ.c/succ.p: [newCode, oldCode, kind, …] (kind index; a negative oldCode in succ.c is a district)',
    dates: dateList,
    types: TYPES,
    kinds: KINDS,
  };
  let stateCount = 0;
  for (const lv of ['p', 'd', 'c']) {
    out[lv] = [...units[lv].keys()].sort().map((code) => {
      const row = [Number(code)];
      let prev = null;
      for (const st of units[lv].get(code)) {
        const a = alts.get(`${lv}:${code}:${toneKey(st.name)}`);
        const arr = [di.get(st.from), st.to ? di.get(st.to) : -1, TYPES.indexOf(st.type), st.name === prev ? 0 : st.name,
          st.parent ? Number(st.parent) : 0, Number(st.prov)];
        if (a) arr.push([...a].sort().join(';'));
        row.push(arr);
        prev = st.name;
        stateCount++;
      }
      return row;
    });
  }
  out.succ = {};
  for (const lv of ['p', 'c']) {
    out.succ[lv] = [...succ[lv].keys()].sort().map((code) => [Number(code),
      ...succ[lv].get(code).sort((x, y) => (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0))
        .flatMap(([olv, oc, k]) => [olv === 'c' ? Number(oc) : -Number(oc), KINDS.indexOf(k)])]);
  }
  const json = serialise(out);
  const stats = {
    states: stateCount, units: { p: units.p.size, d: units.d.size, c: units.c.size },
    alts: [...alts.values()].reduce((n, s) => n + s.size, 0), edges: [...succ.c.values()].reduce((n, e) => n + e.length, 0),
    provinceEdges: provEdges.length, skippedEdges: skipped, later: later.length,
    bytes: Buffer.byteLength(json), gzip: gzipSync(json, { level: 9 }).length,
    rawBytes: RAW_FILES.reduce((n, f) => n + readFileSync(join(shared, f)).length, 0),
  };
  const sources = renderSources({ readme, stats, dates: dateList, warnings });
  return { files: { 'gazetteer.json': json, 'SOURCES.md': sources }, stats, warnings: [...warnings] };
}

const RAW_FILES = ['pre-2025-07-01/provinces.csv', 'pre-2025-07-01/districts.csv', 'pre-2025-07-01/communes.csv',
  'post-2025-07-01/provinces.csv', 'post-2025-07-01/communes.csv', 'post-2025-07-01/changes-after-2025-07-01.csv',
  'mapping-2025-07-01/communes_old_to_new.csv', 'mapping-2025-07-01/provinces_old_to_new.csv',
  'history-2004-2025/units_intervals.csv'];

function push(map, code, st) {
  if (!map.has(code)) map.set(code, []);
  const list = map.get(code);
  if (list.length && list[list.length - 1].to !== st.from && list[list.length - 1].to !== null && st.from < list[list.length - 1].to) {
    throw new Error(`overlapping states for ${code}`);
  }
  list.push(st);
}
function pushEdge(map, code, e) {
  if (!map.has(code)) map.set(code, []);
  map.get(code).push(e);
}

/** JSON with one unit per line: small diffs in git, and only ~1 byte per unit of overhead. */
function serialise(obj) {
  const parts = [];
  for (const [k, v] of Object.entries(obj)) {
    if (Array.isArray(v) && v.length > 0 && Array.isArray(v[0])) {
      parts.push(`${JSON.stringify(k)}:[\n${v.map((x) => JSON.stringify(x)).join(',\n')}\n]`);
    } else if (k === 'succ') {
      parts.push(`"succ":{\n${Object.entries(v).map(([lv, rows]) => `${JSON.stringify(lv)}:[\n${rows.map((x) => JSON.stringify(x)).join(',\n')}\n]`).join(',\n')}\n}`);
    } else {
      parts.push(`${JSON.stringify(k)}:${JSON.stringify(v)}`);
    }
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}

export function writeAll(files, dir) {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = args(process.argv);
  if (!existsSync(o.shared)) {
    console.error(`build-gazetteer: raw data not found at ${o.shared} (use --shared DIR)`);
    process.exit(2);
  }
  const { files, stats, warnings: w } = build(o.shared);
  writeAll(files, o.out);
  if (!o.quiet) {
    for (const x of w) console.warn(`warning: ${x}`);
    const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`gazetteer: ${stats.states} states of ${stats.units.p}+${stats.units.d}+${stats.units.c} units (p+d+c), ` +
      `${stats.alts} alternative spellings, ${stats.edges} conversion edges (+${stats.provinceEdges} provinces), ` +
      `${stats.later} later changes`);
    console.log(`raw CSV used ${kb(stats.rawBytes)} → gazetteer.json ${kb(stats.bytes)} (gzip -9 ${kb(stats.gzip)}) in ${o.out}`);
  }
}
