/**
 * Prints (JSON) the regular expressions the core builds at run time with `new RegExp(…)`
 * from pieces, which a static scan cannot read: it installs a recording RegExp constructor,
 * loads every module of server/src/core and lints the fixtures and samples with the reference
 * data, so module-level and lazily built expressions are all constructed. Each is reported
 * at the core file:line that built it. Used by test/unit/redos.test.ts (run as a child process
 * so the recording constructor never leaks into other tests).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'fs';
import { join, relative } from 'path';

const ROOT = join(__dirname, '..', '..');
const CORE = join(ROOT, 'server', 'src', 'core');
const seen = new Map<string, { where: string; source: string; flags: string }>();
const Native = RegExp;

function callerInCore(): string | undefined {
  const stack = new Error().stack ?? '';
  for (const line of stack.split('\n').slice(2)) {
    const m = /\(?((?:\/|[A-Za-z]:\\)[^():]+\.ts):(\d+):\d+\)?$/.exec(line.trim());
    if (m && m[1].startsWith(CORE)) return `${relative(ROOT, m[1])}:${m[2]}`;
  }
  return undefined;
}

const Recording = new Proxy(Native, {
  construct(target, args: [string | RegExp, string?]) {
    const re = new target(...args);
    const where = callerInCore();
    if (where) seen.set(`${where}\u0000${re.flags}\u0000${re.source}`, { where, source: re.source, flags: re.flags });
    return re;
  },
  apply(target, _this, args: [string | RegExp, string?]) {
    const re = target(...args);
    const where = callerInCore();
    if (where) seen.set(`${where}\u0000${re.flags}\u0000${re.source}`, { where, source: re.source, flags: re.flags });
    return re;
  },
});
(globalThis as { RegExp: RegExpConstructor }).RegExp = Recording;

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
  });
}

for (const f of files(CORE, /\.ts$/)) require(f);
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { lint } = require(join(CORE, 'lint')) as typeof import('../../server/src/core/lint');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { fixAll } = require(join(CORE, 'fix')) as typeof import('../../server/src/core/fix');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { loadReferenceData } = require(join(CORE, 'data', 'load')) as typeof import('../../server/src/core/data/load');
const options = { data: loadReferenceData(), today: new Date(Date.UTC(2025, 8, 15)) };
for (const f of [...files(join(ROOT, 'test', 'fixtures'), /\.(md|txt)$/), ...files(join(ROOT, 'samples'), /\.(md|txt)$/)]) {
  const text = readFileSync(f, 'utf8');
  lint(text, options);
  fixAll(text, options);
}
(globalThis as { RegExp: RegExpConstructor }).RegExp = Native;
process.stdout.write(JSON.stringify([...seen.values()]));
