// The CLI's verdict on a file, in the shape the Problems view shows, so that the end-to-end
// suite can require the editor and the CLI to agree (PRODUCT.md: same rules everywhere).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, type Problem, type ProblemsSnapshot, type VsCode } from './harness';

export interface CliDiagnostic {
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** The CLI under test ($VN_NOTICE_E2E_CLI overrides it, for developing the harness). */
const CLI = process.env.VN_NOTICE_E2E_CLI ?? path.join(REPO_ROOT, 'bin', 'vn-notice.js');

/** Runs `vn-notice check --format json FILE` and returns the file's diagnostics. */
export function cliCheck(file: string): CliDiagnostic[] {
  // Vietnamese messages: the suite sets "vnNotice.locale": "vi" in the editor too.
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--locale', 'vi', file], { encoding: 'utf8', cwd: path.dirname(file) });
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`vn-notice check --format json ${file} exited ${r.status ?? r.signal}:\n${r.stderr}\n${r.stdout}`);
  }
  let parsed: Array<{ file: string; diagnostics: CliDiagnostic[] }>;
  try {
    parsed = JSON.parse(r.stdout);
  } catch (e) {
    throw new Error(`vn-notice check printed no JSON for ${file}: ${(e as Error).message}\n${r.stdout}\n${r.stderr}`);
  }
  return parsed.flatMap((f) => f.diagnostics);
}

/**
 * Checks `text` with the CLI as a file of the given name, in a folder of its own next to
 * `besideDir`'s config (a temp copy, so the workspace is not touched).
 */
export function cliCheckText(text: string, name: string): CliDiagnostic[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vn-notice-e2e-cli-'));
  try {
    const f = path.join(dir, name);
    fs.writeFileSync(f, text);
    return cliCheck(f);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Keys for comparing: "ruleId severity Ln:Col message". Hints are left out: VS Code does not list
 * hint diagnostics in the Problems view (they show as faint dots only).
 */
export function cliKeys(diags: CliDiagnostic[]): string[] {
  return diags.filter((d) => d.severity !== 'hint')
    .map((d) => `${d.ruleId} ${d.severity} ${d.range.start.line + 1}:${d.range.start.character + 1} ${oneLine(d.message)}`)
    .sort();
}

export function problemKeys(problems: Problem[], file: string): string[] {
  return problems.filter((p) => p.file === file && p.source === 'vn-notice')
    .map((p) => `${p.code} ${p.severity} ${p.line}:${p.column} ${oneLine(p.message)}`)
    .sort();
}

const oneLine = (m: string) => m.replace(/\s+/g, ' ').trim();

export function countRules(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) { const id = k.split(' ')[0]; out[id] = (out[id] ?? 0) + 1; }
  return out;
}

/**
 * Waits until the Problems view lists, for `file`, exactly what the CLI reports for `text`
 * (the editor and the CLI agree: PRODUCT.md, same rules everywhere).
 */
export async function problemsMatchCli(vs: VsCode, file: string, text: string, what: string, timeout = 45_000): Promise<{ snap: ProblemsSnapshot; expected: string[] }> {
  const expected = cliKeys(cliCheckText(text, file));
  const snap = await vs.waitForProblems((s) => {
    const got = problemKeys(s.problems, file);
    return got.length === expected.length && got.every((k, i) => k === expected[i]);
  }, `${what}: ${file} shows exactly what the CLI reports:\n  ${expected.join('\n  ') || '(nothing)'}`, timeout);
  return { snap, expected };
}
