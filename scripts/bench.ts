/**
 * npm run bench — throughput figures, measured in one run on this machine, side by side:
 *  - full lint (parse + extract + every rule, with the reference data) per MB,
 *  - markdownlint (a dev dependency) on the same text,
 *  - a one-pass floor (NFC + split into lines + one regular expression per line),
 * on the bundled samples and on a generated ~1 MB notice. Ratios, not absolute times, are
 * what carries across machines. No test asserts timings (DEVELOPERS.md).
 */
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../server/src/core/lint';
import { loadReferenceDataForBench } from './bench-data';
import { generateNotice } from './generate-notice';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const markdownlint = require('markdownlint') as { sync(o: { strings: Record<string, string> }): unknown };

const root = path.join(__dirname, '..');

function timeIt(fn: () => void, minMs = 400, minRuns = 3): number {
  fn(); // warm-up
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]; // median
}

function floor(text: string): number {
  let n = 0;
  const re = /^\s*(\d+\.|Số:|Nơi nhận)/u;
  for (const line of text.normalize('NFC').split(/\r?\n/)) if (re.test(line)) n++;
  return n;
}

function row(name: string, text: string, data: ReturnType<typeof loadReferenceDataForBench>): Record<string, string> {
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  const tLint = timeIt(() => lint(text, { data }));
  const tMd = timeIt(() => markdownlint.sync({ strings: { doc: text } }));
  const tFloor = timeIt(() => floor(text));
  return {
    input: name,
    KB: (mb * 1024).toFixed(1),
    'lint ms/MB': (tLint / mb).toFixed(1),
    'markdownlint ms/MB': (tMd / mb).toFixed(1),
    'floor ms/MB': (tFloor / mb).toFixed(1),
    'vs markdownlint': `${(tMd / tLint).toFixed(1)}× faster`,
    'vs floor': `${(tLint / tFloor).toFixed(1)}× the floor`,
  };
}

function main(): void {
  const data = loadReferenceDataForBench();
  const samplesDir = path.join(root, 'samples');
  const samples = fs
    .readdirSync(samplesDir)
    .filter((f) => /\.(tb|notice)\.(md|txt)$/.test(f))
    .map((f) => fs.readFileSync(path.join(samplesDir, f), 'utf8'));
  const rows = [row(`samples (${samples.length} files, joined)`, samples.join('\n\n'), data), row('generated notice', generateNotice(1024 * 1024), data)];
  console.table(rows);
  const big = rows[1];
  const ratio = parseFloat(big['vs markdownlint']);
  const goal = 10;
  console.log(
    ratio >= goal
      ? `full lint is ${ratio.toFixed(1)}× faster per byte than markdownlint on the 1 MB notice (goal ≥ ${goal}×): met`
      : `full lint is ${ratio.toFixed(1)}× faster per byte than markdownlint (goal ≥ ${goal}×): MISSED by ${(goal / ratio).toFixed(1)}×`,
  );
}

main();
