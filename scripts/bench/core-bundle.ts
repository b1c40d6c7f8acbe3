/**
 * The core as it ships: bundled by esbuild for node20/cjs as esbuild.mjs bundles the server and
 * the CLI, rather than compiled module by module by tsx, whose keepNames helpers (`__name`
 * around every inner function) cost ~15% of a lint of the samples (profiling). The throughput
 * figures lint with this bundle; the profiling scripts keep linting the sources.
 */
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { lint } from '../../server/src/core/lint';
import type { loadReferenceData } from '../../server/src/core/data/load';

export interface ShippedCore {
  lint: typeof lint;
  loadReferenceData: typeof loadReferenceData;
}

export function shippedCore(root: string): ShippedCore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vn-notice-bench-'));
  const outfile = path.join(dir, 'core.js');
  esbuild.buildSync({
    stdin: {
      contents: "export { lint } from './server/src/core/lint'; export { loadReferenceData } from './server/src/core/data/load';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(outfile) as ShippedCore;
  fs.rmSync(dir, { recursive: true, force: true });
  return core;
}
