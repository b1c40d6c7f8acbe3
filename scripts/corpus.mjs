#!/usr/bin/env node
// Prints the CLI's findings for a folder as a table by rule, so rules can be checked on real
// documents during development: npm run corpus -- ../shared/seeds [--details]
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const details = args.includes('--details');
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) {
  console.error('usage: npm run corpus -- DIR [DIR...] [--details]');
  process.exit(2);
}
const r = spawnSync(process.execPath, [path.join(root, 'bin', 'vn-notice.js'), 'check', '--format', 'json', ...dirs], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (r.status === 2 || !r.stdout.trim().startsWith('[')) {
  process.stderr.write(r.stderr || r.stdout);
  process.exit(2);
}
const results = JSON.parse(r.stdout);
const byRule = new Map();
for (const file of results) {
  for (const d of file.diagnostics) {
    const e = byRule.get(d.ruleId) ?? { severity: d.severity, count: 0, files: new Set(), samples: [] };
    e.count++;
    e.files.add(path.basename(file.file));
    e.samples.push(`${path.basename(file.file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
    byRule.set(d.ruleId, e);
  }
}
const rows = [...byRule.entries()].sort((a, b) => a[0].localeCompare(b[0]));
const w = Math.max(10, ...rows.map(([id]) => id.length));
console.log(`${results.length} files`);
console.log(`${'rule'.padEnd(w)}  ${'severity'.padEnd(8)}  count  files`);
console.log(`${'-'.repeat(w)}  --------  -----  -----`);
for (const [id, e] of rows) {
  console.log(`${id.padEnd(w)}  ${e.severity.padEnd(8)}  ${String(e.count).padStart(5)}  ${e.files.size}`);
  if (details) for (const s of e.samples) console.log(`    ${s}`);
}
const total = rows.reduce((n, [, e]) => n + e.count, 0);
console.log(`${'total'.padEnd(w)}  ${''.padEnd(8)}  ${String(total).padStart(5)}`);
