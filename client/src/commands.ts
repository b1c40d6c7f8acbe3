/** Commands that run in the client by asking the server (code actions, requests, commands). */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REVIEW_REPORT_REQUEST, type InsertPlaceDateArgs, type ReviewReportResult } from '../../server/src/lsp/protocol';

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
    void vscode.window.showInformationMessage(vscode.l10n.t('vn-notice: nothing to fix.'));
    return;
  }
  await vscode.workspace.applyEdit(fixAll.edit);
}

/**
 * vnNotice.reviewReport: the server's Markdown report of the active notice (verdict, components,
 * findings with their legal basis), opened beside the draft as an untitled document the
 * reviewer can save and attach.
 */
export async function openReviewReport(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('vn-notice: open a notice first.'));
    return;
  }
  const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  const report = await client.sendRequest<ReviewReportResult | null>(REVIEW_REPORT_REQUEST, { uri });
  if (!report) {
    void vscode.window.showInformationMessage(vscode.l10n.t('vn-notice: this document is not checked as a notice.'));
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: report.markdown });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}

/**
 * Arguments of the server's vnNotice.insertPlaceDate when run from the palette or a key: the
 * active document, and the cursor when it stands on an empty line (else the server puts the
 * line where the notice has it: after "Số: …").
 */
export function insertPlaceDateArgs(client: LanguageClient): InsertPlaceDateArgs | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const cursor = editor.selection.active;
  const blank = editor.document.lineAt(cursor.line).isEmptyOrWhitespace;
  return {
    uri: client.code2ProtocolConverter.asUri(editor.document.uri),
    ...(blank ? { position: { line: cursor.line, character: 0 } } : {}),
  };
}
