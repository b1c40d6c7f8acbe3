/**
 * No catastrophic regular expressions in the core (issue 7, "never in the way"): a draft
 * typed by a user must never make a rule backtrack for seconds.
 *
 * Every regular expression of server/src/core is collected statically — each .ts file is
 * parsed with the TypeScript compiler API, and regex literals and `new RegExp("…")` /
 * `RegExp("…")` with a string (or plain template) literal are taken — and also the ones
 * built at run time from pieces (`new RegExp(\`…${X}…\`)`), by loading the core with a
 * recording RegExp constructor and linting the fixtures (test/fuzz/collect-regexps.ts).
 * Each goes through recheck (https://makenowjust-labs.github.io/recheck/) with its native
 * binary (recheck-linux-x64: offline, no Java). Where no native binary exists for the
 * platform, its pure-JS backend runs with a time budget per expression.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const CORE = join(ROOT, 'server', 'src', 'core');

export interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (f.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

function literalText(n: ts.Node | undefined): string | undefined {
  if (!n) return undefined;
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  return undefined;
}

/** Regex literals and RegExp constructions from string literals, with file:line. */
export function collectStatic(files: string[]): { found: FoundRegex[]; dynamic: string[] } {
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const where = (n: ts.Node): string => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf('/');
        found.push({ where: where(n), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const args = n.arguments ?? ts.factory.createNodeArray();
        const source = literalText(args[0]);
        const flags = args.length > 1 ? literalText(args[1]) : '';
        if (source !== undefined && flags !== undefined) found.push({ where: where(n), source, flags });
        else dynamic.push(where(n));
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

/** Expressions built at run time, recorded while the core loads and lints the fixtures. */
function collectDynamic(): FoundRegex[] {
  const script = join(ROOT, 'test', 'fuzz', 'collect-regexps.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as FoundRegex[];
}

type RecheckResult = { status: 'safe' | 'vulnerable' | 'unknown'; complexity?: { type: string; summary: string }; attack?: { pattern: string; string: string }; error?: { kind: string } };
type Recheck = { check(source: string, flags: string, params?: Record<string, unknown>): Promise<RecheckResult> };

function nativeBinaryAvailable(): boolean {
  const platform = ({ linux: 'linux', darwin: 'macos', win32: 'windows' } as Record<string, string>)[process.platform];
  const arch = ({ x64: 'x64', arm64: 'arm64' } as Record<string, string>)[process.arch];
  if (!platform || !arch) return false;
  try {
    const dir = join(require.resolve(`recheck-${platform}-${arch}/package.json`), '..');
    return existsSync(join(dir, platform === 'windows' ? 'recheck.exe' : 'recheck'));
  } catch {
    return false;
  }
}

/**
 * Expressions recheck finds quadratic (2nd degree: a run of k blanks or letters tried from k
 * start positions), listed by file and source, not yet rewritten: each runs on one line, a
 * name or a short window, never on the whole document. The list may only shrink: an entry
 * that is no longer found vulnerable fails the test too, so it is removed when fixed.
 * Exponential or higher-degree expressions are never listed here.
 */
const KNOWN_QUADRATIC: ReadonlyArray<[file: string, source: string]> = [
];

function isKnownQuadratic(rs: FoundRegex[], summary: string | undefined): boolean {
  if (!summary || !/^2nd degree polynomial/.test(summary)) return false;
  return rs.every((r) => KNOWN_QUADRATIC.some(([file, source]) => r.where.startsWith(`${file}:`) && r.source === source));
}

describe('no catastrophic regular expressions in the core (recheck)', function () {
  this.timeout(0);
  const files = tsFiles(CORE);
  const { found: staticFound, dynamic } = collectStatic(files);
  let recheck: Recheck;
  let backend: string;

  before(() => {
    // Native first: offline and without Java. The jar backend is never used (it needs Java).
    backend = nativeBinaryAvailable() ? 'native' : 'pure';
    process.env.RECHECK_BACKEND = backend;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    recheck = require('recheck') as Recheck;
  });

  it('the collector finds the regex literals and RegExp constructions of the core', () => {
    assert.ok(files.length >= 20, `only ${files.length} .ts files under server/src/core`);
    assert.ok(staticFound.length >= 100, `only ${staticFound.length} regular expressions found`);
    // Known shapes are found with their flags (source.ts: the sticky NFC segmenter).
    assert.ok(staticFound.some((r) => r.where.startsWith('server/src/core/text/source.ts') && r.flags === 'ysu'));
    const probe = collectStatic([join(ROOT, 'test', 'fuzz', 'regexp-probe.fixture.ts')]);
    assert.deepStrictEqual(
      probe.found.map((r) => [r.source, r.flags]),
      [['^a+$', 'u'], ['x(y)?', 'g'], ['lit', ''], ['tpl', 'i']],
    );
    assert.strictEqual(probe.dynamic.length, 1);
  });

  it('every regular expression has linear matching time', async () => {
    const all = [...staticFound, ...collectDynamic()];
    // One check per distinct (source, flags), reported at every place it occurs.
    const byKey = new Map<string, FoundRegex[]>();
    for (const r of all) {
      const k = `${r.flags}\u0000${r.source}`;
      byKey.set(k, [...(byKey.get(k) ?? []), r]);
    }
    const problems: string[] = [];
    const unknown: string[] = [];
    const stillQuadratic = new Set<string>();
    for (const [, rs] of byKey) {
      const { source, flags } = rs[0];
      // A fixed seed for recheck's fuzzing checker, so that a run is reproducible.
      const params = backend === 'native' ? { timeout: 10_000, randomSeed: 7 } : { timeout: 5_000, attackTimeout: 2_000, randomSeed: 7 };
      // g only changes where a search resumes, not the matching of one search.
      const res = await recheck.check(source, flags.replace(/g/g, ''), params);
      const places = [...new Set(rs.map((r) => r.where))].join(', ');
      const listed = rs.every((r) => KNOWN_QUADRATIC.some(([file, src]) => r.where.startsWith(`${file}:`) && r.source === src));
      if (listed && !(res.status === 'safe' && (res as { checker?: string }).checker === 'automaton')) {
        // Only the automaton checker's "safe" is a proof; the fuzz checker's verdict varies.
        for (const r of rs) stillQuadratic.add(`${r.where.replace(/:\d+$/, '')} ${r.source}`);
      }
      if (res.status === 'vulnerable' && isKnownQuadratic(rs, res.complexity?.summary)) {
        for (const r of rs) stillQuadratic.add(`${r.where.replace(/:\d+$/, '')} ${r.source}`);
      } else if (res.status === 'vulnerable') {
        problems.push(`${places}: /${source}/${flags} is ${res.complexity?.summary}; attack: ${res.attack?.pattern}`);
      } else if (res.status === 'unknown') {
        // Undecided (time budget): neither a failure nor a proof that a listed one was fixed.
        for (const r of rs) stillQuadratic.add(`${r.where.replace(/:\d+$/, '')} ${r.source}`);
        unknown.push(`${places}: /${source}/${flags} (${res.error?.kind})`);
      }
    }
    if (unknown.length) process.stdout.write(`      recheck could not decide (not failures): ${unknown.length}\n        ${unknown.join('\n        ')}\n`);
    const stale = KNOWN_QUADRATIC.filter(([file, source]) => !stillQuadratic.has(`${file} ${source}`)).map(([f, src]) => `${f}: /${src}/`);
    assert.deepStrictEqual(stale, [], 'listed as known quadratic but no longer found so: remove from KNOWN_QUADRATIC');
    assert.deepStrictEqual(problems, [], `super-linear regular expressions (backend ${backend}, ${byKey.size} checked):\n${problems.join('\n')}`);
    if (dynamic.length) assert.ok(all.length > staticFound.length, `built at run time at ${dynamic.join(', ')}, but none recorded`);
  });
});
