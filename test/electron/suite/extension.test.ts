/**
 * In the extension host: activation, the commands, diagnostics through
 * vscode.languages.getDiagnostics and code actions through vscode.executeCodeActionProvider.
 * Waits on VS Code's events (onDidChangeDiagnostics), never on timers.
 */
import { strict as assert } from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'vn-notice.vn-notice';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (test/e2e/workspace) is open');
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

/** Resolves with the vn-notice diagnostics of `uri` once `accept` holds. */
function diagnosticsOf(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'vn-notice');
  return new Promise((resolve) => {
    const now = current();
    if (accept(now)) return resolve(now);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const ds = current();
      if (accept(ds)) {
        sub.dispose();
        resolve(ds);
      }
    });
  });
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

export function registerExtensionTests(): void {
  describe('vn-notice in the extension host', () => {
    it('activates on a notice and registers its commands', async () => {
      const doc = await vscode.workspace.openTextDocument(workspaceFile('co-loi.tb.md'));
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'vn-notice');
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is installed`);
      await ext.activate();
      const commands = await vscode.commands.getCommands(true);
      for (const c of ['vnNotice.fixAll', 'vnNotice.restartServer', 'vnNotice.reviewReport', 'vnNotice.insertPlaceDate']) {
        assert.ok(commands.includes(c), `command ${c}`);
      }
    });

    it('publishes diagnostics with the rule id, the source and the docs link', async () => {
      const uri = workspaceFile('co-loi.tb.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const ds = await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'number/leading-zero'));
      const lz = ds.find((x) => codeOf(x) === 'number/leading-zero')!;
      assert.equal(lz.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(lz.message, /phải có số 0 phía trước/);
      assert.ok(typeof lz.code === 'object' && lz.code.target.toString().endsWith('docs/rules/number/leading-zero.md'));
      assert.ok(ds.some((x) => codeOf(x) === 'date/invalid'));
    });

    it('offers the quick fix and the fix-all source action', async () => {
      const uri = workspaceFile('co-loi.tb.md');
      const ds = await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'number/leading-zero'));
      const lz = ds.find((x) => codeOf(x) === 'number/leading-zero')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, lz.range);
      const fix = actions.find((a) => a.kind?.value === 'quickfix' && a.diagnostics?.some((d) => codeOf(d) === 'number/leading-zero'));
      assert.ok(fix?.edit, 'a quick fix with an edit');
      const edits = fix.edit.get(uri);
      assert.deepEqual(edits.map((e) => e.newText), ['05']);
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.vn-notice',
      );
      assert.ok(all.some((a) => a.kind?.value === 'source.fixAll.vn-notice'));
    });

    it('a clean notice has no error or warning', async () => {
      const uri = workspaceFile('hop-le.tb.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      // The first publish for this file: wait for the verdict of the server (any publish).
      const ds = await diagnosticsOf(uri, () => true);
      assert.deepEqual(ds.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).map(codeOf), []);
    });
  });
}
