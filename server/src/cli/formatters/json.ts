/**
 * --format json: the stable interface of PRODUCT.md ("Interfaces that others rely on"):
 * one array of {file, diagnostics: [{ruleId, severity, message, range}]}, 0-based LSP
 * positions in UTF-16 code units of the file as written (BOM and NFD included).
 */
import type { Locale } from '../../core/rules/types';
import { findingRange, type FileReport } from '../report';

export function formatJson(reports: readonly FileReport[], locale: Locale): string {
  const out = reports.map((r) => ({
    file: r.file,
    diagnostics: r.result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message[locale],
      range: findingRange(r, f),
    })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
