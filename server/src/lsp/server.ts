/**
 * Wiring of the language server: connection ↔ documents ↔ linter ↔ features. No checking
 * logic lives here (ARCHITECTURE.md anti-patterns: no single server.ts doing everything).
 */
import {
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadReferenceData } from '../core/data/load';
import type { LintOptions } from '../core/lint';
import { FIX_ALL_KIND, QUICK_FIX, fixAllAction, quickFixes, wantsKind } from '../features/codeActions';
import { featureCapabilities, registerFeatures, sendVerdict } from './features';
import { DocumentLinter } from './linter';
import { isLargeDocument, largeDocumentOptions } from './largeDocuments';
import { registerTestHooks } from './testHooks';
import { defaultSettings, effectiveLocale, parseSettings, type ServerSettings } from './settings';

export const SERVER_NAME = 'vn-notice';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const data = loadReferenceData();
  let settings: ServerSettings = defaultSettings();
  let clientLocale: string | undefined;
  let canPullConfiguration = false;
  let canRegisterConfigChange = false;
  /** The last warning shown, so an unchanged bad configuration is not reported again. */
  let lastWarning = '';

  const locale = () => effectiveLocale(settings, clientLocale);
  const lintOptions = (): LintOptions => ({ config: settings.config, data });
  const linter = new DocumentLinter({
    connection,
    documents,
    settings: () => settings,
    locale,
    lintOptions,
    onPublished: (uri, result) => sendVerdict(connection, uri, result, locale()),
  });
  registerFeatures({ connection, documents, linter, data, locale, today: () => new Date() });

  connection.onInitialize((params): InitializeResult => {
    clientLocale = params.locale;
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canRegisterConfigChange = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [QUICK_FIX, FIX_ALL_KIND] },
        ...featureCapabilities(),
      },
      serverInfo: { name: SERVER_NAME },
    };
  });

  /** Pulls `vnNotice` settings from the client; a bad value → one warning, defaults used. */
  async function refreshSettings(pushed?: unknown): Promise<void> {
    let raw: unknown = pushed;
    if (canPullConfiguration) {
      try {
        raw = await connection.workspace.getConfiguration({ section: 'vnNotice' });
      } catch (err) {
        connection.console.error(`vn-notice: could not read the settings: ${String(err)}`);
        raw = undefined;
      }
    }
    const parsed = parseSettings(raw);
    settings = parsed.settings;
    const warning = parsed.problems.length
      ? `vn-notice: cấu hình không hợp lệ, dùng giá trị mặc định cho phần lỗi (invalid configuration, defaults used): ${parsed.problems.join('; ')}`
      : '';
    // window/showMessage (a notification): the request form would wait for an answer the
    // user may never give, and a client that does not implement it would reject it.
    if (warning && warning !== lastWarning) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: warning });
    lastWarning = warning;
    linter.scheduleAll();
  }

  connection.onInitialized(() => {
    if (canRegisterConfigChange) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'vnNotice' });
    }
    void refreshSettings();
  });

  connection.onDidChangeConfiguration((change) => {
    // Clients without workspace/configuration push the settings object in the notification.
    const pushed = (change.settings as { vnNotice?: unknown } | undefined)?.vnNotice;
    void refreshSettings(pushed);
  });

  const opened = new Set<string>();
  documents.onDidOpen((e) => opened.add(e.document.uri));
  documents.onDidChangeContent((e) => {
    // onDidChangeContent also fires on open: lint a new document at once, debounce edits.
    const isNew = opened.delete(e.document.uri);
    linter.schedule(e.document, isNew);
  });
  documents.onDidClose((e) => {
    opened.delete(e.document.uri);
    linter.close(e.document.uri);
  });

  connection.onCodeAction((params): CodeAction[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const ref = { uri: doc.uri, version: doc.version };
    const actions: CodeAction[] = [];
    try {
      if (wantsKind(only, QUICK_FIX)) {
        const result = linter.resultFor(doc);
        if (result) actions.push(...quickFixes(ref, result, params.range, locale()));
      }
      if (wantsKind(only, FIX_ALL_KIND) && linter.kindOf(doc) === 'notice') {
        const text = doc.getText();
        const all = fixAllAction(ref, text, isLargeDocument(text) ? largeDocumentOptions(lintOptions()) : lintOptions(), locale());
        if (all) actions.push(all);
      }
    } catch (err) {
      connection.console.error(`vn-notice: code actions for ${doc.uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
    return actions;
  });

  registerTestHooks(connection); // only with VN_NOTICE_TEST_HOOKS=1 (test/load/)
  documents.listen(connection);
  connection.listen();
}
