/**
 * The language server under load, over real JSON-RPC on stdio (issue 7, "never in the way").
 * Bounded in count and time (about 40 s in all, so it runs in `npm test`; VN_NOTICE_LOAD=quick
 * for 2,000 edits while developing). Every wait is on a message from the server.
 */
import { strict as assert } from 'assert';
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  type Diagnostic,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadReferenceData } from '../../server/src/core/data/load';
import { lint } from '../../server/src/core/lint';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { generateNotice } from '../../scripts/generate-notice';
import { ensureBuilt } from '../lsp/build';
import { NOTICE_WITH_TITLE } from '../lsp/fixtures';
import { LspClient } from '../lsp/lspClient';

/** A server with --expose-gc and the heap request, no debounce: every edit is linted. */
function loadClient(): LspClient {
  return new LspClient({ nodeArgs: ['--expose-gc'], testHooks: true, configuration: { debounceMs: 0 } });
}

const FULL = process.env.VN_NOTICE_LOAD !== 'quick';
const EDITS = FULL ? 10_000 : 2_000;
const BURSTS = FULL ? 100 : 20;
const BURST_SIZE = 100;
const PHRASE = 'Các đơn vị báo cáo kết quả trước ngày 30/6/2024. ';

let data: ReturnType<typeof loadReferenceData> | undefined;
/** What the server must publish for a text: the core's findings as LSP diagnostics. */
function expected(text: string): Diagnostic[] {
  data ??= loadReferenceData();
  const r = lint(text, { data });
  return toDiagnostics(r.findings, r.model.source, 'vi');
}

function change(client: LspClient, doc: TextDocument, changes: TextDocumentContentChangeEvent[]): { doc: TextDocument; sent: Promise<void> } {
  const next = TextDocument.update(doc, changes, doc.version + 1);
  const sent = client.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: doc.uri, version: next.version }, contentChanges: changes });
  return { doc: next, sent };
}

/** Edit i of a typing session: type PHRASE one character at a time, then delete it the same way. */
function typingEdit(doc: TextDocument, anchor: number, i: number): TextDocumentContentChangeEvent {
  const k = i % (2 * PHRASE.length);
  if (k < PHRASE.length) {
    const at = doc.positionAt(anchor + k);
    return { range: { start: at, end: at }, text: PHRASE[k] };
  }
  const len = 2 * PHRASE.length - k; // characters still typed
  return { range: { start: doc.positionAt(anchor + len - 1), end: doc.positionAt(anchor + len) }, text: '' };
}

function assertInOrder(client: LspClient, uri: string): void {
  const versions = client.diagnostics.filter((p) => p.uri === uri).map((p) => p.version ?? -1);
  for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `publish for version ${versions[i]} after ${versions[i - 1]}`);
}

function strip(ds: Diagnostic[]) {
  return ds.map((d) => ({ code: d.code, range: d.range, message: d.message, severity: d.severity }));
}

describe(`language server under load (${FULL ? 'full' : 'quick'})`, function () {
  this.timeout(120_000);
  let client: LspClient | undefined;

  before(() => ensureBuilt());
  afterEach(() => client?.kill());

  it(`${EDITS} one-character edits at typing speed and ${BURSTS} bursts: the last publish is the last version, in order; the heap does not grow`, async () => {
    client = loadClient();
    await client.initialize();
    const uri = 'file:///tmp/load-typing.tb.md';
    let doc = await client.open(uri, NOTICE_WITH_TITLE);
    await client.waitForDiagnostics((p) => p.uri === uri && p.version === 1);
    const anchor = NOTICE_WITH_TITLE.indexOf('1. Các huyện');
    let heapAt1000 = 0;
    for (let i = 0; i < EDITS; i++) {
      const next = change(client, doc, [typingEdit(doc, anchor, i)]);
      doc = next.doc;
      await next.sent; // flow control only: the message is written, nothing else is awaited
      if (i + 1 === 1000) {
        const v = doc.version;
        await client.waitForDiagnostics((p) => p.uri === uri && p.version === v);
        heapAt1000 = (await client.heap()).heapUsed;
      }
    }
    const last = doc.version;
    const published = await client.waitForDiagnostics((p) => p.uri === uri && p.version === last);
    assert.deepEqual(strip(published.diagnostics), strip(expected(doc.getText())));

    // Bursts: many edits at once (a paste, an undo of many steps), each ending on a wait.
    for (let b = 0; b < BURSTS; b++) {
      const sent: Promise<void>[] = [];
      for (let i = 0; i < BURST_SIZE; i++) {
        const next = change(client, doc, [typingEdit(doc, anchor, b * BURST_SIZE + i)]);
        doc = next.doc;
        sent.push(next.sent);
      }
      await Promise.all(sent);
      const v = doc.version;
      const p = await client.waitForDiagnostics((x) => x.uri === uri && x.version === v);
      if (b === BURSTS - 1) assert.deepEqual(strip(p.diagnostics), strip(expected(doc.getText())));
    }
    assertInOrder(client, uri);

    const heapEnd = await client.heap();
    assert.ok(heapEnd.gc, 'the server runs with --expose-gc');
    const growth = (heapEnd.heapUsed - heapAt1000) / heapAt1000;
    assert.ok(growth <= 0.1, `heap grew ${(growth * 100).toFixed(1)}% (${(heapAt1000 / 1048576).toFixed(1)} → ${(heapEnd.heapUsed / 1048576).toFixed(1)} MiB)`);
    assert.equal(await client.stop(), 0);
  });

  for (const [label, makeText] of [
    ['a 10 MB document', () => generateNotice(10 * 1024 * 1024)],
    ['a 50,000-line document', () => generateNotice(2048).replace('Nơi nhận:', Array.from({ length: 50_000 }, (_, i) => `- Mục ${i + 1};`).join('\n') + '\n\nNơi nhận:')],
  ] as const) {
    it(`${label}: requests are answered in under 1 s while it is checked, and the reduced rule set is announced once`, async () => {
      client = loadClient();
      await client.initialize();
      const uri = `file:///tmp/load-large-${label.length}.tb.md`;
      const text = makeText();
      const doc = await client.open(uri, text);
      const range = { start: doc.positionAt(0), end: doc.positionAt(10) };
      let published = false;
      const done = client.waitForDiagnostics((p) => p.uri === uri).then(() => (published = true));
      // Ask for code actions again and again until the diagnostics arrive (bounded).
      const latencies: number[] = [];
      for (let i = 0; i < 100_000 && !published; i++) {
        const t0 = performance.now();
        await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only: ['quickfix'] } });
        latencies.push(performance.now() - t0);
      }
      await done;
      const worst = Math.max(...latencies);
      console.log(`      ${latencies.length} requests while checking, worst ${worst.toFixed(0)} ms`);
      assert.ok(worst < 1000, `a request waited ${worst.toFixed(0)} ms (${latencies.length} requests)`);
      const notes = client.logs.filter((m) => m.message.includes(uri) && /20,000 lines/.test(m.message));
      assert.equal(notes.length, 1, 'one message about the reduced rule set');
      // A second edit does not repeat it.
      const next = change(client, doc, [{ range: { start: doc.positionAt(0), end: doc.positionAt(0) }, text: ' ' }]);
      await next.sent;
      await client.waitForDiagnostics((p) => p.uri === uri && p.version === 2);
      assert.equal(client.logs.filter((m) => m.message.includes(uri) && /20,000 lines/.test(m.message)).length, 1);
      assert.equal(await client.stop(), 0);
    });
  }

  const KEEPS_ANSWERING = async (c: LspClient, uri: string) => {
    await c.open(uri, NOTICE_WITH_TITLE);
    const p = await c.waitForDiagnostics((x) => x.uri === uri);
    assert.deepEqual(strip(p.diagnostics), strip(expected(NOTICE_WITH_TITLE)));
  };

  it('a binary file (NUL bytes): one clear diagnostic, no crash', async () => {
    client = loadClient();
    await client.initialize();
    const uri = 'file:///tmp/load-binary.tb.md';
    await client.open(uri, 'PK\u0003\u0004' + '\u0000\u0001\u0002'.repeat(100_000));
    const p = await client.waitForDiagnostics((x) => x.uri === uri);
    assert.equal(p.diagnostics.length, 1);
    assert.match(p.diagnostics[0].message, /không phải văn bản thông báo/);
    await KEEPS_ANSWERING(client, 'file:///tmp/after-binary.tb.md');
    assert.equal(await client.stop(), 0);
  });

  it('a 5 MB single line: checked with the cheap rules, announced once, no crash', async () => {
    client = loadClient();
    await client.initialize();
    const uri = 'file:///tmp/load-one-line.tb.md';
    await client.open(uri, 'Số: 05/TB-UBND '.repeat(Math.ceil((5 * 1024 * 1024) / 16)));
    await client.waitForDiagnostics((x) => x.uri === uri);
    assert.equal(client.logs.filter((m) => m.message.includes(uri)).length, 1);
    await KEEPS_ANSWERING(client, 'file:///tmp/after-one-line.tb.md');
    assert.equal(await client.stop(), 0);
  });

  it('an invalid configuration (garbage for workspace/configuration): one warning, no crash', async () => {
    client = loadClient();
    client.configuration = { rules: [1, 2, 3], debounceMs: -1, locale: { x: 1 }, checkMarkdown: 'maybe' };
    await client.initialize();
    const warning = await client.waitForMessage((m) => /cấu hình không hợp lệ/.test(m.message));
    assert.equal(warning.type, 2);
    // Another settings change with the same garbage: not repeated.
    void client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await KEEPS_ANSWERING(client, 'file:///tmp/after-bad-config.tb.md');
    assert.equal(client.messages.filter((m) => /cấu hình không hợp lệ/.test(m.message)).length, 1);
    assert.equal(await client.stop(), 0);
  });
});
