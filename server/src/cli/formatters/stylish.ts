/** --format stylish: for people. Grouped by file, `line:col  severity  message  ruleId`, 1-based. */
import type { Locale, Severity } from '../../core/rules/types';
import { countFindings, findingRange, type FileReport } from '../report';

const LABEL: Record<Locale, Record<Severity, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', hint: 'gợi ý' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
};

const COLOR: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[2m' };

export function formatStylish(reports: readonly FileReport[], locale: Locale, color = false): string {
  const paint = (s: string, code: string) => (color ? `${code}${s}\x1b[0m` : s);
  const lines: string[] = [];
  for (const r of reports) {
    if (r.result.findings.length === 0) continue;
    lines.push(color ? `\x1b[4m${r.file}\x1b[0m` : r.file);
    const rows = r.result.findings.map((f) => {
      const { start } = findingRange(r, f);
      return { pos: `${start.line + 1}:${start.character + 1}`, sev: f.severity, msg: f.message[locale], rule: f.ruleId };
    });
    const posW = Math.max(...rows.map((x) => x.pos.length));
    const sevW = Math.max(...rows.map((x) => LABEL[locale][x.sev].length));
    for (const x of rows) {
      const sev = LABEL[locale][x.sev].padEnd(sevW);
      lines.push(`  ${x.pos.padEnd(posW)}  ${paint(sev, COLOR[x.sev])}  ${x.msg}  ${paint(x.rule, '\x1b[2m')}`);
    }
    lines.push('');
  }
  const c = countFindings(reports);
  const total = c.error + c.warning + c.info + c.hint;
  if (total === 0) {
    lines.push(locale === 'en' ? `✔ No problems (${reports.length} file(s) checked)` : `✔ Không có vấn đề nào (đã kiểm tra ${reports.length} tệp)`);
  } else {
    const summary =
      locale === 'en'
        ? `✖ ${total} problem${total === 1 ? '' : 's'} (${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.info} info, ${c.hint} hint${c.hint === 1 ? '' : 's'})`
        : `✖ ${total} vấn đề (${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin, ${c.hint} gợi ý)`;
    lines.push(paint(summary, c.error ? COLOR.error : COLOR.warning));
  }
  return lines.join('\n') + '\n';
}
