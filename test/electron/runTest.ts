/**
 * Extension-host tests in a desktop VS Code, with @vscode/test-electron — the standard way
 * contributors run them on their own machines:
 *
 *   npm run test:electron                          # downloads VS Code 1.100.0 (needs internet)
 *   VSCODE_EXECUTABLE=/path/to/code npm run test:electron   # an installed VS Code, offline
 *
 * Not part of .ci/run: CI machines reach only the npm registry and Debian's packages, so the
 * download fails there; CI drives a real VS Code through code-server instead (test/e2e/).
 */
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  try {
    await runTests({
      version: '1.100.0',
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'dist-test', 'electron', 'suite.js'),
      launchArgs: [path.join(root, 'test', 'e2e', 'workspace'), '--disable-extensions', '--disable-workspace-trust', '--locale', 'vi'],
    });
  } catch (e) {
    process.stderr.write(`test:electron: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

void main();
