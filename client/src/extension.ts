/**
 * The VS Code side: starts the language server (dist/server.js over node IPC) and registers
 * the commands and the status-bar verdict. All checking happens in the server; this file
 * stays thin. Client strings go through vscode.l10n (l10n/bundle.l10n.vi.json).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { INSERT_PLACE_DATE_COMMAND, SERVER_NODE_FLAGS } from '../../server/src/lsp/protocol';
import { fixAllInActiveEditor, insertPlaceDateArgs, openReviewReport } from './commands';
import { SHOW_PROBLEMS_COMMAND, VerdictStatus, showProblemsOfActiveFile } from './verdict';

let client: LanguageClient | undefined;

/** vn-notice files always; Markdown and plain text too (the server checks only those that look like a notice). */
export const DOCUMENT_SELECTOR = ['vn-notice', 'markdown', 'plaintext'].flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // The server pulls `vnNotice` with workspace/configuration and is told when it changes.
    synchronize: { configurationSection: 'vnNotice' },
    // No errorHandler given: the client's default one restarts a crashed server (up to 4
    // times in 3 minutes) and then tells the user.
    middleware: {
      // The server's vnNotice.insertPlaceDate is registered as a VS Code command by the
      // client library; from the palette it has no arguments: give it the active editor's.
      executeCommand: (command, args, next) => {
        if (command === INSERT_PLACE_DATE_COMMAND && args.length === 0) {
          const filled = client && insertPlaceDateArgs(client);
          if (!filled) return undefined;
          return next(command, [filled]);
        }
        return next(command, args);
      },
    },
  };
  client = new LanguageClient('vnNotice', 'vn-notice', serverOptions, clientOptions);
  const started = client;

  context.subscriptions.push(
    vscode.commands.registerCommand('vnNotice.fixAll', () => fixAllInActiveEditor()),
    vscode.commands.registerCommand('vnNotice.restartServer', async () => {
      if (client) await client.restart();
    }),
    vscode.commands.registerCommand('vnNotice.reviewReport', () => openReviewReport(started)),
    vscode.commands.registerCommand(SHOW_PROBLEMS_COMMAND, () => showProblemsOfActiveFile(context.workspaceState)),
  );
  // Before start: the first publishes (and their verdicts) come as soon as the server runs.
  context.subscriptions.push(new VerdictStatus(client));
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
