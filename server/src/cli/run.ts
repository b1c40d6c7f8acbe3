/**
 * The `vn-notice` command as a function of argv: an adapter over the pure core, like the
 * language server. `check` lints and prints, `fix` applies the certain fixes and then
 * reports what remains. main.ts is the process entry.
 */
import { version } from '../../../package.json';
import { loadReferenceData } from '../core/data/load';
import { fixAll } from '../core/fix';
import { lint, type LintOptions } from '../core/lint';
import type { Locale } from '../core/rules/types';
import { HELP, parseCli, type CliArgs } from './args';
import { loadConfigFile } from './configFile';
import { EXIT_OK, EXIT_USAGE, UsageError } from './errors';
import { collectInputs, writeFileAtomic } from './files';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { countFindings, exitCodeFor, type FileReport } from './report';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  color: boolean;
}

function lintFile(file: string, text: string, options: LintOptions): FileReport {
  try {
    return { file, result: lint(text, options) };
  } catch (err) {
    // A rule bug is ours, not the user's, but the answer is the same: no stack, exit 2.
    throw new UsageError(`lỗi nội bộ khi kiểm tra ${file} (internal error): ${(err as Error).message ?? String(err)}`);
  }
}

/** Rules with fewer findings after the fix than before: what `fix` tells the user it fixed. */
function fixedRules(before: FileReport, after: FileReport): string[] {
  const count = (r: FileReport) => {
    const m = new Map<string, number>();
    for (const f of r.result.findings) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
    return m;
  };
  const b = count(before);
  const a = count(after);
  return [...b.keys()].filter((id) => (a.get(id) ?? 0) < (b.get(id) ?? 0));
}

function render(args: CliArgs, reports: FileReport[], locale: Locale, io: Io): void {
  if (args.format === 'json') io.out(formatJson(reports, locale));
  else if (args.format === 'sarif') io.out(formatSarif(reports, locale, version));
  else io.out(formatStylish(reports, locale, io.color));
}

export function run(argv: readonly string[], io: Io): number {
  try {
    const args = parseCli(argv);
    if (args.command === 'help') {
      io.out(HELP);
      return EXIT_OK;
    }
    if (args.command === 'version') {
      io.out(`${version}\n`);
      return EXIT_OK;
    }
    const config = args.configFile ? loadConfigFile(args.configFile) : {};
    const locale: Locale = args.locale ?? config.locale ?? 'vi';
    const options: LintOptions = { config, data: loadReferenceData() };
    const inputs = collectInputs(args.paths);
    const reports: FileReport[] = [];
    for (const input of inputs) {
      if (args.command === 'fix') {
        const before = lintFile(input.display, input.text, options);
        const { output, applied } = fixAll(input.text, options);
        const after = lintFile(input.display, output, options);
        if (output !== input.text) {
          writeFileAtomic(input.display, output);
          const rules = fixedRules(before, after).join(', ');
          io.err(locale === 'en' ? `fixed ${applied} problem(s) in ${input.display}: ${rules}\n` : `đã sửa ${applied} lỗi trong ${input.display}: ${rules}\n`);
        }
        reports.push(after);
      } else {
        reports.push(lintFile(input.display, input.text, options));
      }
    }
    render(args, reports, locale, io);
    return exitCodeFor(countFindings(reports), args.maxWarnings);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`vn-notice: ${err.message}\n`);
      return EXIT_USAGE;
    }
    const e = err as Error;
    io.err(`vn-notice: lỗi nội bộ (internal error): ${e?.message ?? String(err)}\n`);
    if (process.env.VN_NOTICE_DEBUG) io.err(`${e?.stack ?? ''}\n`);
    return EXIT_USAGE;
  }
}
