/**
 * The reviewer's verdict in the status bar (issue "Editor experience"): "✓ Sẵn sàng trình ký"
 * when no error or warning remains in the active notice, otherwise "$(error) 2 lỗi,
 * $(warning) 3 cảnh báo". The server sends it with every publish (vnNotice/verdict), so the
 * bar follows the diagnostics without asking. Clicking it opens the Problems view.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { VERDICT_NOTIFICATION, type VerdictParams } from '../../server/src/lsp/protocol';

export const SHOW_PROBLEMS_COMMAND = 'vnNotice.showProblems';
/** VS Code's "Show Active File Only" toggle of the Problems view (MARKERS_VIEW_ID + '.toggleActiveFile'). */
const TOGGLE_ACTIVE_FILE_FILTER = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';
const FILTER_SET_KEY = 'vnNotice.problemsActiveFileFilterSet';

export function verdictText(v: VerdictParams): string {
  if (v.ready) return `$(check) ${vscode.l10n.t('Ready to sign')}`;
  const errors = v.errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', v.errors);
  const warnings = v.warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', v.warnings);
  return `$(error) ${errors}, $(warning) ${warnings}`;
}

export class VerdictStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly verdicts = new Map<string, VerdictParams>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.item = vscode.window.createStatusBarItem('vnNotice.verdict', vscode.StatusBarAlignment.Left, 100);
    this.item.name = vscode.l10n.t('vn-notice: verdict');
    this.item.command = SHOW_PROBLEMS_COMMAND;
    this.disposables.push(
      this.item,
      client.onNotification(VERDICT_NOTIFICATION, (v: VerdictParams) => {
        if (v.checked) this.verdicts.set(v.uri, v);
        else this.verdicts.delete(v.uri);
        this.render();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.verdicts.delete(this.uriOf(d))),
    );
    this.render();
  }

  private uriOf(doc: vscode.TextDocument): string {
    return this.client.code2ProtocolConverter.asUri(doc.uri);
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const v = doc && this.verdicts.get(this.uriOf(doc));
    if (!v) {
      this.item.hide();
      return;
    }
    this.item.text = verdictText(v);
    this.item.tooltip = v.ready
      ? vscode.l10n.t('vn-notice: no error or warning remains ({0} notes, {1} hints). Click to open the Problems view.', v.infos, v.hints)
      : vscode.l10n.t('vn-notice: fix the errors and warnings before signing. Click to open the Problems view.');
    this.item.backgroundColor = v.errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * Opens the Problems view on the active file's problems. VS Code has no API to set the view's
 * filter; its "Show Active File Only" is a toggle whose state cannot be read. We open the view
 * and turn that toggle on once per workspace (remembered), so a user who turns it off again is
 * not overruled on the next click.
 */
export async function showProblemsOfActiveFile(state: vscode.Memento): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (state.get<boolean>(FILTER_SET_KEY)) return;
  try {
    await vscode.commands.executeCommand(TOGGLE_ACTIVE_FILE_FILTER);
    await state.update(FILTER_SET_KEY, true);
  } catch {
    // An editor without that action (older or newer VS Code): the unfiltered view is still open.
  }
}
