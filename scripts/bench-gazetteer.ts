/**
 * Micro-benchmark of the gazetteer provider: cold load (require of the JSON + index build),
 * heap growth from the load, and lookup rates for find() and suggest().
 *
 *   npx tsx scripts/bench-gazetteer.ts            (add --expose-gc via NODE_OPTIONS for steadier heap figures)
 *
 * Importable: the main benchmark calls benchGazetteer() and reports the figures itself.
 */
import { getGazetteer, windowOf, type Gazetteer } from '../server/src/core/data/gazetteer';

export interface GazetteerBench {
  units: number;
  /** First getGazetteer(): JSON load + indexes, as measured here and as reported by stats(). */
  loadMs: number;
  /** Heap growth across the first load, in MiB (after a GC when --expose-gc is on). */
  heapMiB: number;
  findPerSec: number;
  suggestPerSec: number;
  /** suggest() restricted to a district (the usual case: the parent is named next to the unit). */
  suggestScopedPerSec: number;
}

// A mix of hits, misses, tone variants and names with a type word, over several dates.
const NAMES = ['Chí Minh', 'Trùng Khánh', 'Long Đống', 'Nhất Hoà', 'Xã Tân Thành', 'Bắc Sơn', 'Long Đông',
  'Lạng Sơn', 'Hà Nội', 'Phường 1', 'Thủy Hùng', 'Đồng Nai', 'Không Có', 'huyện Tràng Định'];
const WINDOWS = ['2010-05-01', '2025-03-01', '2025-07-01', '2026-05-01'].map(windowOf);

function gc(): void {
  const f = (globalThis as { gc?: () => void }).gc;
  if (f) f();
}

function rate(ms: number, fn: (i: number) => void): number {
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    for (let k = 0; k < 20; k++) fn(n++);
    t = performance.now();
  }
  return Math.round((n * 1000) / (t - t0));
}

export function benchGazetteer(opts: { ms?: number } = {}): GazetteerBench {
  const ms = opts.ms ?? 500;
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const g: Gazetteer = getGazetteer();
  const loadMs = performance.now() - t0;
  gc();
  const heapMiB = (process.memoryUsage().heapUsed - heap0) / 1048576;
  const pick = (i: number) => [NAMES[i % NAMES.length], WINDOWS[(i >> 4) % WINDOWS.length]] as const;
  const findPerSec = rate(ms, (i) => { const [n, w] = pick(i); g.find(n, w); });
  const suggestPerSec = rate(ms, (i) => { const [n, w] = pick(i); g.suggest(n, w); });
  const suggestScopedPerSec = rate(ms, (i) => { const [n] = pick(i); g.suggest(n, WINDOWS[1], { parentCode: '185' }); });
  return { units: g.stats().units, loadMs: Math.max(loadMs, g.stats().loadMs), heapMiB, findPerSec, suggestPerSec, suggestScopedPerSec };
}

if (require.main === module) {
  const r = benchGazetteer();
  console.log(`gazetteer: ${r.units} unit states`);
  console.log(`  load      ${r.loadMs.toFixed(1)} ms, heap +${r.heapMiB.toFixed(1)} MiB`);
  console.log(`  find      ${r.findPerSec.toLocaleString('en-US')} /s`);
  console.log(`  suggest   ${r.suggestPerSec.toLocaleString('en-US')} /s nationwide, ` +
    `${r.suggestScopedPerSec.toLocaleString('en-US')} /s within a district`);
}
