/** Size of the packaged .vsix; runs `npm run package` first when it is missing or older than a bundle or the manifest. */
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export function vsixSize(root: string): { file: string; bytes: number; rebuilt: boolean } {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const file = path.join(root, `vn-notice-${pkg.version}.vsix`);
  const inputs = ['package.json', 'dist/client.js', 'dist/server.js', 'dist/cli.js'].map((f) => path.join(root, f));
  const newest = Math.max(...inputs.filter((f) => fs.existsSync(f)).map((f) => fs.statSync(f).mtimeMs));
  const stale = !fs.existsSync(file) || fs.statSync(file).mtimeMs < newest;
  if (stale) execSync('npm run package', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return { file: path.relative(root, file), bytes: fs.statSync(file).size, rebuilt: stale };
}
