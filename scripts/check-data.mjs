#!/usr/bin/env node
// CI check (ARCHITECTURE.md §9): regenerate the derived reference data into a temporary
// folder and fail if the committed files differ. Without the raw data (a checkout that lacks
// ../shared/data/gazetteer) there is nothing to compare against: say so and pass.
//
//   node scripts/check-data.mjs [--shared DIR]
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build, writeAll } from './build-gazetteer.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--shared');
const shared = i > 0 ? resolve(process.argv[i + 1]) : join(ROOT, '..', 'shared', 'data', 'gazetteer');
const committed = join(ROOT, 'server', 'data');

if (!existsSync(join(shared, 'README.md'))) {
  console.log(`check-data: skipped — raw gazetteer data not found at ${shared}`);
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), 'vn-notice-data-'));
let failed = 0;
try {
  const { files } = build(shared);
  writeAll(files, tmp); // written and read back so the comparison is on bytes, as committed
  for (const name of Object.keys(files)) {
    const fresh = readFileSync(join(tmp, name));
    const path = join(committed, name);
    if (!existsSync(path)) {
      console.error(`check-data: server/data/${name} is missing — run: node scripts/build-gazetteer.mjs`);
      failed++;
      continue;
    }
    const old = readFileSync(path);
    if (!fresh.equals(old)) {
      const a = old.toString('utf8').split('\n');
      const b = fresh.toString('utf8').split('\n');
      const line = a.findIndex((l, k) => l !== b[k]);
      console.error(`check-data: server/data/${name} is out of date (first difference on line ${line + 1}) — ` +
        'run: node scripts/build-gazetteer.mjs and commit the result');
      failed++;
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (failed) process.exit(1);
console.log('check-data: server/data is up to date with the raw gazetteer data');
