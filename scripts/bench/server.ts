/**
 * Figures of the language server through real JSON-RPC over stdio (dist/server.js): cold start
 * to first diagnostics, didChange→publishDiagnostics latency (debounce 0 via settings),
 * completion and hover p95 when the server registers them, and the RSS with all reference
 * data loaded (via the test-only `$/vnNotice/heap` request, VN_NOTICE_TEST_HOOKS=1).
 */
import {
  CompletionRequest,
  DidChangeTextDocumentNotification,
  HoverRequest,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../../test/lsp/lspClient';
import { percentile } from './goals';

export interface ColdStart { spawnToInitializeMs: number; spawnToFirstDiagnosticsMs: number }

export async function coldStart(text: string): Promise<ColdStart> {
  const t0 = performance.now();
  const client = new LspClient({ configuration: { debounceMs: 0 } });
  try {
    await client.initialize();
    const t1 = performance.now();
    const uri = 'file:///bench/cold.tb.md';
    await client.open(uri, text);
    await client.waitForDiagnostics((p) => p.uri === uri);
    return { spawnToInitializeMs: t1 - t0, spawnToFirstDiagnosticsMs: performance.now() - t0 };
  } finally {
    await client.stop().catch(() => client.kill());
  }
}

export interface EditLatency { samples: number; p50: number; p95: number }

/**
 * `samples` edits one after the other (type a character in the body), after three uncounted ones, each timed from the
 * didChange to the publish of its version.
 */
const WARM_UP = 3;

export async function editLatency(text: string, samples: number): Promise<EditLatency> {
  const client = new LspClient({ configuration: { debounceMs: 0 } });
  try {
    await client.initialize();
    const uri = 'file:///bench/edit.tb.md';
    let doc: TextDocument = await client.open(uri, text);
    await client.waitForDiagnostics((p) => p.uri === uri && p.version === 1);
    const at = text.indexOf('1. ');
    const times: number[] = [];
    // The first WARM_UP edits are not counted: the server has just started and V8 is still
    // compiling the lint (the cold start has its own figure); a drafter's edits come later.
    for (let i = 0; i < samples + WARM_UP; i++) {
      const pos = doc.positionAt(at + i);
      const changes = [{ range: { start: pos, end: pos }, text: 'a' }];
      doc = TextDocument.update(doc, changes, doc.version + 1);
      const v = doc.version;
      const t0 = performance.now();
      const published = client.waitForDiagnostics((p) => p.uri === uri && p.version === v);
      await client.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: changes });
      await published;
      if (i >= WARM_UP) times.push(performance.now() - t0);
    }
    return { samples, p50: percentile(times, 50), p95: percentile(times, 95) };
  } finally {
    await client.stop().catch(() => client.kill());
  }
}

export interface FeatureLatency { completionP95?: number; hoverP95?: number; rssMiB: number; heapMiB: number }

/** Completion and hover p95 at a few positions (if registered), and the RSS after a full lint. */
export async function featuresAndMemory(text: string, samples: number): Promise<FeatureLatency> {
  const client = new LspClient({ nodeArgs: ['--expose-gc'], testHooks: true, configuration: { debounceMs: 0 } });
  try {
    const init = await client.initialize();
    const uri = 'file:///bench/features.tb.md';
    const doc = await client.open(uri, text);
    await client.waitForDiagnostics((p) => p.uri === uri);
    const positions: Position[] = ['Sở Tài chính', 'huyện Quản Bạ', 'Quyết định số', 'ngày 20 tháng', 'Nơi nhận'].map((s) =>
      doc.positionAt(Math.max(0, text.indexOf(s)) + 2),
    );
    const time = async (req: () => Promise<unknown>) => {
      const xs: number[] = [];
      for (let i = 0; i < samples; i++) {
        const t0 = performance.now();
        await req();
        xs.push(performance.now() - t0);
      }
      return percentile(xs, 95);
    };
    const caps = init.capabilities;
    const completionP95 = caps.completionProvider
      ? await time(() => client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positions[Math.floor(Math.random() * positions.length)] }))
      : undefined;
    const hoverP95 = caps.hoverProvider
      ? await time(() => client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positions[Math.floor(Math.random() * positions.length)] }))
      : undefined;
    const mem = await client.heap();
    return { completionP95, hoverP95, rssMiB: mem.rss / 1048576, heapMiB: mem.heapUsed / 1048576 };
  } finally {
    await client.stop().catch(() => client.kill());
  }
}
