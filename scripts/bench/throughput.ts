/**
 * Full lint per MB (parse + extract + every rule, with the reference data) against
 * markdownlint (a dev dependency) and a one-pass floor (NFC + split into lines + one regular
 * expression per line), on the same text in the same run. Ratios carry across machines.
 */
import type { ShippedCore } from './core-bundle';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const markdownlint = require('markdownlint') as { sync(o: { strings: Record<string, string> }): unknown };

/**
 * Median wall time of `fn` in steady state: three warm-up runs first (the first lints of a
 * process run while V8 is still compiling the hot functions, and a server lints all day),
 * then at least `minRuns` runs and `minMs` of them.
 */
export function timeIt(fn: () => void, minMs = 1500, minRuns = 7): number {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || (performance.now() - start < minMs && times.length < 1000)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]; // median
}

export function floor(text: string): number {
  let n = 0;
  const re = /^\s*(\d+\.|Số:|Nơi nhận)/u;
  for (const line of text.normalize('NFC').split(/\r?\n/)) if (re.test(line)) n++;
  return n;
}

export interface ThroughputRow { input: string; KB: number; lintMsPerMB: number; markdownlintMsPerMB: number; floorMsPerMB: number }

/** `core`: the core as it ships (core-bundle.ts), with its reference data loaded. */
export function throughput(name: string, text: string, core: ShippedCore, data: ReturnType<ShippedCore['loadReferenceData']>): ThroughputRow {
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  const tLint = timeIt(() => core.lint(text, { data }));
  const tMd = timeIt(() => markdownlint.sync({ strings: { doc: text } }));
  const tFloor = timeIt(() => floor(text));
  return { input: name, KB: mb * 1024, lintMsPerMB: tLint / mb, markdownlintMsPerMB: tMd / mb, floorMsPerMB: tFloor / mb };
}

/** The table of the original `npm run bench` (kept as it was). */
export function throughputTable(rows: ThroughputRow[]): Record<string, string>[] {
  return rows.map((r) => ({
    input: r.input,
    KB: r.KB.toFixed(1),
    'lint ms/MB': r.lintMsPerMB.toFixed(1),
    'markdownlint ms/MB': r.markdownlintMsPerMB.toFixed(1),
    'floor ms/MB': r.floorMsPerMB.toFixed(1),
    'vs markdownlint': `${(r.markdownlintMsPerMB / r.lintMsPerMB).toFixed(1)}× faster`,
    'vs floor': `${(r.lintMsPerMB / r.floorMsPerMB).toFixed(1)}× the floor`,
  }));
}
