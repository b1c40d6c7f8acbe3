/**
 * npm run bench — every performance figure of issue 7, measured in one run on this machine,
 * each next to its goal (met, or missed by how much):
 *  - full lint per MB against markdownlint and a one-pass floor (scripts/bench/throughput.ts),
 *    on the bundled samples and on a generated ~1 MB notice, with the core bundled as it ships
 *    (scripts/bench/core-bundle.ts);
 *  - the language server over stdio (scripts/bench/server.ts): didChange→publishDiagnostics
 *    p50/p95 on a 16 KB and a 1 MB notice, cold start to first diagnostics, completion and
 *    hover p95, RSS with all reference data loaded;
 *  - the gazetteer load (scripts/bench-gazetteer.ts) and the .vsix size (scripts/bench/vsix.ts).
 * Ratios, not absolute times, carry across machines. No test asserts these timings.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { benchGazetteer } from './bench-gazetteer';
import { shippedCore } from './bench/core-bundle';
import { atLeast, atMost, type Verdict } from './bench/goals';
import { coldStart, editLatency, featuresAndMemory } from './bench/server';
import { throughput, throughputTable } from './bench/throughput';
import { vsixSize } from './bench/vsix';
import { generateNotice } from './generate-notice';

const root = path.join(__dirname, '..');
const quick = process.argv.includes('--quick');

async function main(): Promise<void> {
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const gaz = benchGazetteer({ ms: quick ? 100 : 500 }); // first: the cold load is measured here
  const core = shippedCore(root);
  const data = core.loadReferenceData();
  const samplesDir = path.join(root, 'samples');
  const samples = fs
    .readdirSync(samplesDir)
    .filter((f) => /\.(tb|notice)\.(md|txt)$/.test(f))
    .map((f) => fs.readFileSync(path.join(samplesDir, f), 'utf8'));
  const small = generateNotice(16 * 1024);
  const big = generateNotice(1024 * 1024);

  const rows = [throughput(`samples (${samples.length} files, joined)`, samples.join('\n\n'), core, data), throughput('generated notice', big, core, data)];
  console.log('Full lint throughput (median of runs, same process; the core bundled as it ships):');
  console.table(throughputTable(rows));

  const cold = await coldStart(small);
  const edit16 = await editLatency(small, quick ? 20 : 100);
  const edit1m = await editLatency(big, quick ? 5 : 12);
  const feats = await featuresAndMemory(big, quick ? 10 : 50);
  // The goal is the resident memory of the server with its reference data, on a notice of a
  // usual size; after a 1 MB lint it also holds that document, its model and a grown heap.
  const usual = await featuresAndMemory(small, 1);
  const vsix = vsixSize(root);

  const b = rows[1];
  const figures: Array<[string, Verdict]> = [
    ['full lint, 1 MB notice (ms per MB)', atMost(b.lintMsPerMB, 20, 'ms')],
    ['full lint vs markdownlint, per byte', atLeast(b.markdownlintMsPerMB / b.lintMsPerMB, 50, '×')],
    ['full lint vs one-pass floor', atMost(b.lintMsPerMB / b.floorMsPerMB, 10, '×')],
    [`didChange→publish p50, 16 KB (${edit16.samples} edits)`, { ...atMost(edit16.p50, 10, 'ms'), goal: '—', verdict: '' }],
    [`didChange→publish p95, 16 KB (${edit16.samples} edits)`, atMost(edit16.p95, 10, 'ms')],
    [`didChange→publish p50, 1 MB (${edit1m.samples} edits)`, { ...atMost(edit1m.p50, 100, 'ms'), goal: '—', verdict: '' }],
    [`didChange→publish p95, 1 MB (${edit1m.samples} edits)`, atMost(edit1m.p95, 100, 'ms')],
    ['cold start: spawn → initialize', { ...atMost(cold.spawnToInitializeMs, 300, 'ms'), goal: '—', verdict: '' }],
    ['cold start: spawn → first diagnostics (16 KB)', atMost(cold.spawnToFirstDiagnosticsMs, 300, 'ms')],
    ['completion p95', feats.completionP95 === undefined ? { figure: 'not available', goal: '—', verdict: 'not registered' } : { ...atMost(feats.completionP95, 100, 'ms'), goal: '—', verdict: '' }],
    ['hover p95', feats.hoverP95 === undefined ? { figure: 'not available', goal: '—', verdict: 'not registered' } : { ...atMost(feats.hoverP95, 100, 'ms'), goal: '—', verdict: '' }],
    ['server RSS, all reference data loaded (a 16 KB notice open)', atMost(usual.rssMiB, 100, 'MB')],
    ['server heap after GC, same moment', { ...atMost(usual.heapMiB, 100, 'MB'), goal: '—', verdict: '' }],
    ['server RSS after a 1 MB lint (that notice open)', { ...atMost(feats.rssMiB, 100, 'MB'), goal: '—', verdict: '' }],
    [`.vsix size (${vsix.file}${vsix.rebuilt ? ', packaged now' : ''})`, atMost(vsix.bytes / 1048576, 3, 'MB', 2)],
    [`gazetteer: load of ${gaz.units} unit states`, { figure: `${gaz.loadMs.toFixed(1)} ms, heap +${gaz.heapMiB.toFixed(1)} MiB`, goal: '—', verdict: '' }],
    ['gazetteer: find / suggest / suggest in a district', { figure: `${fmt(gaz.findPerSec)} / ${fmt(gaz.suggestPerSec)} / ${fmt(gaz.suggestScopedPerSec)} per s`, goal: '—', verdict: '' }],
  ];
  console.log('\nIssue 7 figures (this machine, this run):');
  console.table(figures.map(([what, v]) => ({ what, figure: v.figure, goal: v.goal, verdict: v.verdict })));
  const missed = figures.filter(([, v]) => v.verdict.startsWith('MISSED'));
  console.log(missed.length ? `${missed.length} goal(s) missed: ${missed.map(([w]) => w).join('; ')}` : 'every goal met');
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
