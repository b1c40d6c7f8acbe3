#!/usr/bin/env node
// Packages the extension with @vscode/vsce, offline (bundles only: no node_modules), and
// prints the size. Expects `npm run build` to have run (npm run package does it).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.join(root, `vn-notice-${pkg.version}.vsix`);
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', out], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (r.status !== 0) {
  console.error('vn-notice: đóng gói .vsix thất bại (packaging failed)');
  process.exit(r.status ?? 1);
}
const size = fs.statSync(out).size;
console.log(`vsix: ${path.relative(root, out)} ${(size / 1024).toFixed(0)} KB (${size} bytes)`);
if (size > 3 * 1024 * 1024) {
  console.error(`vsix is over the 3 MB budget by ${((size - 3 * 1024 * 1024) / 1024).toFixed(0)} KB`);
  process.exit(1);
}
