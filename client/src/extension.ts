/**
 * The VS Code side: starts the language server (dist/server.js over node IPC) and registers
 * the commands. All checking happens in the server; this file stays thin.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { fixAllInActiveEditor } from './commands';

let client: LanguageClient | undefined;

/** vn-notice files always; Markdown and plain text too (the server checks only those that look like a notice). */
export const DOCUMENT_SELECTOR = ['vn-notice', 'markdown', 'plaintext'].flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // The server pulls `vnNotice` with workspace/configuration and is told when it changes.
    synchronize: { configurationSection: 'vnNotice' },
    // No errorHandler given: the client's default one restarts a crashed server (up to 4
    // times in 3 minutes) and then tells the user.
  };
  client = new LanguageClient('vnNotice', 'vn-notice', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('vnNotice.fixAll', () => fixAllInActiveEditor()),
    vscode.commands.registerCommand('vnNotice.restartServer', async () => {
      if (client) await client.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
