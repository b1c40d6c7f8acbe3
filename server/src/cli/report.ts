/** What a check produced for each file, shared by the formatters and the exit-code logic. */
import type { Position } from '../core/text/source';
import type { LintResult } from '../core/lint';
import type { Finding, Severity } from '../core/rules/types';

export interface FileReport {
  /** Path as shown to the user. */
  file: string;
  result: LintResult;
}

export type Counts = Record<Severity, number>;

export function countFindings(reports: readonly FileReport[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) for (const f of r.result.findings) counts[f.severity]++;
  return counts;
}

/** 0-based LSP range (UTF-16 units) of a finding in the file's original text. */
export function findingRange(report: FileReport, f: Finding): { start: Position; end: Position } {
  const source = report.result.model.source;
  return { start: source.positionAt(f.originalSpan.start), end: source.positionAt(f.originalSpan.end) };
}

/** PRODUCT.md: 1 when any error is reported or warnings exceed --max-warnings, else 0. */
export function exitCodeFor(counts: Counts, maxWarnings: number): number {
  if (counts.error > 0) return 1;
  if (maxWarnings >= 0 && counts.warning > maxWarnings) return 1;
  return 0;
}
