/**
 * The language server over real JSON-RPC on stdio (ARCHITECTURE.md layout: test/lsp). Every
 * wait is on a message from the server, never on a timer.
 */
import { strict as assert } from 'assert';
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadReferenceData } from '../../server/src/core/data/load';
import { fixAll, toOriginalEdits } from '../../server/src/core/fix';
import { lint } from '../../server/src/core/lint';
import { RULE_IDS } from '../../server/src/core/rules';
import { docsUrl } from '../../server/src/core/rules/types';
import { ensureBuilt } from './build';
import { NOTICE_NO_TITLE, NOTICE_WITH_TITLE, README } from './fixtures';
import { LspClient } from './lspClient';

const MISSING_TITLE = 'structure/missing-title';

async function start(locale: string, configuration: unknown = { debounceMs: 20 }): Promise<{ client: LspClient; init: InitializeResult }> {
  const client = new LspClient();
  client.configuration = configuration;
  const init = await client.initialize(locale, {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
    textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } },
  });
  return { client, init };
}

function open(client: LspClient, uri: string, languageId: string, text: string, version = 1): TextDocument {
  void client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  return TextDocument.create(uri, languageId, version, text);
}

function change(client: LspClient, doc: TextDocument, changes: TextDocumentContentChangeEvent[]): TextDocument {
  const next = TextDocument.update(doc, changes, doc.version + 1);
  void client.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: doc.uri, version: next.version }, contentChanges: changes });
  return next;
}

/** What the core says the missing-title finding of a text is, as an LSP range. */
function expectedMissingTitle(text: string) {
  const result = lint(text, { data: loadReferenceData() });
  const f = result.findings.find((x) => x.ruleId === MISSING_TITLE);
  assert.ok(f, 'the fixture must lack its title');
  const src = result.model.source;
  return { result, finding: f, range: { start: src.positionAt(f.originalSpan.start), end: src.positionAt(f.originalSpan.end) } };
}

function byCode(ds: Diagnostic[], code: string): Diagnostic {
  const d = ds.find((x) => x.code === code);
  assert.ok(d, `no ${code} among ${ds.map((x) => x.code).join(', ')}`);
  return d;
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let client: LspClient | undefined;

  before(() => ensureBuilt());
  afterEach(() => client?.kill());

  it('publishes diagnostics for the newest version only, with source, code and docs link', async () => {
    const started = await start('vi');
    client = started.client;
    assert.equal(started.init.capabilities.textDocumentSync, 2, 'incremental sync');
    assert.deepEqual(started.init.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.vn-notice'] });

    const uri = 'file:///tmp/ket-luan.tb.md';
    let doc = open(client, uri, 'vn-notice', NOTICE_NO_TITLE);
    // Several quick edits: type into the body, then replace a word.
    for (const word of ['Hôm ', 'nay ', 'họp. ']) {
      const at = doc.positionAt(doc.getText().indexOf('Ngày 01'));
      doc = change(client, doc, [{ range: { start: at, end: at }, text: word }]);
    }
    const lastVersion = doc.version;
    const published = await client.waitForDiagnostics((p) => p.uri === uri && p.version === lastVersion);

    const { result, range } = expectedMissingTitle(doc.getText());
    assert.equal(published.diagnostics.length, result.findings.length);
    for (const d of published.diagnostics) {
      assert.equal(d.source, 'vn-notice');
      assert.ok(RULE_IDS.has(String(d.code)), `unknown code ${d.code}`);
      assert.equal(d.codeDescription?.href, docsUrl(String(d.code)));
    }
    const d = byCode(published.diagnostics, MISSING_TITLE);
    assert.deepEqual(d.range, range);
    assert.equal(d.severity, 1);
    assert.match(d.message, /Thiếu tên loại văn bản/);

    // One more edit, then check the order of everything published for this document: after
    // a version was published, no older one may follow.
    const at = doc.positionAt(0);
    doc = change(client, doc, [{ range: { start: at, end: at }, text: '' }]);
    const v = doc.version;
    await client.waitForDiagnostics((p) => p.uri === uri && p.version === v);
    const versions = client.diagnostics.filter((p) => p.uri === uri).map((p) => p.version ?? -1);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `stale publish: ${versions.join(',')}`);
    assert.equal(await client.stop(), 0);
  });

  it('offers the quick fix and source.fixAll.vn-notice with the core\'s edits', async () => {
    client = (await start('vi')).client;
    const uri = 'file:///tmp/fix.tb.md';
    const doc = open(client, uri, 'vn-notice', NOTICE_NO_TITLE);
    const published = await client.waitForDiagnostics((p) => p.uri === uri && p.version === 1);
    const d = byCode(published.diagnostics, MISSING_TITLE);

    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const { finding, result } = expectedMissingTitle(NOTICE_NO_TITLE);
    const quick = actions.find((a) => a.title === finding.fixes[0].title.vi);
    assert.ok(quick, `no quick fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(quick.kind, 'quickfix');
    assert.equal(quick.isPreferred, true);
    assert.equal(quick.diagnostics?.[0].code, MISSING_TITLE);
    const change0 = quick.edit?.documentChanges?.[0];
    assert.ok(change0 && 'edits' in change0);
    assert.deepEqual(change0.textDocument, { uri, version: 1 });
    const src = result.model.source;
    const expectedEdits = toOriginalEdits(src, finding.fixes[0]).map((e) => ({ range: { start: src.positionAt(e.start), end: src.positionAt(e.end) }, newText: e.newText }));
    assert.deepEqual(change0.edits, expectedEdits);
    const fixed = TextDocument.applyEdits(doc, change0.edits);
    assert.ok(!lint(fixed).findings.some((f) => f.ruleId === MISSING_TITLE), 'the quick fix leaves the finding');

    const sourceActions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: doc.positionAt(NOTICE_NO_TITLE.length) },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(sourceActions.length, 1);
    assert.equal(sourceActions[0].kind, 'source.fixAll.vn-notice');
    const all = sourceActions[0].edit?.documentChanges?.[0];
    assert.ok(all && 'edits' in all);
    assert.equal(TextDocument.applyEdits(doc, all.edits), fixAll(NOTICE_NO_TITLE, { data: loadReferenceData() }).output);
    assert.equal(await client.stop(), 0);
  });

  it('speaks English to an English client, and the vnNotice.locale setting overrides it', async () => {
    client = (await start('en-US')).client;
    const uri = 'file:///tmp/en.tb.md';
    open(client, uri, 'vn-notice', NOTICE_NO_TITLE);
    const first = await client.waitForDiagnostics((p) => p.uri === uri);
    const { finding } = expectedMissingTitle(NOTICE_NO_TITLE);
    assert.equal(byCode(first.diagnostics, MISSING_TITLE).message, finding.message.en);

    // Settings change: the server pulls them again and re-lints open documents.
    client.configuration = { locale: 'vi', debounceMs: 20 };
    const next = client.nextDiagnostics((p) => p.uri === uri && p.diagnostics.some((d) => d.message === finding.message.vi));
    void client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await next;
    assert.equal(await client.stop(), 0);
  });

  it('checks Markdown only when it looks like a notice, and says a binary file is not a notice', async () => {
    client = (await start('vi')).client;
    open(client, 'file:///tmp/README.md', 'markdown', README);
    open(client, 'file:///tmp/bin.tb.md', 'vn-notice', 'PK\u0003\u0004\u0000\u0000binary');
    open(client, 'file:///tmp/notice.md', 'markdown', NOTICE_WITH_TITLE);
    const notice = await client.waitForDiagnostics((p) => p.uri === 'file:///tmp/notice.md');
    assert.ok(!notice.diagnostics.some((d) => d.code === MISSING_TITLE));
    const bin = await client.waitForDiagnostics((p) => p.uri === 'file:///tmp/bin.tb.md');
    assert.equal(bin.diagnostics.length, 1);
    assert.equal(bin.diagnostics[0].severity, 3);
    assert.match(bin.diagnostics[0].message, /không phải văn bản thông báo/);
    // Opened first and linted first (same zero delay): had it been published, it would be here.
    assert.ok(!client.diagnostics.some((p) => p.uri === 'file:///tmp/README.md'));
    assert.equal(await client.stop(), 0);
  });

  for (const [label, garbage] of [
    ['not an object', 42],
    ['bad values', { rules: { [MISSING_TITLE]: 'loud', 'structure/no-such-rule': 'off' }, debounceMs: 'fast', checkMarkdown: 'yes' }],
  ] as const) {
    it(`warns once about an invalid configuration (${label}) and keeps working with defaults`, async () => {
      client = (await start('vi', garbage)).client;
      const warning = await client.waitForMessage(() => true);
      assert.equal(warning.type, 2, 'a warning');
      assert.match(warning.message, /cấu hình không hợp lệ/);
      const uri = 'file:///tmp/after-bad-config.tb.md';
      open(client, uri, 'vn-notice', NOTICE_NO_TITLE);
      const p = await client.waitForDiagnostics((x) => x.uri === uri);
      assert.equal(byCode(p.diagnostics, MISSING_TITLE).severity, 1, 'default severity');
      const actions = await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: [] } });
      assert.ok(Array.isArray(actions));
      // The same bad settings again: no second warning.
      void client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      await client.nextDiagnostics((x) => x.uri === uri);
      assert.equal(client.messages.length, 1);
      assert.equal(await client.stop(), 0);
    });
  }
});
