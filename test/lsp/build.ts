/** Builds dist/ once per test run, so the process-level tests do not depend on `npm test` order. */
import { execFileSync } from 'child_process';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
let built = false;

export function ensureBuilt(): void {
  if (built) return;
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  built = true;
}
