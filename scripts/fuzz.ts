/**
 * npm run fuzz -- --runs N [--seed S] [--property NAME] [--no-huge]
 *
 * Runs the core properties of test/fuzz/properties.ts (the same ones `npm test` runs a
 * bounded number of times) N times each on generated and mutated notices, prints cases per
 * second, and for any failure the seed, the path and the shrunk counterexample, which
 * replay exactly with `--seed S --path P`. Exit code 1 when a property fails.
 */
import * as fc from 'fast-check';
import { anyNotice } from '../test/fuzz/arbitraries';
import { PROPERTIES, checkSourceMapping, type PropertyDef } from '../test/fuzz/properties';

interface Args {
  runs: number;
  seed: number;
  path?: string;
  property?: string;
  huge: boolean;
}

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nusage: npm run fuzz -- --runs N [--seed S] [--path P] [--property NAME] [--no-huge]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 1000, seed: Date.now() ^ (Math.random() * 0x7fffffff), huge: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') {
      args.runs = Number(value());
      if (!Number.isInteger(args.runs) || args.runs < 1) usage('--runs must be a positive integer');
    } else if (a === '--seed') {
      args.seed = Number(value());
      if (!Number.isInteger(args.seed)) usage('--seed must be an integer');
    } else if (a === '--path') args.path = value();
    else if (a === '--property') args.property = value();
    else if (a === '--no-huge') args.huge = false;
    else usage(`unknown argument ${a}`);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const all: PropertyDef[] = [...PROPERTIES, { name: 'SourceText maps every view offset monotonically into the text', check: checkSourceMapping }];
const selected = args.property ? all.filter((p) => p.name.toLowerCase().includes(args.property!.toLowerCase())) : all;
if (selected.length === 0) usage(`no property matches "${args.property}"`);

process.stdout.write(`fuzz: ${selected.length} properties × ${args.runs} runs, seed ${args.seed}${args.path ? `, path ${args.path}` : ''}\n`);
let totalCases = 0;
let totalMs = 0;
let failures = 0;
for (const p of selected) {
  const t0 = performance.now();
  const details = fc.check(fc.property(anyNotice({ huge: args.huge }), p.check), { numRuns: args.runs, seed: args.seed, path: args.path });
  const ms = performance.now() - t0;
  totalCases += details.numRuns;
  totalMs += ms;
  const rate = details.numRuns / (ms / 1000);
  if (details.failed) {
    failures++;
    process.stdout.write(`✗ ${p.name}: FAILED after ${details.numRuns} cases (${rate.toFixed(0)} cases/s)\n`);
    process.stdout.write(`  seed: ${details.seed}\n  path: ${details.counterexamplePath}\n`);
    process.stdout.write(`  shrunk ${details.numShrinks} time(s); counterexample: ${JSON.stringify(details.counterexample?.[0])}\n`);
    const err = details.errorInstance;
    process.stdout.write(`  error: ${err instanceof Error ? (err.stack ?? err.message).split('\n').slice(0, 6).join('\n    ') : String(err)}\n`);
    process.stdout.write(`  replay: npm run fuzz -- --runs ${args.runs} --seed ${details.seed} --path ${details.counterexamplePath} --property "${p.name}"\n`);
  } else {
    process.stdout.write(`✓ ${p.name}: ${details.numRuns} cases in ${(ms / 1000).toFixed(1)} s (${rate.toFixed(0)} cases/s)\n`);
  }
}
process.stdout.write(`total: ${totalCases} cases in ${(totalMs / 1000).toFixed(1)} s, ${(totalCases / (totalMs / 1000)).toFixed(0)} cases/s, ${failures} failing propert${failures === 1 ? 'y' : 'ies'}\n`);
process.exit(failures ? 1 : 0);
