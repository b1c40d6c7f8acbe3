/**
 * Time of each rule on the generated notice (the first rule to ask for an extraction pays for
 * it), in steady state: where a full lint's time goes, without a profiler.
 *   npx tsx scripts/bench/rule-times.ts [KB] [runs]
 */
import { loadReferenceData } from '../../server/src/core/data/load';
import { lint } from '../../server/src/core/lint';
import { ALL_RULES } from '../../server/src/core/rules';
import type { Rule } from '../../server/src/core/rules/types';
import { generateNotice } from '../generate-notice';

const kb = Number(process.argv[2] ?? 1024);
const runs = Math.min(Number(process.argv[3] ?? 5), 50);
const data = loadReferenceData();
const text = generateNotice(kb * 1024);
const totals = new Map<string, number[]>();
const timed: Rule[] = ALL_RULES.map((r) => ({
  meta: r.meta,
  check(ctx) {
    const t0 = performance.now();
    r.check(ctx);
    const list = totals.get(r.meta.id) ?? [];
    list.push(performance.now() - t0);
    totals.set(r.meta.id, list);
  },
}));
// Three warm-up lints first, not counted: the first ones run while V8 is still compiling.
for (let i = 0; i < 3; i++) lint(text, { data, rules: timed });
totals.clear();
const walls: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  lint(text, { data, rules: timed });
  walls.push(performance.now() - t0);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [...totals].map(([id, xs]) => ({ id, ms: median(xs) })).sort((a, b) => b.ms - a.ms);
const sum = rows.reduce((a, r) => a + r.ms, 0);
console.log(`lint median ${median(walls).toFixed(1)} ms (rules ${sum.toFixed(1)} ms, parse+rest ${(median(walls) - sum).toFixed(1)} ms) on ${kb} KB`);
for (const r of rows.slice(0, 25)) console.log(`${r.ms.toFixed(1).padStart(8)} ms  ${r.id}`);
