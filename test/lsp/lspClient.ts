/**
 * A minimal LSP client for tests: spawns the bundled server over stdio and speaks JSON-RPC
 * to it. Waiting is always on a message (publishDiagnostics, showMessage), never on time.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import {
  ConfigurationRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  LogMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './build';

type Waiter<T> = { match: (x: T) => boolean; resolve: (x: T) => void };

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  /** What the test answers to workspace/configuration for section vnNotice. */
  configuration: unknown = {};
  configurationRequests = 0;
  private readonly diagWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly msgWaiters: Waiter<ShowMessageParams>[] = [];
  readonly exited: Promise<number | null>;

  constructor() {
    this.proc = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.push(p);
      this.settle(this.diagWaiters, p);
    });
    this.conn.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p);
      this.settle(this.msgWaiters, p);
    });
    this.conn.onNotification(LogMessageNotification.type, (p) => this.logs.push(p.message));
    this.conn.onRequest(ConfigurationRequest.type, (p) => {
      this.configurationRequests++;
      return p.items.map(() => this.configuration);
    });
    this.conn.onRequest(RegistrationRequest.type, () => null);
    this.conn.listen();
  }

  private settle<T>(waiters: Waiter<T>[], x: T): void {
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i].match(x)) {
        waiters[i].resolve(x);
        waiters.splice(i, 1);
      }
    }
  }

  /** Resolves with the first publish (already received or future) that matches. */
  waitForDiagnostics(match: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const seen = this.diagnostics.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.diagWaiters.push({ match, resolve }));
  }

  /** Resolves with the next publish that matches, ignoring earlier ones. */
  nextDiagnostics(match: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.diagWaiters.push({ match, resolve }));
  }

  waitForMessage(match: (p: ShowMessageParams) => boolean): Promise<ShowMessageParams> {
    const seen = this.messages.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.msgWaiters.push({ match, resolve }));
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
