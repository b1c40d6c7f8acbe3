// Bundles the client, the language server and the CLI (ARCHITECTURE.md §11: one bundler).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * packGazetteer of server/src/core/data/gazetteer.ts, run here: the bundles embed the gazetteer
 * packed, so a cold start does not fold and index 17,883 unit states (the provider packs the
 * file itself only when it finds format 1, under tsx). Bundled in memory from the same source
 * so the packing is the provider's own.
 */
async function loadPacker() {
  const out = await esbuild.build({
    entryPoints: ['server/src/core/data/gazetteer.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports.packGazetteer;
}
let packer;

/**
 * The reference data (server/data/*.json, ~0.8 MB) as `JSON.parse('…')` rather than esbuild's
 * default object literal: V8 parses a JSON string several times faster than the same data as
 * JavaScript source, and the server reads it on every cold start (npm run bench: cold start).
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => {
      let data = JSON.parse(await fs.readFile(args.path, 'utf8'));
      if (/[\\/]gazetteer\.json$/.test(args.path)) data = (await (packer ??= loadPacker()))(data);
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  plugins: [jsonAsString],
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]);
