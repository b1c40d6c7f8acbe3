/**
 * The one LSP client of the process-level tests, the load tests and `npm run bench`: spawns the
 * bundled server (dist/server.js) over stdio and speaks JSON-RPC to it. Waiting is always on a
 * message from the server (publishDiagnostics, showMessage), never on time.
 *
 * `testHooks` starts the server with VN_NOTICE_TEST_HOOKS=1 so that the test-only
 * `$/vnNotice/heap` request answers (with `--expose-gc` among `nodeArgs` it collects first).
 */
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import {
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/protocol';

export const ROOT = path.join(__dirname, '..', '..');
export const HEAP_REQUEST = '$/vnNotice/heap';

export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
  textDocument: { publishDiagnostics: { versionSupport: true } },
};

type Waiter<T> = { match: (x: T) => boolean; resolve: (x: T) => void };

export interface LspClientOptions {
  /** Node flags for the server process besides those the extension gives it (e.g. `--expose-gc`). */
  nodeArgs?: string[];
  /** Start the server with its test-only requests (`$/vnNotice/heap`). */
  testHooks?: boolean;
  /** The first answer to workspace/configuration (see `configuration`). */
  configuration?: unknown;
}

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  /** What the client answers to workspace/configuration for section vnNotice (any value, garbage too). */
  configuration: unknown;
  configurationRequests = 0;
  readonly exited: Promise<number | null>;
  stderr = '';
  private readonly diagWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly msgWaiters: Waiter<ShowMessageParams>[] = [];

  constructor(options: LspClientOptions = {}) {
    this.configuration = options.configuration ?? {};
    this.proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...(options.nodeArgs ?? []), path.join(ROOT, 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: options.testHooks ? { ...process.env, VN_NOTICE_TEST_HOOKS: '1' } : process.env,
    });
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.push(p);
      settle(this.diagWaiters, p);
    });
    this.conn.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p);
      settle(this.msgWaiters, p);
    });
    this.conn.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p);
    });
    this.conn.onRequest(ConfigurationRequest.type, (p) => {
      this.configurationRequests++;
      return p.items.map(() => this.configuration);
    });
    this.conn.onRequest(RegistrationRequest.type, () => null);
    this.conn.listen();
  }

  /**
   * initialize + initialized. By default with the capabilities the server reads (configuration
   * pull, versioned diagnostics); a test may pass others (code action literals, applyEdit …).
   */
  async initialize(locale = 'vi', capabilities: ClientCapabilities = DEFAULT_CAPABILITIES): Promise<InitializeResult> {
    const init = await this.conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, locale, capabilities });
    await this.conn.sendNotification(InitializedNotification.type, {});
    return init;
  }

  async open(uri: string, text: string, languageId = 'vn-notice'): Promise<TextDocument> {
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return TextDocument.create(uri, languageId, 1, text);
  }

  /** The first publish (already received or future) that matches. */
  waitForDiagnostics(match: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const seen = this.diagnostics.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.diagWaiters.push({ match, resolve }));
  }

  /** The next publish that matches, ignoring earlier ones. */
  nextDiagnostics(match: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.diagWaiters.push({ match, resolve }));
  }

  /** The first showMessage (already received or future) that matches. */
  waitForMessage(match: (p: ShowMessageParams) => boolean): Promise<ShowMessageParams> {
    const seen = this.messages.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.msgWaiters.push({ match, resolve }));
  }

  heap(): Promise<{ heapUsed: number; rss: number; gc: boolean }> {
    return this.conn.sendRequest(HEAP_REQUEST);
  }

  async stop(): Promise<number | null> {
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    const code = await this.exited;
    this.conn.dispose();
    return code;
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
    this.conn.dispose();
  }
}

function settle<T>(waiters: Waiter<T>[], x: T): void {
  for (let i = waiters.length - 1; i >= 0; i--) {
    if (waiters[i].match(x)) {
      waiters[i].resolve(x);
      waiters.splice(i, 1);
    }
  }
}
