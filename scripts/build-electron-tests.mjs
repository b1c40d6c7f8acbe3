// Bundles the @vscode/test-electron runner and suite (vscode and mocha stay external: the
// extension host provides vscode, and mocha resolves from node_modules).
import * as esbuild from 'esbuild';
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', external: ['vscode', 'mocha', '@vscode/test-electron'] };
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['test/electron/runTest.ts'], outfile: 'dist-test/electron/runTest.js' }),
  esbuild.build({ ...common, entryPoints: ['test/electron/suite/index.ts'], outfile: 'dist-test/electron/suite.js' }),
]);
