/** Commands that run in the client by asking the server for its code actions. */
import * as vscode from 'vscode';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('vn-notice');

/**
 * vnNotice.fixAll: runs the server's `source.fixAll.vn-notice` action on the active editor,
 * the same action VS Code runs on save with "editor.codeActionsOnSave".
 */
export async function fixAllInActiveEditor(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const doc = editor.document;
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND.value)) ?? [];
  const fixAll = actions.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind));
  if (!fixAll?.edit) {
    void vscode.window.showInformationMessage(vscode.env.language.startsWith('en') ? 'vn-notice: nothing to fix.' : 'vn-notice: không có gì để sửa.');
    return;
  }
  await vscode.workspace.applyEdit(fixAll.edit);
}
