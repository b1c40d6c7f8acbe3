/**
 * The editor features over real JSON-RPC to the bundled server (issue "Editor experience"):
 * completion, hover, outline, folding, go to definition, semantic tokens, the insert
 * place/date command (answering the server's workspace/applyEdit), the review report request,
 * the verdict notification, and the message language chosen by `initialize`'s locale. Every
 * wait is on a message, never on a timer.
 */
import { strict as assert } from 'assert';
import {
  ApplyWorkspaceEditRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  SemanticTokensRequest,
  type ApplyWorkspaceEditParams,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type InitializeResult,
  type Location,
  type MarkupContent,
  type Position,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { ensureBuilt } from './build';
import { LspClient } from './lspClient';
import type { ReviewReportResult, VerdictParams } from '../../server/src/lsp/protocol';

/** A Lạng Sơn notice of the given year (written for these tests); `body` goes between the title and Nơi nhận. */
function langSon(year: number, body: string[], opts: { placeDate?: boolean } = {}): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH LẠNG SƠN',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    'Số: 112/TB-UBND',
    '',
    ...(opts.placeDate === false ? [] : [`Lạng Sơn, ngày 12 tháng 6 năm ${year}`, '']),
    'THÔNG BÁO',
    `Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về công tác phòng, chống thiên tai năm ${year}`,
    '',
    ...body,
    '',
    'Nơi nhận:',
    '- Chủ tịch, các Phó Chủ tịch UBND tỉnh;',
    '- Các sở: Tài chính, Xây dựng;',
    '- Lưu: VT, KTTH.',
    '',
    'TL. CHỦ TỊCH',
    'KT. CHÁNH VĂN PHÒNG',
    'PHÓ CHÁNH VĂN PHÒNG',
    '',
    'Hoàng Văn Nam',
    '',
  ].join('\n');
}

/** A clean notice (no finding at all): the CLI reports nothing for it. */
const cleanBody = (y: number) => [
  `Ngày 05/6/${y}, Chủ tịch UBND tỉnh chủ trì buổi làm việc với Sở Tài chính, Sở Xây dựng về công tác phòng, chống thiên tai. Chủ tịch UBND tỉnh kết luận như sau:`,
  '',
  `1. Sở Tài chính tham mưu bố trí kinh phí theo Kế hoạch số 15/KH-UBND ngày 18/01/${y} của UBND tỉnh.`,
  '',
  `2. Sở Xây dựng rà soát các điểm sạt lở, báo cáo UBND tỉnh trước ngày 30/6/${y}; thực hiện Kế hoạch số 15/KH-UBND./.`,
];

/** The LSP position of the `|` marker, and the text without it. */
function marked(text: string): { text: string; position: Position } {
  const at = text.indexOf('|');
  assert.ok(at >= 0, 'no cursor marker');
  const before = text.slice(0, at).split('\n');
  return { text: text.slice(0, at) + text.slice(at + 1), position: { line: before.length - 1, character: before[before.length - 1].length } };
}

function positionOf(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in the text`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Today's place/date line computed independently of the server: days < 10 and months 1–2 take a leading zero. */
function expectedPlaceDate(place: string, d = new Date()): string {
  const day = d.getDate();
  const month = d.getMonth() + 1;
  return `${place}, ngày ${day < 10 ? '0' + day : day} tháng ${month <= 2 ? '0' + month : month} năm ${d.getFullYear()}`;
}

interface Session {
  client: LspClient;
  init: InitializeResult;
  verdicts: VerdictParams[];
  edits: ApplyWorkspaceEditParams[];
  nextVerdict(match: (v: VerdictParams) => boolean): Promise<VerdictParams>;
}

async function start(locale: string): Promise<Session> {
  const client = new LspClient();
  client.configuration = { debounceMs: 10 };
  const verdicts: VerdictParams[] = [];
  const verdictWaiters: Array<{ match: (v: VerdictParams) => boolean; resolve: (v: VerdictParams) => void }> = [];
  client.conn.onNotification('vnNotice/verdict', (v: VerdictParams) => {
    verdicts.push(v);
    for (let i = verdictWaiters.length - 1; i >= 0; i--) {
      if (verdictWaiters[i].match(v)) verdictWaiters.splice(i, 1)[0].resolve(v);
    }
  });
  const edits: ApplyWorkspaceEditParams[] = [];
  client.conn.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
    edits.push(p);
    return { applied: true };
  });
  const init = await client.initialize(locale, {
    workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
    textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
  });
  const nextVerdict = (match: (v: VerdictParams) => boolean) => {
    const seen = verdicts.find(match);
    return seen ? Promise.resolve(seen) : new Promise<VerdictParams>((resolve) => verdictWaiters.push({ match, resolve }));
  };
  return { client, init, verdicts, edits, nextVerdict };
}

let docCount = 0;
/** Opens a vn-notice document and waits for its first diagnostics. */
async function open(s: Session, text: string, name?: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = `file:///drafts/${name ?? `draft-${++docCount}.tb.md`}`;
  const published = s.client.waitForDiagnostics((p) => p.uri === uri);
  await s.client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'vn-notice', version: 1, text } });
  return { uri, diagnostics: (await published).diagnostics };
}

async function complete(s: Session, markedText: string): Promise<string[]> {
  const { text, position } = marked(markedText);
  const { uri } = await open(s, text);
  const r = await s.client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: ' ' } });
  const items: CompletionItem[] = Array.isArray(r) ? r : ((r as CompletionList | null)?.items ?? []);
  return items.map((i) => i.label);
}

async function hoverText(s: Session, uri: string, position: Position): Promise<string> {
  const h = (await s.client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position })) as Hover | null;
  assert.ok(h, 'no hover');
  return (h.contents as MarkupContent).value;
}

describe('editor features over stdio', function () {
  this.timeout(30000);
  let s: Session | undefined;

  before(() => ensureBuilt());
  afterEach(() => s?.client.kill());

  it('announces the features with their trigger characters and the semantic token legend', async () => {
    s = await start('vi');
    const c = s.init.capabilities;
    assert.deepEqual(c.completionProvider?.triggerCharacters, [' ', '/', '-', ':']);
    assert.equal(c.hoverProvider, true);
    assert.equal(c.documentSymbolProvider, true);
    assert.equal(c.foldingRangeProvider, true);
    assert.equal(c.definitionProvider, true);
    assert.deepEqual(c.executeCommandProvider?.commands, ['vnNotice.insertPlaceDate']);
    assert.deepEqual(c.semanticTokensProvider?.legend, { tokenTypes: ['agency', 'adminUnit'], tokenModifiers: ['known', 'unknown', 'defunct'] });
  });

  it('completes the departments valid on the document date', async () => {
    s = await start('vi');
    const in2026 = await complete(s, langSon(2026, ['1. Giao Sở Nô|']));
    assert.ok(in2026.includes('Sở Nông nghiệp và Môi trường'), in2026.join(', '));
    assert.ok(!in2026.includes('Sở Nông nghiệp và Phát triển nông thôn'), 'merged on 01/3/2025');
    const in2024 = await complete(s, langSon(2024, ['1. Giao Sở Nô|']));
    assert.ok(in2024.includes('Sở Nông nghiệp và Phát triển nông thôn'), in2024.join(', '));
    assert.ok(!in2024.includes('Sở Nông nghiệp và Môi trường'), 'created on 01/3/2025');
  });

  it('completes the communes of the district named before, in a 2024 Lạng Sơn notice', async () => {
    s = await start('vi');
    const items = await complete(s, langSon(2024, ['1. Kiểm tra tại huyện Bắc Sơn, xã |']));
    for (const n of ['Long Đống', 'Vạn Thủy', 'Đồng Ý', 'Nhất Hòa']) assert.ok(items.includes(n), `${n} in ${items.join(', ')}`);
    assert.ok(!items.includes('Bắc Sơn'), 'thị trấn Bắc Sơn is not a xã');
  });

  it('completes the type code after "Số:" and the place/date line with today\'s date', async () => {
    s = await start('vi');
    const codes = await complete(s, 'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 07/|\n\nTHÔNG BÁO\n');
    assert.equal(codes[0], 'TB-UBND');
    const line = await complete(s, 'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 10/TB-UBND\n|\n\nTHÔNG BÁO\n');
    assert.deepEqual(line, [expectedPlaceDate('Lạng Sơn')]);
  });

  it('hovers on a unit and on a diagnostic', async () => {
    s = await start('vi');
    const text = langSon(2024, ['1. Kiểm tra tại xã Chí Minh, huyện Tràng Định; xã Vũ Lăng, huyện Tràng Định./.']);
    const { uri, diagnostics } = await open(s, text);
    const unit = await hoverText(s, uri, positionOf(text, 'Chí Minh', 3));
    assert.match(unit, /Xã Chí Minh\*\* — mã 06013, thuộc Huyện Tràng Định, Tỉnh Lạng Sơn/);
    assert.match(unit, /Từ 01\/7\/2025: Xã Thất Khê/);
    const d = diagnostics.find((x) => x.code === 'place/wrong-parent');
    assert.ok(d, `a place diagnostic among ${diagnostics.map((x) => x.code).join(', ')}`);
    const onDiag = await hoverText(s, uri, d.range.start);
    assert.ok(onDiag.includes(d.message), onDiag);
    assert.ok(onDiag.includes(`docs/rules/${d.code}.md`), 'links the rule\'s docs page');
    assert.match(onDiag, /Căn cứ: /, 'names the legal basis');
  });

  it('outlines the notice, folds its blocks and goes from a citation to its first occurrence', async () => {
    s = await start('vi');
    const text = langSon(2024, cleanBody(2024));
    const { uri } = await open(s, text);
    const symbols = (await s.client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const names = symbols.map((x) => x.name);
    for (const n of ['Phần đầu (header)', 'Số, ký hiệu', 'Địa danh, thời gian', 'THÔNG BÁO', 'Trích yếu', 'Nơi nhận']) assert.ok(names.includes(n), `${n} in ${names.join(' | ')}`);
    const header = symbols.find((x) => x.name === 'Phần đầu (header)')!;
    assert.deepEqual(header.children?.map((c) => c.name), ['Cơ quan ban hành', 'Quốc hiệu', 'Tiêu ngữ']);
    const recipients = symbols.find((x) => x.name === 'Nơi nhận')!;
    assert.equal(recipients.children?.length, 3);

    const folds = await s.client.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.ok(folds, 'folding ranges');
    const nn = positionOf(text, 'Nơi nhận:').line;
    assert.ok(folds.some((f) => f.startLine === nn && f.endLine === nn + 3), `Nơi nhận folds: ${JSON.stringify(folds)}`);
    assert.ok(folds.some((f) => f.startLine === 0), 'the header folds');

    const later = text.lastIndexOf('15/KH-UBND');
    const laterPos = positionOf(text.slice(0, later) + '\u0000' + text.slice(later), '\u0000', 2);
    const loc = (await s.client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: laterPos })) as Location | null;
    assert.ok(loc, 'a definition');
    assert.equal(loc.uri, uri);
    assert.deepEqual(loc.range.start, positionOf(text, '15/KH-UBND'));
    const first = await s.client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, '15/KH-UBND', 2) });
    assert.equal(first, null, 'the first occurrence has nowhere earlier to go');
  });

  it('semantic tokens: a defunct agency and a defunct district in a 2026 draft, known ones in 2024', async () => {
    s = await start('vi');
    const legend = s.init.capabilities.semanticTokensProvider!.legend;
    const body = ['1. Giao Sở Nông nghiệp và Phát triển nông thôn, Sở Tài chính phối hợp với UBND huyện Bắc Sơn kiểm tra tại xã Vũ Lăng./.'];
    const decode = async (text: string) => {
      const { uri } = await open(s!, text);
      const r = await s!.client.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
      const lines = text.split('\n');
      const out: Array<{ text: string; type: string; modifiers: string[] }> = [];
      let line = 0;
      let char = 0;
      const data = r?.data ?? [];
      assert.equal(data.length % 5, 0);
      for (let i = 0; i < data.length; i += 5) {
        line += data[i];
        char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
        out.push({
          text: lines[line].slice(char, char + data[i + 2]),
          type: legend.tokenTypes[data[i + 3]],
          modifiers: legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit)),
        });
      }
      return out;
    };
    const t2026 = await decode(langSon(2026, body));
    const find = (ts: typeof t2026, text: string) => {
      const t = ts.find((x) => x.text === text);
      assert.ok(t, `"${text}" among ${JSON.stringify(ts)}`);
      return t;
    };
    assert.deepEqual(find(t2026, 'Sở Nông nghiệp và Phát triển nông thôn'), { text: 'Sở Nông nghiệp và Phát triển nông thôn', type: 'agency', modifiers: ['defunct'] });
    assert.deepEqual(find(t2026, 'Sở Tài chính').modifiers, ['known']);
    assert.deepEqual(find(t2026, 'huyện Bắc Sơn'), { text: 'huyện Bắc Sơn', type: 'adminUnit', modifiers: ['defunct'] });
    const t2024 = await decode(langSon(2024, body));
    assert.deepEqual(find(t2024, 'Sở Nông nghiệp và Phát triển nông thôn').modifiers, ['known']);
    assert.deepEqual(find(t2024, 'huyện Bắc Sơn').modifiers, ['known']);
    assert.deepEqual(find(t2024, 'xã Vũ Lăng').modifiers, ['known']);
  });

  it('insertPlaceDate: the server sends workspace/applyEdit with today\'s line after "Số:", or at the cursor', async () => {
    s = await start('vi');
    const text = langSon(2026, cleanBody(2026), { placeDate: false });
    const { uri } = await open(s, text);
    const applied = await s.client.conn.sendRequest(ExecuteCommandRequest.type, { command: 'vnNotice.insertPlaceDate', arguments: [{ uri }] });
    assert.equal(applied, true);
    assert.equal(s.edits.length, 1, 'one workspace/applyEdit, answered before the command returns');
    const change = s.edits[0].edit.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const numberLine = positionOf(text, 'Số: 112/TB-UBND').line;
    assert.deepEqual(change.edits[0], {
      range: { start: { line: numberLine, character: 'Số: 112/TB-UBND'.length }, end: { line: numberLine, character: 'Số: 112/TB-UBND'.length } },
      newText: '\n' + expectedPlaceDate('Lạng Sơn'),
    });
    assert.match(change.edits[0].newText, /^\nLạng Sơn, ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/);

    const cursor = { line: numberLine + 1, character: 0 };
    await s.client.conn.sendRequest(ExecuteCommandRequest.type, { command: 'vnNotice.insertPlaceDate', arguments: [{ uri, position: cursor }] });
    const atCursor = (s.edits[1].edit.documentChanges![0] as TextDocumentEdit).edits[0];
    assert.deepEqual(atCursor, { range: { start: cursor, end: cursor }, newText: expectedPlaceDate('Lạng Sơn') });
  });

  it('reviewReport: the Markdown report of an open notice; null for an unknown document', async () => {
    s = await start('vi');
    const { uri, diagnostics } = await open(s, langSon(2024, ['1. Kiểm tra tại xã Không Có Thật./.']), 'bao-cao.tb.md');
    const r = (await s.client.conn.sendRequest('vnNotice/reviewReport', { uri })) as ReviewReportResult;
    assert.equal(r.fileName, 'bao-cao.tb.md');
    assert.match(r.markdown, /^# Báo cáo rà soát: bao-cao\.tb\.md/);
    assert.match(r.markdown, new RegExp(`## Các vấn đề \\(${diagnostics.length}\\)`));
    assert.equal(await s.client.conn.sendRequest('vnNotice/reviewReport', { uri: 'file:///nowhere.tb.md' }), null);
  });

  it('sends the verdict with each publish: ready for a clean notice, the counts otherwise', async () => {
    s = await start('vi');
    const clean = await open(s, langSon(2024, cleanBody(2024)));
    assert.deepEqual(clean.diagnostics, []);
    const ready = await s.nextVerdict((v) => v.uri === clean.uri);
    assert.deepEqual(ready, { uri: clean.uri, checked: true, ready: true, errors: 0, warnings: 0, infos: 0, hints: 0, label: 'Sẵn sàng trình ký' });

    const bad = await open(s, langSon(2024, ['1. Kiểm tra ngày 31/4/2024 tại xã Không Có Thật'], { placeDate: true }).replace('Số: 112/TB-UBND', 'Số: 7/TB-UBND'));
    const v = await s.nextVerdict((x) => x.uri === bad.uri);
    const count = (sev: number) => bad.diagnostics.filter((d) => d.severity === sev).length;
    assert.ok(count(1) > 0 && count(2) > 0, JSON.stringify(bad.diagnostics.map((d) => [d.code, d.severity])));
    assert.deepEqual([v.ready, v.errors, v.warnings], [false, count(1), count(2)]);
    assert.equal(v.label, `${count(1)} lỗi, ${count(2)} cảnh báo`);

    // The drafter fixes everything: the next publish carries the new verdict.
    const fixed = s.nextVerdict((x) => x.uri === bad.uri && x.ready);
    await s.client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: bad.uri, version: 2 },
      contentChanges: [{ text: langSon(2024, cleanBody(2024)) }],
    });
    assert.equal((await fixed).label, 'Sẵn sàng trình ký');
  });

  for (const [locale, expect] of [
    ['en', { verdict: 'Ready to sign', report: /^# Review report: /, hover: /Legal basis/ }],
    ['vi', { verdict: 'Sẵn sàng trình ký', report: /^# Báo cáo rà soát: /, hover: /Căn cứ/ }],
  ] as const) {
    it(`messages in ${locale === 'en' ? 'English' : 'Vietnamese'} when initialize says locale "${locale}"`, async () => {
      s = await start(locale);
      const clean = await open(s, langSon(2024, cleanBody(2024)));
      assert.equal((await s.nextVerdict((v) => v.uri === clean.uri)).label, expect.verdict);
      const report = (await s.client.conn.sendRequest('vnNotice/reviewReport', { uri: clean.uri })) as ReviewReportResult;
      assert.match(report.markdown, expect.report);
      const text = langSon(2024, cleanBody(2024)).replace('Số: 112/TB-UBND', 'Số: 7/TB-UBND');
      const bad = await open(s, text);
      const d = bad.diagnostics.find((x) => x.code === 'number/leading-zero');
      assert.ok(d, bad.diagnostics.map((x) => x.code).join(', '));
      assert.match(d.message, locale === 'en' ? /must|leading|zero/i : /phải có số 0/);
      const h = await hoverText(s, bad.uri, d.range.start);
      assert.match(h, expect.hover);
      const agency = await hoverText(s, bad.uri, positionOf(text, 'Sở Tài chính', 3));
      assert.match(agency, locale === 'en' ? /Exists on the document's date/ : /Tồn tại vào thời điểm của văn bản/);
      const v = await s.nextVerdict((x) => x.uri === bad.uri);
      assert.equal(v.label, locale === 'en' ? '0 error(s), 1 warning(s)' : '0 lỗi, 1 cảnh báo');
    });
  }
});
