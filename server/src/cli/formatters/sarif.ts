/**
 * --format sarif: SARIF 2.1.0 as GitHub code scanning reads it. Regions are 1-based with
 * columns in UTF-16 code units (declared on the run with columnKind), paths relative to the
 * working directory (%SRCROOT%).
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as Sarif from 'sarif';
import { ALL_RULES } from '../../core/rules';
import { docsUrl, type Locale, type Severity } from '../../core/rules/types';
import { findingRange, type FileReport } from '../report';

export const INFORMATION_URI = 'https://github.com/vn-notice/vn-notice';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A relative, forward-slash, percent-encoded URI (Vietnamese file names included). */
function artifactUri(file: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  const parts = (rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(cwd, file) : rel).split(path.sep);
  return parts.map(encodeURIComponent).join('/');
}

export function formatSarif(reports: readonly FileReport[], locale: Locale, version: string, cwd = process.cwd()): string {
  const ruleIndex = new Map(ALL_RULES.map((r, i) => [r.meta.id, i]));
  const rules: Sarif.ReportingDescriptor[] = ALL_RULES.map((r) => ({
    id: r.meta.id,
    shortDescription: { text: r.meta.description[locale] },
    helpUri: docsUrl(r.meta.id),
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
  }));
  const results: Sarif.Result[] = [];
  for (const r of reports) {
    const uri = artifactUri(r.file, cwd);
    for (const f of r.result.findings) {
      const { start, end } = findingRange(r, f);
      const result: Sarif.Result = {
        ruleId: f.ruleId,
        level: LEVEL[f.severity],
        message: { text: f.message[locale] },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            },
          },
        ],
      };
      const idx = ruleIndex.get(f.ruleId);
      if (idx !== undefined) result.ruleIndex = idx;
      results.push(result);
    }
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'vn-notice', version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
