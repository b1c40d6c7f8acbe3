/** The server's pure parts without a process: Finding → Diagnostic, code actions, settings, linter. */
import { strict as assert } from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/core/lint';
import { msg, type Rule } from '../../server/src/core/rules/types';
import { fixAllAction, minimalEdit, quickFixes, wantsKind } from '../../server/src/features/codeActions';
import { looksBinary, toDiagnostic, toSeverity } from '../../server/src/features/diagnostics';
import { DocumentLinter, LARGE_DOCUMENT_CHARS, type LinterEnv } from '../../server/src/lsp/linter';
import { defaultSettings, effectiveLocale, parseSettings } from '../../server/src/lsp/settings';

/** A rule of our own, so these tests do not depend on the registry's rules. */
const shout: Rule = {
  meta: { id: 'text/test-shout', family: 'text', defaultSeverity: 'warning', fixable: true, description: msg('hét', 'shout') },
  check(ctx) {
    const i = ctx.model.text.indexOf('HÉT');
    if (i < 0) return;
    ctx.report({
      start: i,
      end: i + 3,
      message: msg('Đừng hét', 'Do not shout'),
      fixes: [
        { title: msg('Viết thường', 'Lower case'), edits: [{ start: i, end: i + 3, newText: 'hét' }] },
        { title: msg('Xoá', 'Delete'), edits: [{ start: i, end: i + 3, newText: '' }] },
      ],
    });
  },
};

describe('features', () => {
  it('maps severities and writes source, code, docs link and the locale\'s message', () => {
    assert.deepEqual(['error', 'warning', 'info', 'hint'].map((s) => toSeverity(s as 'error')), [1, 2, 3, 4]);
    const r = lint('A\u0301 HÉT', { rules: [shout] }); // NFD "Á": the range counts the user's two units
    const d = toDiagnostic(r.findings[0], r.model.source, 'en');
    assert.deepEqual(d.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 6 } });
    assert.equal(d.source, 'vn-notice');
    assert.equal(d.code, 'text/test-shout');
    assert.equal(d.codeDescription?.href, 'https://github.com/vn-notice/vn-notice/blob/main/docs/rules/text/test-shout.md');
    assert.equal(d.message, 'Do not shout');
  });

  it('quick fixes: one per fix, the first preferred, linked to the diagnostic, only in range', () => {
    const r = lint('một\nHÉT to', { rules: [shout] });
    const doc = { uri: 'file:///a', version: 3 };
    const inRange = quickFixes(doc, r, { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } }, 'vi');
    assert.deepEqual(inRange.map((a) => [a.title, a.isPreferred]), [['Viết thường', true], ['Xoá', false]]);
    assert.equal(inRange[0].diagnostics?.[0].code, 'text/test-shout');
    assert.deepEqual(inRange[0].edit, {
      documentChanges: [{ textDocument: doc, edits: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, newText: 'hét' }] }],
    });
    assert.deepEqual(quickFixes(doc, r, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, 'vi'), []);
  });

  it('fix-all is one minimal edit that yields the core\'s fixAll output', () => {
    const text = 'đầu\r\nHÉT\r\ncuối';
    const a = fixAllAction({ uri: 'file:///a', version: 1 }, text, { rules: [shout] }, 'vi');
    assert.equal(a?.kind, 'source.fixAll.vn-notice');
    const change = a!.edit!.documentChanges![0];
    assert.ok('edits' in change);
    assert.equal(TextDocument.applyEdits(TextDocument.create('file:///a', 'vn-notice', 1, text), change.edits), 'đầu\r\nhét\r\ncuối');
    assert.equal(fixAllAction({ uri: 'file:///a', version: 1 }, 'sạch', { rules: [shout] }, 'vi'), undefined);
  });

  it('minimalEdit never splits a surrogate pair or a CRLF', () => {
    const apply = (before: string, after: string) => TextDocument.applyEdits(TextDocument.create('u', 'x', 1, before), [minimalEdit(before, after)]);
    for (const [before, after] of [
      ['a😀b', 'a😁b'],
      ['x\r\ny', 'x\ny'],
      ['x\ny', 'x\r\ny'],
      ['abc', 'abc'],
      ['', 'mới'],
      ['cũ', ''],
    ]) {
      assert.equal(apply(before, after), after);
      const e = minimalEdit(before, after);
      assert.ok(!/^[\uDC00-\uDFFF]/.test(e.newText) && !/[\uD800-\uDBFF]$/.test(e.newText), `${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    }
  });

  it('wantsKind: the light bulb gets quick fixes, source.fixAll requests get fix-all', () => {
    assert.equal(wantsKind(undefined, 'quickfix'), true);
    assert.equal(wantsKind(undefined, 'source.fixAll.vn-notice'), false);
    assert.equal(wantsKind(['source.fixAll'], 'source.fixAll.vn-notice'), true);
    assert.equal(wantsKind(['source'], 'source.fixAll.vn-notice'), true);
    assert.equal(wantsKind(['source.fixAll'], 'quickfix'), false);
  });

  it('looksBinary: NUL in the first 8 KB', () => {
    assert.equal(looksBinary('Số: 1/TB\u0000'), true);
    assert.equal(looksBinary('x'.repeat(9000) + '\u0000'), false);
  });
});

describe('server settings', () => {
  it('defaults match the manifest\'s SETTINGS', () => {
    assert.deepEqual(defaultSettings(), { config: {}, checkMarkdown: true, checkPlainText: false, locale: 'auto', debounceMs: 150 });
  });

  it('keeps good values, replaces bad ones by defaults and lists the problems', () => {
    const { settings, problems } = parseSettings({ checkPlainText: true, debounceMs: -5, locale: 'fr', rules: { 'structure/missing-title': 'off', 'x/y': 'error' } });
    assert.equal(settings.checkPlainText, true);
    assert.equal(settings.debounceMs, 150);
    assert.equal(settings.locale, 'auto');
    assert.deepEqual(settings.config.rules, { 'structure/missing-title': 'off' });
    assert.equal(problems.length, 3);
    assert.deepEqual(parseSettings('garbage').settings, defaultSettings());
    assert.equal(parseSettings('garbage').problems.length, 1);
  });

  it('locale: the setting, else the client\'s display language, else Vietnamese', () => {
    const s = defaultSettings();
    assert.equal(effectiveLocale(s, 'en-GB'), 'en');
    assert.equal(effectiveLocale(s, 'vi'), 'vi');
    assert.equal(effectiveLocale(s, undefined), 'vi');
    assert.equal(effectiveLocale({ ...s, locale: 'vi' }, 'en'), 'vi');
  });
});

/** A fake connection and document store: records what the linter would send. */
function fakeEnv(docs: TextDocument[], rules: Rule[]) {
  const sent: { uri: string; version?: number; diagnostics: unknown[] }[] = [];
  const errors: string[] = [];
  const logs: string[] = [];
  let onSend: () => void = () => {};
  const env = {
    connection: {
      sendDiagnostics: (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
        sent.push(p);
        onSend();
        return Promise.resolve();
      },
      console: { error: (m: string) => errors.push(m), log: (m: string) => logs.push(m) },
    },
    documents: { get: (uri: string) => docs.find((d) => d.uri === uri), all: () => docs },
    settings: () => ({ ...defaultSettings(), debounceMs: 0 }),
    locale: () => 'vi' as const,
    lintOptions: () => ({ rules }),
  } as unknown as LinterEnv;
  const nextSend = () => new Promise<void>((resolve) => (onSend = resolve));
  return { env, sent, errors, logs, nextSend };
}

describe('DocumentLinter', () => {
  it('a throwing rule is logged, publishes nothing, and the next document is still linted', async () => {
    const boom: Rule = { meta: { ...shout.meta, id: 'text/test-boom', fixable: false }, check: (ctx) => { if (ctx.model.text.includes('BOOM')) throw new Error('kaboom'); } };
    const bad = TextDocument.create('file:///bad.tb.md', 'vn-notice', 1, 'BOOM');
    const good = TextDocument.create('file:///good.tb.md', 'vn-notice', 1, 'HÉT');
    const f = fakeEnv([bad, good], [boom, shout]);
    const linter = new DocumentLinter(f.env);
    const sent = f.nextSend();
    linter.schedule(bad, true);
    linter.schedule(good, true);
    await sent;
    assert.deepEqual(f.sent.map((p) => p.uri), ['file:///good.tb.md']);
    assert.match(f.errors[0], /bad\.tb\.md failed: Error: kaboom/);
  });

  it('never publishes a result for a version that is no longer current', async () => {
    let doc = TextDocument.create('file:///v.tb.md', 'vn-notice', 1, 'HÉT');
    const docs = [doc];
    const f = fakeEnv(docs, [shout]);
    const linter = new DocumentLinter(f.env);
    linter.schedule(doc, true);
    // The document moves on before the scheduled lint runs: its newer version is published.
    doc = TextDocument.update(doc, [{ text: 'hét' }], 2);
    docs[0] = doc;
    const sent = f.nextSend();
    linter.schedule(doc);
    await sent;
    assert.deepEqual(f.sent.map((p) => [p.version, p.diagnostics.length]), [[2, 0]]);
  });

  it('logs once that a very large document is checked with a longer delay', () => {
    const big = TextDocument.create('file:///big.tb.md', 'vn-notice', 1, 'a'.repeat(LARGE_DOCUMENT_CHARS + 1));
    const f = fakeEnv([big], [shout]);
    const linter = new DocumentLinter(f.env);
    linter.schedule(big);
    linter.schedule(big);
    linter.close(big.uri);
    assert.equal(f.logs.length, 1);
    assert.match(f.logs[0], /larger than 2 MB/);
  });

  it('Markdown and plain text only when enabled and they look like a notice', () => {
    const notice = 'Số: 05/TB-UBND\n\n## THÔNG BÁO\n';
    const f = fakeEnv([], [shout]);
    const linter = new DocumentLinter(f.env);
    assert.equal(linter.kindOf(TextDocument.create('a', 'markdown', 1, notice)), 'notice');
    assert.equal(linter.kindOf(TextDocument.create('b', 'markdown', 1, '# README')), 'skip');
    assert.equal(linter.kindOf(TextDocument.create('c', 'plaintext', 1, notice)), 'skip', 'checkPlainText is off by default');
    assert.equal(linter.kindOf(TextDocument.create('d', 'vn-notice', 1, '')), 'notice');
    assert.equal(linter.kindOf(TextDocument.create('e', 'vn-notice', 1, '\u0000')), 'binary');
  });
});
