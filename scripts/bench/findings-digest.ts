/**
 * Equivalence oracle for performance work: lints a fixed corpus (samples, test fixtures, the
 * seeds when ../shared is present, generated notices dated before and after 2025-07-01, and
 * 3,000 generated and damaged notices of a fixed fast-check seed) and writes every finding
 * (rule, severity, span, both messages, fixes) as JSON, or checks against such a file.
 *   npx tsx scripts/bench/findings-digest.ts --write FILE
 *   npx tsx scripts/bench/findings-digest.ts --check FILE     (exit 1 and the first differences)
 * A rewrite that only makes the checker faster must keep this output byte for byte.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { loadReferenceData } from '../../server/src/core/data/load';
import { lint } from '../../server/src/core/lint';
import { anyNotice } from '../../test/fuzz/arbitraries';
import { generateNotice } from '../generate-notice';

const [mode, file] = process.argv.slice(2);
if ((mode !== '--write' && mode !== '--check') || !file) {
  process.stderr.write('usage: findings-digest.ts --write|--check FILE\n');
  process.exit(2);
}
const root = path.resolve(__dirname, '../..');
const today = new Date('2026-11-24T00:00:00Z');
const data = loadReferenceData();

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(tb\.md|md|txt)$/.test(f) && !/README/.test(f)).sort().map((f) => path.join(dir, f));
}

const inputs: Array<[string, string]> = [];
for (const dir of ['samples', 'test/fixtures', '../shared/seeds']) {
  for (const f of filesUnder(path.join(root, dir))) inputs.push([path.relative(root, f), fs.readFileSync(f, 'utf8')]);
}
const big = generateNotice(256 * 1024);
inputs.push(['generated 256 KB', big]);
inputs.push(['generated 256 KB, dated 2026', big.replace('ngày 20 tháng 5 năm 2024', 'ngày 20 tháng 5 năm 2026')]);
fc.sample(anyNotice({ huge: false }), { seed: 20261125, numRuns: 3000 }).forEach((t, i) => inputs.push([`fast-check #${i}`, t]));

const out: Record<string, unknown[]> = {};
for (const [name, text] of inputs) {
  out[name] = lint(text, { data, today }).findings.map((f) => [f.ruleId, f.severity, f.originalSpan.start, f.originalSpan.end, f.message.vi, f.message.en, f.fixes]);
}
const json = JSON.stringify(out);
if (mode === '--write') {
  fs.writeFileSync(file, json);
  console.log(`${inputs.length} inputs, ${Object.values(out).reduce((a, f) => a + f.length, 0)} findings written to ${file}`);
} else {
  const want = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown[]>;
  const diffs = Object.keys({ ...want, ...out }).filter((k) => JSON.stringify(want[k]) !== JSON.stringify(out[k]));
  for (const k of diffs.slice(0, 5)) console.log(`${k}:\n  want ${JSON.stringify(want[k])?.slice(0, 600)}\n  got  ${JSON.stringify(out[k])?.slice(0, 600)}`);
  console.log(diffs.length ? `${diffs.length} of ${inputs.length} inputs differ` : `all ${inputs.length} inputs give the same findings`);
  process.exit(diffs.length ? 1 : 0);
}
