// Bundles the client, the language server and the CLI (ARCHITECTURE.md §11: one bundler).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs/promises';

/**
 * The reference data (server/data/*.json, ~0.8 MB) as `JSON.parse('…')` rather than esbuild's
 * default object literal: V8 parses a JSON string several times faster than the same data as
 * JavaScript source, and the server reads it on every cold start (npm run bench: cold start).
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => {
      const text = await fs.readFile(args.path, 'utf8');
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
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
